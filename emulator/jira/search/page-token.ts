import crypto from 'node:crypto';
import { JiraError } from '../../core/errors';

/** Opaque `nextPageToken`: the next offset, bound to the query it pages through. */
export function encodePageToken(jql: string, offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset, q: digest(jql) })).toString('base64url');
}

export function decodePageToken(jql: string, token: string | undefined): number {
  if (!token) return 0;
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as {
      o?: unknown;
      q?: unknown;
    };
    if (
      typeof parsed.o === 'number' &&
      Number.isInteger(parsed.o) &&
      parsed.o >= 0 &&
      parsed.q === digest(jql)
    )
      return parsed.o;
  } catch {
    // fall through
  }
  throw new JiraError(400, ['The nextPageToken is invalid or does not belong to this query.']);
}

function digest(jql: string): string {
  return crypto.createHash('sha256').update(jql.trim()).digest('base64url').slice(0, 12);
}
