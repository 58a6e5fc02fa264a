import type { Request } from 'express';
import type { SiteContext } from '../../core/context';
import { apiUrl } from '../api-urls';
import { queryInt } from './query-params';

/** Jira's PageBean: `{ self, nextPage?, maxResults, startAt, total, isLast, values }`. */
export function pageBean<T>(
  ctx: SiteContext,
  req: Request,
  all: T[],
  startAt: number,
  maxResults: number,
): Record<string, unknown> {
  const values = all.slice(startAt, startAt + maxResults);
  const isLast = startAt + values.length >= all.length;
  const path = req.baseUrl.replace(/^\/rest\/api\/3/, '') + req.path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(req.query)) {
    if (k === 'startAt' || k === 'maxResults') continue;
    for (const x of Array.isArray(v) ? v : [v]) if (typeof x === 'string') params.append(k, x);
  }
  const link = (start: number): string => {
    const p = new URLSearchParams(params);
    p.set('maxResults', String(maxResults));
    p.set('startAt', String(start));
    return apiUrl(ctx, `${path}?${p.toString()}`);
  };
  return {
    self: link(startAt),
    ...(isLast ? {} : { nextPage: link(startAt + maxResults) }),
    maxResults,
    startAt,
    total: all.length,
    isLast,
    values,
  };
}

/** The PageBean of the window the request asks for (`startAt`, `maxResults` up to `max`). */
export function requestedPage<T>(
  ctx: SiteContext,
  req: Request,
  all: T[],
  defaultMaxResults: number,
  max: number,
): Record<string, unknown> {
  return pageBean(
    ctx,
    req,
    all,
    queryInt(req, 'startAt', 0),
    queryInt(req, 'maxResults', defaultMaxResults, max),
  );
}
