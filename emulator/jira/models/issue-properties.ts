import type { SiteContext } from '../../core/context';
import { migrate } from '../../core/database';
import { prepared } from '../../core/database';

/** Issue entity properties: JSON values by key. */
export class IssuePropertyModel {
  constructor(private readonly ctx: SiteContext) {
    migrate(
      ctx.db,
      `CREATE TABLE IF NOT EXISTS jira_issue_properties (
         issue_id TEXT NOT NULL,
         key TEXT NOT NULL,
         value TEXT NOT NULL,
         PRIMARY KEY (issue_id, key)
       )`,
    );
  }

  keys(issueId: string): string[] {
    return (
      prepared(
        this.ctx.db,
        'SELECT key FROM jira_issue_properties WHERE issue_id = ? ORDER BY key',
      ).all(issueId) as {
        key: string;
      }[]
    ).map((r) => r.key);
  }

  get(issueId: string, key: string): { found: boolean; value: unknown } {
    const row = prepared(
      this.ctx.db,
      'SELECT value FROM jira_issue_properties WHERE issue_id = ? AND key = ?',
    ).get(issueId, key) as { value: string } | undefined;
    return row
      ? { found: true, value: JSON.parse(row.value) as unknown }
      : { found: false, value: undefined };
  }

  /** Returns true when the property was created (false: updated). */
  set(issueId: string, key: string, value: unknown): boolean {
    const existed = this.get(issueId, key).found;
    prepared(
      this.ctx.db,
      `INSERT INTO jira_issue_properties (issue_id, key, value) VALUES (?, ?, ?)
         ON CONFLICT(issue_id, key) DO UPDATE SET value = excluded.value`,
    ).run(issueId, key, JSON.stringify(value));
    return !existed;
  }

  delete(issueId: string, key: string): boolean {
    return (
      prepared(this.ctx.db, 'DELETE FROM jira_issue_properties WHERE issue_id = ? AND key = ?').run(
        issueId,
        key,
      ).changes > 0
    );
  }

  deleteFor(issueId: string): void {
    prepared(this.ctx.db, 'DELETE FROM jira_issue_properties WHERE issue_id = ?').run(issueId);
  }
}
