import type { Request, Response } from 'express';
import type { SiteContext } from '../../core/context';
import { confluenceBadRequest } from '../../core/errors';
import { PRODUCT_MOUNT } from '../../core/route-table';
import { wikiBase } from '../views/wiki-base';
import { stringParam } from './query-params';

/**
 * Confluence v2 pages through lists with an opaque `cursor`. Ours encodes the offset of the next
 * result, bound to the list it came from (a cursor from another list is refused).
 */
export function cursorOffset(req: Request): number {
  const cursor = stringParam(req.query.cursor);
  if (cursor === undefined) return 0;
  try {
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as {
      o?: unknown;
      p?: unknown;
    };
    if (
      typeof decoded.o === 'number' &&
      Number.isInteger(decoded.o) &&
      decoded.o >= 0 &&
      decoded.p === req.path
    ) {
      return decoded.o;
    }
  } catch {
    // fall through
  }
  throw confluenceBadRequest('Invalid cursor.');
}

/** The cursor of the window starting at `offset` of the list at `path` (relative to the v2 mount). */
export function encodeCursor(path: string, offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset, p: path }), 'utf8').toString('base64url');
}

/** `/wiki/api/v2/...?…&cursor=…` for the next window: the request's own query with a new cursor. */
function nextLink(req: Request, offset: number): string {
  const url = new URL(req.originalUrl, 'http://site');
  url.searchParams.set('cursor', encodeCursor(req.path, offset));
  return `${PRODUCT_MOUNT.confluence}${req.path}?${url.searchParams.toString()}`;
}

/** Sends a MultiEntityResult with `_links.next` and the `Link` header when more results follow. */
export function sendPage<T>(
  req: Request,
  res: Response,
  ctx: SiteContext,
  results: T[],
  window: { offset: number; hasMore: boolean },
): void {
  const links: { next?: string; base: string } = { base: wikiBase(ctx) };
  if (window.hasMore) {
    links.next = nextLink(req, window.offset + results.length);
    res.setHeader('Link', `<${links.next}>; rel="next", <${links.base}>; rel="base"`);
  }
  res.json({ results, _links: links });
}

/** A window of an in-memory list. */
export function windowOf<T>(
  all: T[],
  offset: number,
  limit: number,
): { items: T[]; hasMore: boolean } {
  return { items: all.slice(offset, offset + limit), hasMore: offset + limit < all.length };
}
