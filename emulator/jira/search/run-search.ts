import type { SiteUser } from '../../core/users';
import { prepared } from '../../core/database';
import { JiraError } from '../../core/errors';
import { compileJql } from '../jql';
import { parseJql } from '../jql/parse-jql';
import type { IssueDoc } from '../models/issue-store';
import type { JiraModels } from '../models/jira-models';
import { jqlEnvironment, jqlIssue } from './jql-environment';
import type { SqlCondition } from './search-plan';
import { planSearch } from './search-plan';
import { searchVisibility } from './search-visibility';

export const UNBOUNDED_JQL =
  'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';

/** Which issues the user may see, as SQL (undefined: all of them). */
function visibility(m: JiraModels, user: SiteUser): SqlCondition | undefined {
  if (m.permissions.seesEverything(user)) return undefined;
  const projects = m.permissions.browsableProjects(user).map((p) => p.id);
  const levels = m.security
    .all()
    .flatMap((s) => s.levels)
    .filter((l) => m.permissions.inSecurityLevel(user, l.id))
    .map((l) => l.id);
  return {
    sql: `(i.project_id IN (SELECT value FROM json_each(?)) AND (i.security_level_id IS NULL OR i.security_level_id IN (SELECT value FROM json_each(?))))`,
    params: [JSON.stringify(projects), JSON.stringify(levels)],
  };
}

/** What a search found: the ids in order, and the documents as search saw them when it lags. */
export interface SearchHits {
  ids: string[];
  /**
   * Set while search lags behind the store (./search-visibility.ts): the issues as the index sees
   * them (matching, order and returned fields). Undefined: the store's current documents.
   */
  asSeen?: ReadonlyMap<string, IssueDoc>;
}

/**
 * The issues matching `jql` that the user may see, in the query's order. The query is compiled by
 * the JQL engine first (so every error is Jira's), then planned into SQL over the issue table's
 * search columns (./search-plan.ts): a query the plan covers, in an order the columns hold, is
 * answered by SQLite alone; otherwise only the plan's candidates are read and checked and sorted by
 * the engine. While search lags (a recent change not yet indexed), every issue is read as the index
 * sees it, except those listed in `reconcile`.
 */
export function searchIssues(
  m: JiraModels,
  user: SiteUser,
  jql: string,
  reconcile: ReadonlySet<string> = new Set(),
): SearchHits {
  const env = jqlEnvironment(m, user);
  const compiled = compileJql(jql, env);
  if (!compiled.hasWhereClause) throw new JiraError(400, [UNBOUNDED_JQL]);
  const lag = searchVisibility(m.ctx);
  if (lag.lagging()) {
    const visible = m.permissions.issueFilter(user);
    const seen = lag
      .searchable(m.store.all(), reconcile)
      .filter(visible)
      .map((issue) => ({ issue, view: jqlIssue(m, issue) }))
      .filter((x) => compiled.matches(x.view))
      .sort((a, b) => compiled.compare(a.view, b.view))
      .map((x) => x.issue);
    return { ids: seen.map((d) => d.id), asSeen: new Map(seen.map((d) => [d.id, d])) };
  }
  const plan = planSearch(parseJql(jql), env, m);
  m.store.keepStatisticsCurrent();
  const conditions = [visibility(m, user), plan.where].filter(
    (c): c is SqlCondition => c !== undefined,
  );
  const where = conditions.length ? `WHERE ${conditions.map((c) => c.sql).join(' AND ')}` : '';
  const params = conditions.flatMap((c) => c.params);
  if (plan.exact && plan.orderBy) {
    const ids = prepared(m.ctx.db, `SELECT id FROM jira_issues i ${where} ORDER BY ${plan.orderBy}`)
      .pluck(true)
      .all(...params) as number[];
    return { ids: ids.map(String) };
  }
  const docs = (
    prepared(m.ctx.db, `SELECT doc FROM jira_issues i ${where}`).all(...params) as {
      doc: string;
    }[]
  ).map((r) => JSON.parse(r.doc) as IssueDoc);
  return {
    ids: docs
      .map((issue) => ({ issue, view: jqlIssue(m, issue) }))
      .filter((x) => plan.exact || compiled.matches(x.view))
      .sort((a, b) => compiled.compare(a.view, b.view))
      .map((x) => x.issue.id),
  };
}

/** Issues matching `jql` that the user may see, in the query's order, as search sees them. */
export function runSearch(
  m: JiraModels,
  user: SiteUser,
  jql: string,
  reconcile: ReadonlySet<string> = new Set(),
): IssueDoc[] {
  const hits = searchIssues(m, user, jql, reconcile);
  const asSeen = hits.asSeen;
  return asSeen
    ? hits.ids.map((id) => asSeen.get(id)).filter((d): d is IssueDoc => d !== undefined)
    : m.store.byIds(hits.ids);
}

/** The ids of `searchIssues`. */
export function searchIssueIds(
  m: JiraModels,
  user: SiteUser,
  jql: string,
  reconcile: ReadonlySet<string> = new Set(),
): string[] {
  return searchIssues(m, user, jql, reconcile).ids;
}
