import type { SiteContext } from '../../core/context';
import { migrate } from '../../core/database';
import { prepared } from '../../core/database';

export interface ChangeItem {
  field: string;
  fieldtype: 'jira' | 'custom';
  fieldId: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

export interface ChangelogEntry {
  id: string;
  issueId: string;
  authorId: string;
  created: string;
  items: ChangeItem[];
}

/** Issue history: one entry per committed change, items per field. */
export class ChangelogModel {
  constructor(private readonly ctx: SiteContext) {
    migrate(
      ctx.db,
      `CREATE TABLE IF NOT EXISTS jira_changelog (
         id INTEGER PRIMARY KEY,
         issue_id TEXT NOT NULL,
         doc TEXT NOT NULL
       );
       CREATE INDEX IF NOT EXISTS jira_changelog_issue ON jira_changelog(issue_id);`,
    );
  }

  record(issueId: string, authorId: string, created: string, items: ChangeItem[]): ChangelogEntry {
    const id = String(this.ctx.meta.next('jira:changelog', 10000));
    const entry: ChangelogEntry = { id, issueId, authorId, created, items };
    prepared(this.ctx.db, 'INSERT INTO jira_changelog (id, issue_id, doc) VALUES (?, ?, ?)').run(
      Number(id),
      issueId,
      JSON.stringify(entry),
    );
    return entry;
  }

  /** Oldest first. */
  of(issueId: string): ChangelogEntry[] {
    return (
      prepared(this.ctx.db, 'SELECT doc FROM jira_changelog WHERE issue_id = ? ORDER BY id').all(
        issueId,
      ) as {
        doc: string;
      }[]
    ).map((r) => JSON.parse(r.doc) as ChangelogEntry);
  }

  deleteFor(issueId: string): void {
    prepared(this.ctx.db, 'DELETE FROM jira_changelog WHERE issue_id = ?').run(issueId);
  }
}
