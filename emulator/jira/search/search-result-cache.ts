import crypto from 'node:crypto';

/** What a cached search answered, and for whom. */
interface CachedResult {
  accountId: string;
  jql: string;
  /** Issue ids in the query's order. */
  ids: Int32Array;
  /** The issue and link write counts the ids were read at. */
  version: string;
}

/** How many searches stay cached (each is a few bytes per hit: 200 KB for 50 000 hits). */
const CAPACITY = 50;

/**
 * The hits of searches being paged through, behind their `nextPageToken`: the next page slices
 * the ids found for the first one instead of running the query again (no N² paging). An entry
 * serves only the same user and query, and only while no issue or link was written since
 * (`version`); otherwise the search runs again.
 */
export class SearchResultCache {
  private readonly entries = new Map<string, CachedResult>();

  /** Stores the ids; returns the handle to put in the page token. */
  put(accountId: string, jql: string, ids: readonly string[], version: string): string {
    const handle = crypto.randomBytes(9).toString('base64url');
    this.entries.set(handle, { accountId, jql, ids: Int32Array.from(ids, Number), version });
    if (this.entries.size > CAPACITY) this.entries.delete(this.entries.keys().next().value ?? '');
    return handle;
  }

  /** The cached ids, when the handle still holds this user's query at this version. */
  get(handle: string, accountId: string, jql: string, version: string): string[] | undefined {
    const hit = this.entries.get(handle);
    if (!hit || hit.accountId !== accountId || hit.jql !== jql || hit.version !== version) {
      return undefined;
    }
    return Array.from(hit.ids, String);
  }
}
