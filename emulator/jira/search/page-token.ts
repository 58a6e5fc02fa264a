import crypto from 'node:crypto';
import { JiraError } from '../../core/errors';

/** Where the next page starts, bound to the query it pages through; `handle` names cached hits. */
export interface PagePosition {
  offset: number;
  handle: string | undefined;
}

/** Opaque `nextPageToken`: the next offset and the cached hits' handle, bound to the query. */
export function encodePageToken(jql: string, offset: number, handle?: string): string {
  return Buffer.from(
    JSON.stringify({ o: offset, q: digest(jql), ...(handle ? { c: handle } : {}) }),
  ).toString('base64url');
}

export function decodePageToken(jql: string, token: string | undefined): PagePosition {
  if (!token) return { offset: 0, handle: undefined };
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as {
      o?: unknown;
      q?: unknown;
      c?: unknown;
    };
    if (
      typeof parsed.o === 'number' &&
      Number.isInteger(parsed.o) &&
      parsed.o >= 0 &&
      parsed.q === digest(jql)
    )
      return { offset: parsed.o, handle: typeof parsed.c === 'string' ? parsed.c : undefined };
  } catch {
    // fall through
  }
  throw new JiraError(400, ['The nextPageToken is invalid or does not belong to this query.']);
}

function digest(jql: string): string {
  return crypto.createHash('sha256').update(jql.trim()).digest('base64url').slice(0, 12);
}
