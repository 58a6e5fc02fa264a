import type { Db } from '../../core/database';
import type { SiteMeta } from '../../core/database';
import { migrate, prepared } from '../../core/database';
import { instantOf, startOfLocalDay } from '../jql/jql-dates';
import type { IssueDoc } from './issue-store';

/**
 * What JQL searches read without parsing issue documents: columns of `jira_issues` precomputed
 * from each document (type, status, security level, priority, summary, key parts, and the dates as instants in ms
 * UTC, as the JQL engine reads them in UTC: `instantOf`, due dates at the day's start) and a table of
 * the issues' discrete field values (`jira_issue_terms`: option ids, account ids, short texts,
 * dates of custom fields, and labels in lower case). Written with every issue; read by the
 * search planner (emulator/jira/search/search-plan.ts).
 */

/** Bump when the derivation changes: existing sites are then re-indexed on start. */
const INDEX_VERSION = '1';
const VERSION_KEY = 'jira:issue-index-version';

const COLUMNS: readonly [name: string, type: string][] = [
  ['issue_type_id', 'TEXT'],
  ['status_id', 'TEXT'],
  ['security_level_id', 'TEXT'],
  ['priority_id', 'TEXT'],
  ['summary', 'TEXT'],
  ['key_project', 'TEXT'],
  ['key_num', 'INTEGER'],
  ['created_ms', 'INTEGER'],
  ['updated_ms', 'INTEGER'],
  ['resolved_ms', 'INTEGER'],
  ['due_ms', 'INTEGER'],
];

/** The date columns, by the JQL system field they hold. */
export const DATE_COLUMNS: Readonly<Record<string, string>> = {
  created: 'created_ms',
  updated: 'updated_ms',
  resolutiondate: 'resolved_ms',
  duedate: 'due_ms',
};

const ms = (value: unknown): number | null => instantOf(value, 0) ?? null;
const dayStart = (at: number | null): number | null =>
  at === null ? null : startOfLocalDay(at, 0);

/** The derived column values of an issue, in COLUMNS' order. */
export function indexColumns(doc: IssueDoc): unknown[] {
  const dash = doc.key.lastIndexOf('-');
  return [
    doc.issueTypeId,
    doc.statusId,
    doc.securityLevelId,
    doc.priorityId,
    doc.summary,
    doc.key.slice(0, dash).toUpperCase(),
    Number(doc.key.slice(dash + 1)),
    ms(doc.created),
    ms(doc.updated),
    ms(doc.resolutiondate),
    dayStart(ms(doc.duedate)),
  ];
}

/** Longest custom field string kept as a term (longer ones are free text, searched with ~). */
const MAX_TERM = 255;

/** The issue's discrete values as (field id, value) pairs. */
export function indexTerms(doc: IssueDoc): [string, string][] {
  const terms: [string, string][] = doc.labels.map((l) => ['labels', l.toLowerCase()]);
  for (const [fieldId, raw] of Object.entries(doc.custom)) {
    const values = Array.isArray(raw) ? raw : [raw];
    for (const v of values) {
      if (typeof v === 'string' && v !== '' && v.length <= MAX_TERM) terms.push([fieldId, v]);
    }
  }
  return terms;
}

export const INDEX_COLUMN_NAMES = COLUMNS.map(([name]) => name);

/** Adds the columns and the terms table (re-indexing every issue of an older site). */
export function migrateIssueIndex(db: Db, meta: SiteMeta): void {
  const present = new Set(
    (db.prepare('PRAGMA table_info(jira_issues)').all() as { name: string }[]).map((c) => c.name),
  );
  for (const [name, type] of COLUMNS) {
    if (!present.has(name)) db.exec(`ALTER TABLE jira_issues ADD COLUMN ${name} ${type}`);
  }
  migrate(
    db,
    `CREATE TABLE IF NOT EXISTS jira_issue_terms (
       field_id TEXT NOT NULL,
       value TEXT NOT NULL,
       issue_id INTEGER NOT NULL,
       PRIMARY KEY (field_id, value, issue_id)
     ) WITHOUT ROWID;
     CREATE INDEX IF NOT EXISTS jira_issue_terms_issue ON jira_issue_terms(issue_id);
     CREATE INDEX IF NOT EXISTS jira_issues_type_key
       ON jira_issues(issue_type_id, project_id, key_project, key_num, security_level_id);
     CREATE INDEX IF NOT EXISTS jira_issues_status ON jira_issues(status_id);
     CREATE INDEX IF NOT EXISTS jira_issues_project_key
       ON jira_issues(project_id, key_project, key_num, status_id, security_level_id);
     CREATE INDEX IF NOT EXISTS jira_issues_project_created
       ON jira_issues(project_id, created_ms, security_level_id);`,
  );
  if (meta.get(VERSION_KEY) === INDEX_VERSION) return;
  db.transaction(() => {
    db.exec('DELETE FROM jira_issue_terms');
    const rows = db.prepare('SELECT doc FROM jira_issues').all() as { doc: string }[];
    for (const row of rows) writeIssueIndex(db, JSON.parse(row.doc) as IssueDoc);
  })();
  meta.set(VERSION_KEY, INDEX_VERSION);
}

const SET_COLUMNS = `UPDATE jira_issues SET ${INDEX_COLUMN_NAMES.map((n) => `${n} = ?`).join(', ')} WHERE id = ?`;

/** Rewrites the derived columns and terms of one stored issue (migration of older sites). */
function writeIssueIndex(db: Db, doc: IssueDoc): void {
  prepared(db, SET_COLUMNS).run(...indexColumns(doc), Number(doc.id));
  writeIssueTerms(db, doc);
}

/** Replaces the terms of one issue. */
export function writeIssueTerms(db: Db, doc: IssueDoc): void {
  const id = Number(doc.id);
  dropIssueTerms(db, doc.id);
  const insert = prepared(
    db,
    'INSERT OR IGNORE INTO jira_issue_terms (field_id, value, issue_id) VALUES (?, ?, ?)',
  );
  for (const [fieldId, value] of indexTerms(doc)) insert.run(fieldId, value, id);
}

export function dropIssueTerms(db: Db, issueId: string): void {
  prepared(db, 'DELETE FROM jira_issue_terms WHERE issue_id = ?').run(Number(issueId));
}
