import type { SiteContext } from '../../core/context';
import { migrate, prepared } from '../../core/database';

/** A link "source <outward> destination", e.g. source blocks destination. */
export interface IssueLinkDoc {
  id: string;
  typeId: string;
  sourceId: string;
  destinationId: string;
}

/** The columns of a link, read as an IssueLinkDoc. */
const LINK = `SELECT CAST(id AS TEXT) AS id, type_id AS typeId, source_id AS sourceId,
  destination_id AS destinationId FROM jira_issue_links`;

/** Issue links between issues of this site. */
export class IssueLinkModel {
  constructor(private readonly ctx: SiteContext) {
    migrate(
      ctx.db,
      `CREATE TABLE IF NOT EXISTS jira_issue_links (
         id INTEGER PRIMARY KEY,
         type_id TEXT NOT NULL,
         source_id TEXT NOT NULL,
         destination_id TEXT NOT NULL
       );
       CREATE INDEX IF NOT EXISTS jira_issue_links_source ON jira_issue_links(source_id);
       CREATE INDEX IF NOT EXISTS jira_issue_links_destination ON jira_issue_links(destination_id);`,
    );
  }

  /** Counts writes: a search result that used links, cached at one count, is current. */
  get version(): number {
    return this.writes;
  }

  private writes = 0;

  create(input: Omit<IssueLinkDoc, 'id'>): IssueLinkDoc {
    this.writes += 1;
    const id = String(this.ctx.meta.next('jira:issuelink', 10000));
    prepared(
      this.ctx.db,
      'INSERT INTO jira_issue_links (id, type_id, source_id, destination_id) VALUES (?, ?, ?, ?)',
    ).run(Number(id), input.typeId, input.sourceId, input.destinationId);
    return { id, ...input };
  }

  get(id: string): IssueLinkDoc | undefined {
    if (!/^\d+$/.test(id)) return undefined;
    return prepared(this.ctx.db, `${LINK} WHERE id = ?`).get(Number(id)) as
      IssueLinkDoc | undefined;
  }

  find(typeId: string, sourceId: string, destinationId: string): IssueLinkDoc | undefined {
    return prepared(
      this.ctx.db,
      `${LINK} WHERE type_id = ? AND source_id = ? AND destination_id = ?`,
    ).get(typeId, sourceId, destinationId) as IssueLinkDoc | undefined;
  }

  /** Links where the issue is source or destination, oldest first. */
  of(issueId: string): IssueLinkDoc[] {
    return prepared(
      this.ctx.db,
      `${LINK} WHERE source_id = ? OR destination_id = ? ORDER BY id`,
    ).all(issueId, issueId) as IssueLinkDoc[];
  }

  ofType(typeId: string): IssueLinkDoc[] {
    return prepared(this.ctx.db, `${LINK} WHERE type_id = ?`).all(typeId) as IssueLinkDoc[];
  }

  delete(id: string): void {
    this.writes += 1;
    prepared(this.ctx.db, 'DELETE FROM jira_issue_links WHERE id = ?').run(Number(id));
  }
}
