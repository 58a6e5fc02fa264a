import type { Request } from 'express';
import type { SiteContext } from '../../core/context';
import { requestedPage } from './page-bean';
import { queryList, queryString } from './query-params';

/**
 * One page of a Jira admin list (screens, screen schemes, issue type screen schemes) as their
 * GET operations answer it: filtered by `id` (repeated) and `queryString` (part of the name,
 * case-insensitive), ordered by `orderBy` (`name`, `-name`, `id`, …; by id otherwise).
 */
export function namedListPage<T extends { id: string; name: string }>(
  ctx: SiteContext,
  req: Request,
  all: readonly T[],
  view: (item: T) => Record<string, unknown>,
  defaultMaxResults: number,
): Record<string, unknown> {
  const ids = queryList(req, 'id');
  const q = (queryString(req, 'queryString') ?? '').toLowerCase();
  const orderBy = queryString(req, 'orderBy') ?? 'id';
  const by = orderBy.replace(/^[-+]/, '');
  const sign = orderBy.startsWith('-') ? -1 : 1;
  const list = all
    .filter((s) => (ids.length ? ids.includes(s.id) : true))
    .filter((s) => !q || s.name.toLowerCase().includes(q))
    .sort(
      (a, b) => sign * (by === 'name' ? a.name.localeCompare(b.name) : Number(a.id) - Number(b.id)),
    );
  return requestedPage(ctx, req, list.map(view), defaultMaxResults, 100);
}
