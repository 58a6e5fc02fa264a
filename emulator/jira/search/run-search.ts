import type { SiteUser } from '../../core/users';
import { JiraError } from '../../core/errors';
import { compileJql } from '../jql';
import type { IssueDoc } from '../models/issue-store';
import type { JiraModels } from '../models/jira-models';
import { jqlEnvironment, jqlIssue } from './jql-environment';
import { searchVisibility } from './search-visibility';

export const UNBOUNDED_JQL =
  'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';

/**
 * Issues matching `jql` that the user may see, in the query's order, as the search index sees them
 * (search-visibility.ts: recent changes may lag, except the issues listed in `reconcile`).
 */
export function runSearch(
  m: JiraModels,
  user: SiteUser,
  jql: string,
  reconcile: ReadonlySet<string> = new Set(),
): IssueDoc[] {
  const compiled = compileJql(jql, jqlEnvironment(m, user));
  if (!compiled.hasWhereClause) throw new JiraError(400, [UNBOUNDED_JQL]);
  const visible = m.permissions.issueFilter(user);
  return searchVisibility(m.ctx)
    .searchable(m.store.all(), reconcile)
    .filter(visible)
    .map((issue) => ({ issue, view: jqlIssue(m, issue) }))
    .filter((x) => compiled.matches(x.view))
    .sort((a, b) => compiled.compare(a.view, b.view))
    .map((x) => x.issue);
}
