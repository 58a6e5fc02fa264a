/**
 * Jira's enhanced JQL search (`POST /rest/api/3/search/jql`) and `/search/approximate-count`.
 * Pages are as large as Jira allows: up to 5 000 issues when only `id`/`key` are asked for, 100
 * otherwise (the spec's `maxResults`: "The greatest number of items returned per page is achieved
 * when requesting `id` or `key` only. It returns max 5000 issues."). `nextPageToken` is followed
 * to the last page; nothing is dropped on the way.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductClient } from './product-client';

export const searchedIssueSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.record(z.string(), z.unknown()).default({}),
  /** Issue properties asked for with `properties` (absent when not asked). */
  properties: z.record(z.string(), z.unknown()).optional(),
});
export type SearchedIssue = z.infer<typeof searchedIssueSchema>;

const searchPageSchema = z.object({
  issues: z.array(searchedIssueSchema).default([]),
  nextPageToken: z.string().nullish(),
  isLast: z.boolean().optional(),
});

/** The most issues one page holds when only `id`/`key` are asked for. */
export const KEYS_PAGE_SIZE = 5000;
/** The most issues one page holds when any other field is asked for. */
export const FIELDS_PAGE_SIZE = 100;

const KEY_ONLY = new Set(['id', 'key']);

/** The largest page Jira answers for this field list. */
export function pageSizeFor(fields: readonly string[]): number {
  return fields.every((f) => KEY_ONLY.has(f)) ? KEYS_PAGE_SIZE : FIELDS_PAGE_SIZE;
}

export interface SearchOptions {
  jql: string;
  /** Only the fields the caller needs (never `*all` on a large site); `['key']` for keys only. */
  fields: readonly string[];
  /** Issue property keys to return with each issue (at most 5, as Jira allows). */
  properties?: readonly string[];
  /**
   * Ids of issues the caller just changed or must see as they are now: search is eventually
   * consistent, these are read with read-after-write consistency (`reconcileIssues`, at most 50).
   */
  reconcileIssueIds?: readonly string[];
}

/** `reconcileIssues` "Accepts max 50 ids" (POST /rest/api/3/search/jql). */
export const MAX_RECONCILE_IDS = 50;

/** `items` in runs of at most `size` (e.g. ids to reconcile, one search per run). */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The `reconcileIssues` part of a search body: the same ids on every page, as Jira asks. */
function reconcileBody(options: SearchOptions): { reconcileIssues?: number[] } {
  const ids = options.reconcileIssueIds ?? [];
  if (ids.length > MAX_RECONCILE_IDS) {
    throw new Error(`A search can reconcile at most ${MAX_RECONCILE_IDS} issues`);
  }
  return ids.length > 0 ? { reconcileIssues: ids.map(Number) } : {};
}

/**
 * Every page of a search, one at a time (so a caller can fold pages into an aggregate without
 * holding every issue), following `nextPageToken` until the last page; with `fromPageToken`, the
 * pages after one already read (`searchPage`).
 */
export async function* searchPages(
  client: ProductClient,
  options: SearchOptions,
  firstPageSize?: number,
  fromPageToken?: string,
): AsyncGenerator<SearchedIssue[]> {
  const pageSize = pageSizeFor(options.fields);
  let nextPageToken: string | undefined = fromPageToken;
  let first = true;
  do {
    const size = first && firstPageSize !== undefined ? firstPageSize : pageSize;
    const page = await postSearch(client, options, size, nextPageToken);
    first = false;
    yield page.issues;
    nextPageToken = page.nextPageToken;
  } while (nextPageToken);
}

interface SearchPage {
  issues: SearchedIssue[];
  /** The next page's token (none: this was the last page). */
  nextPageToken: string | undefined;
}

async function postSearch(
  client: ProductClient,
  options: SearchOptions,
  maxResults: number,
  nextPageToken: string | undefined,
): Promise<SearchPage> {
  const page = await client.post(
    route`/rest/api/3/search/jql`,
    {
      jql: options.jql,
      fields: options.fields,
      ...(options.properties?.length ? { properties: options.properties } : {}),
      maxResults,
      ...reconcileBody(options),
      ...(nextPageToken ? { nextPageToken } : {}),
    },
    searchPageSchema,
    { readOnly: true },
  );
  return {
    issues: page.issues,
    nextPageToken: page.isLast === true ? undefined : (page.nextPageToken ?? undefined),
  };
}

/** The first page of a search (of the largest size) and the token of the next one. */
export function searchPage(client: ProductClient, options: SearchOptions): Promise<SearchPage> {
  return postSearch(client, options, pageSizeFor(options.fields), undefined);
}

/** Every issue the search finds (all pages). For large sets prefer folding `searchPages`. */
export async function searchIssues(
  client: ProductClient,
  options: SearchOptions,
): Promise<SearchedIssue[]> {
  const issues: SearchedIssue[] = [];
  for await (const page of searchPages(client, options)) issues.push(...page);
  return issues;
}

/** The first issue the search finds, if any (one request of one issue). */
export async function searchOne(
  client: ProductClient,
  options: SearchOptions,
): Promise<SearchedIssue | undefined> {
  for await (const page of searchPages(client, options, 1)) return page[0];
  return undefined;
}

/** `/search/approximate-count`: how many issues match, without fetching them. */
export async function approximateCount(client: ProductClient, jql: string): Promise<number> {
  const res = await client.post(
    route`/rest/api/3/search/approximate-count`,
    { jql },
    z.object({ count: z.number() }),
    { readOnly: true },
  );
  return res.count;
}

/** The first issues of a search and how many there are in all (`total`). */
export interface FirstIssues {
  issues: SearchedIssue[];
  /** Every issue the search matches; `issues.length < total` means the list is cut. */
  total: number;
  /** The JQL of all of them (for a "see all in Jira" link). */
  jql: string;
}

/**
 * The first `first` issues of a search (one page) and the number of all matching issues: exact
 * from the page when it is the last one, otherwise from `/search/approximate-count` (one more
 * request). For lists a person reads: "first N of M", with the JQL of all M.
 */
export async function searchFirst(
  client: ProductClient,
  options: SearchOptions & { first: number },
): Promise<FirstIssues> {
  const size = Math.min(options.first, pageSizeFor(options.fields));
  const page = await client.post(
    route`/rest/api/3/search/jql`,
    { jql: options.jql, fields: options.fields, maxResults: size, ...reconcileBody(options) },
    searchPageSchema,
    { readOnly: true },
  );
  const more = page.isLast !== true && Boolean(page.nextPageToken);
  const issues = page.issues.slice(0, size);
  const total = more
    ? Math.max(await approximateCount(client, withoutOrderBy(options.jql)), issues.length + 1)
    : issues.length;
  return { issues, total, jql: options.jql };
}

/** The JQL without its ORDER BY (`/search/approximate-count` counts, it does not sort). */
export function withoutOrderBy(query: string): string {
  return query.replace(/\s+ORDER\s+BY\s+[^"]*$/i, '');
}
