import type { SiteContext } from '../../core/context';
import { migrate } from '../../core/database';
import { prepared } from '../../core/database';
import type { AdfDoc } from '../../adf/adf-node';

export interface CommentDoc {
  id: string;
  issueId: string;
  authorId: string;
  updateAuthorId: string;
  body: AdfDoc;
  created: string;
  updated: string;
  visibility: { type: 'group' | 'role'; value: string } | null;
}

/** Issue comments. */
export class CommentModel {
  constructor(private readonly ctx: SiteContext) {
    migrate(
      ctx.db,
      `CREATE TABLE IF NOT EXISTS jira_comments (
         id INTEGER PRIMARY KEY,
         issue_id TEXT NOT NULL,
         doc TEXT NOT NULL
       );
       CREATE INDEX IF NOT EXISTS jira_comments_issue ON jira_comments(issue_id);`,
    );
  }

  nextId(): string {
    return String(this.ctx.meta.next('jira:comment', 10000));
  }

  put(doc: CommentDoc): CommentDoc {
    prepared(
      this.ctx.db,
      'INSERT INTO jira_comments (id, issue_id, doc) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET doc = excluded.doc',
    ).run(Number(doc.id), doc.issueId, JSON.stringify(doc));
    return doc;
  }

  get(id: string): CommentDoc | undefined {
    if (!/^\d+$/.test(id)) return undefined;
    const row = prepared(this.ctx.db, 'SELECT doc FROM jira_comments WHERE id = ?').get(
      Number(id),
    ) as { doc: string } | undefined;
    return row ? (JSON.parse(row.doc) as CommentDoc) : undefined;
  }

  of(issueId: string): CommentDoc[] {
    return (
      prepared(this.ctx.db, 'SELECT doc FROM jira_comments WHERE issue_id = ? ORDER BY id').all(
        issueId,
      ) as {
        doc: string;
      }[]
    ).map((r) => JSON.parse(r.doc) as CommentDoc);
  }

  delete(id: string): void {
    prepared(this.ctx.db, 'DELETE FROM jira_comments WHERE id = ?').run(Number(id));
  }

  deleteFor(issueId: string): void {
    prepared(this.ctx.db, 'DELETE FROM jira_comments WHERE issue_id = ?').run(issueId);
  }
}
