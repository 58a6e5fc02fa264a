import type { Request } from 'express';
import type { SiteUser } from '../../core/users';
import type { BoardDoc } from '../models/boards';
import type { FilterDoc } from '../models/filters';
import type { JiraModels } from '../models/jira-models';
import { searchIssues } from '../search/run-search';
import { parseExpand, parseFieldSelection } from '../views/field-selection';
import { queryInt, queryString, queryValues } from '../routes/query-params';

/** Most issues one page of `GET /board/{boardId}/issue` holds (Jira Software's page size). */
export const BOARD_ISSUES_PAGE = 50;

/** Splits `… ORDER BY …` off a JQL query (an ORDER BY inside quotes is not one). */
export function splitOrderBy(jql: string): { where: string; orderBy: string } {
  let quote: string | undefined;
  for (let i = 0; i < jql.length; i += 1) {
    const ch = jql[i];
    if (quote) {
      if (ch === '\\') i += 1;
      else if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (/^order\s+by\b/i.test(jql.slice(i)) && (i === 0 || /\s|\)/.test(jql[i - 1] ?? ''))) {
      return { where: jql.slice(0, i).trim(), orderBy: jql.slice(i).trim() };
    }
  }
  return { where: jql.trim(), orderBy: '' };
}

/**
 * The issues of a board, as Jira Software answers `GET /board/{boardId}/issue`: the board's filter,
 * narrowed by the request's `jql`, only issues whose status is mapped to a column, in the filter's
 * order, paged by `startAt`/`maxResults`, with `total`.
 */
export function boardIssues(
  m: JiraModels,
  user: SiteUser,
  board: BoardDoc,
  filter: FilterDoc,
  req: Request,
): Record<string, unknown> {
  const { where, orderBy } = splitOrderBy(filter.jql);
  const extra = splitOrderBy(queryString(req, 'jql') ?? '');
  const mapped = board.columns.flatMap((c) => c.statusIds);
  const clauses = [
    where ? `(${where})` : '',
    extra.where ? `(${extra.where})` : '',
    `status in (${mapped.length ? mapped.join(', ') : '-1'})`,
  ].filter(Boolean);
  const jql = `${clauses.join(' AND ')} ${extra.orderBy || orderBy}`.trim();
  const ids = searchIssues(m, user, jql).ids;
  const startAt = queryInt(req, 'startAt', 0);
  const maxResults = queryInt(req, 'maxResults', BOARD_ISSUES_PAGE, BOARD_ISSUES_PAGE);
  const fields = parseFieldSelection(queryValues(req, 'fields'), 'all');
  const expand = parseExpand(queryString(req, 'expand'));
  const visible = m.permissions.issueFilter(user);
  const issues = m.store
    .byIds(ids.slice(startAt, startAt + maxResults))
    .filter(visible)
    .map((issue) => m.view.render(issue, user, { fields, expand }));
  return { expand: 'schema,names', startAt, maxResults, total: ids.length, issues };
}
