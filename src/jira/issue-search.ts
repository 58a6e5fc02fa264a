import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductClient } from './product-client';

export const searchedIssueSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.record(z.string(), z.unknown()).default({}),
});
export type SearchedIssue = z.infer<typeof searchedIssueSchema>;

const searchPageSchema = z.object({
  issues: z.array(searchedIssueSchema).default([]),
  nextPageToken: z.string().nullish(),
  isLast: z.boolean().optional(),
});

export interface SearchOptions {
  jql: string;
  /** Only the fields the caller needs (never `*all` on a large site). */
  fields: readonly string[];
  pageSize?: number;
  /** Stop after this many issues (a safety bound for UIs). */
  limit?: number;
  /**
   * Ids of issues the caller just changed or must see as they are now: search is eventually
   * consistent, these are read with read-after-write consistency (`reconcileIssues`, at most 50).
   */
  reconcileIssueIds?: readonly string[];
}

/** `reconcileIssues` "Accepts max 50 ids" (POST /rest/api/3/search/jql). */
export const MAX_RECONCILE_IDS = 50;

/** Enhanced JQL search, following `nextPageToken` until the last page (or `limit`). */
export async function searchIssues(
  client: ProductClient,
  options: SearchOptions,
): Promise<SearchedIssue[]> {
  const issues: SearchedIssue[] = [];
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const reconcile = options.reconcileIssueIds ?? [];
  if (reconcile.length > MAX_RECONCILE_IDS) {
    throw new Error(`A search can reconcile at most ${MAX_RECONCILE_IDS} issues`);
  }
  let nextPageToken: string | undefined;
  do {
    const page = await client.post(
      route`/rest/api/3/search/jql`,
      {
        jql: options.jql,
        fields: options.fields,
        maxResults: Math.min(options.pageSize ?? 100, Math.max(1, limit - issues.length)),
        // The same ids on every page, as Jira asks.
        ...(reconcile.length > 0 ? { reconcileIssues: reconcile.map(Number) } : {}),
        ...(nextPageToken ? { nextPageToken } : {}),
      },
      searchPageSchema,
    );
    issues.push(...page.issues);
    nextPageToken = page.isLast ? undefined : (page.nextPageToken ?? undefined);
  } while (nextPageToken && issues.length < limit);
  return issues.length > limit ? issues.slice(0, limit) : issues;
}

/** `/search/approximate-count`: a count without fetching the issues. */
export async function approximateCount(client: ProductClient, jql: string): Promise<number> {
  const res = await client.post(
    route`/rest/api/3/search/approximate-count`,
    { jql },
    z.object({ count: z.number() }),
  );
  return res.count;
}
