import type { AdfDoc } from '../../adf/adf-node';
import type { SiteContext } from '../../core/context';
import { migrate, prepared } from '../../core/database';
import {
  INDEX_COLUMN_NAMES,
  dropIssueTerms,
  indexColumns,
  migrateIssueIndex,
  writeIssueTerms,
} from './issue-index';
import { searchVisibility } from '../search/search-visibility';

/** Stored issue. Custom field values are normalized: option ids, account ids, strings, numbers. */
export interface IssueDoc {
  id: string;
  key: string;
  projectId: string;
  issueTypeId: string;
  statusId: string;
  summary: string;
  description: AdfDoc | null;
  assigneeId: string | null;
  reporterId: string | null;
  creatorId: string;
  priorityId: string | null;
  labels: string[];
  created: string;
  updated: string;
  duedate: string | null;
  resolutionId: string | null;
  resolutiondate: string | null;
  statusCategoryChangeDate: string;
  securityLevelId: string | null;
  parentId: string | null;
  custom: Record<string, unknown>;
}

const COLUMNS = ['id', 'key', 'project_id', 'parent_id', 'doc', ...INDEX_COLUMN_NAMES];
const UPSERT = `INSERT INTO jira_issues (${COLUMNS.join(', ')})
  VALUES (${COLUMNS.map(() => '?').join(', ')})
  ON CONFLICT(id) DO UPDATE SET ${COLUMNS.slice(1)
    .map((c) => `${c} = excluded.${c}`)
    .join(', ')}`;

/** What a link shows of the issue at its other end, and what its visibility depends on. */
export type IssueHeader = Pick<
  IssueDoc,
  | 'id'
  | 'key'
  | 'projectId'
  | 'issueTypeId'
  | 'statusId'
  | 'securityLevelId'
  | 'summary'
  | 'priorityId'
>;

/** Persistence of issues (no validation, no permissions, no events). */
export class IssueStore {
  constructor(private readonly ctx: SiteContext) {
    migrate(
      ctx.db,
      `CREATE TABLE IF NOT EXISTS jira_issues (
         id INTEGER PRIMARY KEY,
         key TEXT NOT NULL UNIQUE,
         project_id TEXT NOT NULL,
         parent_id TEXT,
         doc TEXT NOT NULL
       );
       CREATE INDEX IF NOT EXISTS jira_issues_project ON jira_issues(project_id);
       CREATE INDEX IF NOT EXISTS jira_issues_parent ON jira_issues(parent_id);`,
    );
    migrateIssueIndex(ctx.db, ctx.meta);
  }

  /** Counts writes (puts and deletes): a search result cached at one count is current. */
  get version(): number {
    return this.writes;
  }

  private writes = 0;
  /** The write count and issue count at SQLite's last statistics of the issue tables. */
  private analyzed: { writes: number; issues: number } | undefined;

  /**
   * Keeps SQLite's statistics of the issue tables current enough for its query planner to pick
   * the right index for a search (without them it may scan 50 000 issues in creation order to
   * find 7 000 in one status). Re-analyzes after as many writes as there were issues (about
   * 150 ms at 50 000 issues, so a few microseconds per write).
   */
  keepStatisticsCurrent(): void {
    if (this.analyzed && this.writes - this.analyzed.writes < Math.max(500, this.analyzed.issues)) {
      return;
    }
    const db = this.ctx.db;
    db.exec('ANALYZE jira_issues; ANALYZE jira_issue_terms');
    const issues = prepared(db, 'SELECT count(*) AS n FROM jira_issues').get() as { n: number };
    this.analyzed = { writes: this.writes, issues: issues.n };
  }

  nextId(): string {
    return String(this.ctx.meta.next('jira:issue', 10000));
  }

  nextKey(projectId: string, projectKey: string): string {
    return `${projectKey}-${this.ctx.meta.next(`jira:issuenum:${projectId}`, 0)}`;
  }

  /** Stores the issue with its search columns and terms (./issue-index.ts). */
  put(doc: IssueDoc): IssueDoc {
    const visibility = searchVisibility(this.ctx);
    if (visibility.lagMs > 0) visibility.recordChange(doc.id, this.byId(doc.id), doc);
    prepared(this.ctx.db, UPSERT).run(
      Number(doc.id),
      doc.key,
      doc.projectId,
      doc.parentId,
      JSON.stringify(doc),
      ...indexColumns(doc),
    );
    writeIssueTerms(this.ctx.db, doc);
    this.writes += 1;
    return doc;
  }

  delete(id: string): void {
    const visibility = searchVisibility(this.ctx);
    if (visibility.lagMs > 0) visibility.recordChange(id, this.byId(id), null);
    prepared(this.ctx.db, 'DELETE FROM jira_issues WHERE id = ?').run(Number(id));
    dropIssueTerms(this.ctx.db, id);
    this.writes += 1;
  }

  /** The issues of `ids` that exist, in the order of `ids`. */
  byIds(ids: readonly string[]): IssueDoc[] {
    const rows = prepared(
      this.ctx.db,
      'SELECT doc FROM jira_issues WHERE id IN (SELECT value FROM json_each(?))',
    ).all(JSON.stringify(ids.map(Number))) as { doc: string }[];
    const byId = new Map<string, IssueDoc>();
    for (const r of rows) {
      const doc = JSON.parse(r.doc) as IssueDoc;
      byId.set(doc.id, doc);
    }
    return ids.map((id) => byId.get(id)).filter((d): d is IssueDoc => d !== undefined);
  }

  byId(id: string): IssueDoc | undefined {
    return this.one('SELECT doc FROM jira_issues WHERE id = ?', Number(id));
  }

  byKey(key: string): IssueDoc | undefined {
    return this.one('SELECT doc FROM jira_issues WHERE key = ?', key.toUpperCase());
  }

  /** `{issueIdOrKey}` lookup. */
  find(idOrKey: string): IssueDoc | undefined {
    return /^\d+$/.test(idOrKey) ? this.byId(idOrKey) : this.byKey(idOrKey);
  }

  /** Headers of the issues of `ids` that exist, by id (from columns: no document is parsed). */
  headers(ids: readonly string[]): Map<string, IssueHeader> {
    const rows = prepared(
      this.ctx.db,
      `SELECT CAST(id AS TEXT) AS id, key, project_id AS projectId, issue_type_id AS issueTypeId,
         status_id AS statusId, security_level_id AS securityLevelId, summary,
         priority_id AS priorityId
       FROM jira_issues WHERE id IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(ids.map(Number))) as IssueHeader[];
    return new Map(rows.map((r) => [r.id, r]));
  }

  childrenOf(parentId: string): IssueDoc[] {
    return this.many('SELECT doc FROM jira_issues WHERE parent_id = ? ORDER BY id', parentId);
  }

  inProject(projectId: string): IssueDoc[] {
    return this.many('SELECT doc FROM jira_issues WHERE project_id = ? ORDER BY id', projectId);
  }

  all(): IssueDoc[] {
    return this.many('SELECT doc FROM jira_issues ORDER BY id');
  }

  private one(sql: string, ...params: unknown[]): IssueDoc | undefined {
    const row = prepared(this.ctx.db, sql).get(...params) as { doc: string } | undefined;
    return row ? (JSON.parse(row.doc) as IssueDoc) : undefined;
  }

  private many(sql: string, ...params: unknown[]): IssueDoc[] {
    return (prepared(this.ctx.db, sql).all(...params) as { doc: string }[]).map(
      (r) => JSON.parse(r.doc) as IssueDoc,
    );
  }
}
