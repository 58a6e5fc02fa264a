/**
 * Counts issues per bucket (a risk level, a month and grade, …) with as few requests as Jira
 * allows: the first page of the issues (only the fields that decide the buckets) — when it is the
 * only one, the counts are made from it, in one request; otherwise one
 * `/search/approximate-count` of them all, then whichever is fewer — one count per bucket, or
 * reading the remaining pages and counting them here. Either way every issue is counted: nothing
 * is sampled or cut. Buckets may overlap (an issue may count in several).
 */
import type { JqlClause } from './jql-builder';
import { jql } from './jql-builder';
import type { ProductClient } from './product-client';
import type { SearchedIssue } from './issue-search';
import { approximateCount, pageSizeFor, searchPage, searchPages } from './issue-search';

export interface TallyBucket {
  id: string;
  /** The bucket's issues among those of the tally (ANDed with the tally's JQL). */
  jql: JqlClause;
}

export interface TallyRequest {
  /** All the issues the tally counts. */
  jql: JqlClause;
  buckets: readonly TallyBucket[];
  /** The fields `bucketOf` reads. */
  fields: readonly string[];
  /** The bucket(s) of one issue read from the search: the same meaning as the buckets' JQL. */
  bucketOf: (issue: SearchedIssue) => string | readonly string[] | undefined;
}

export interface Tally {
  /** All the issues of the tally (in a bucket or not). */
  total: number;
  counts: ReadonlyMap<string, number>;
  /** How the buckets were counted: by Jira (`count`) or by reading the issues (`read`). */
  method: 'count' | 'read';
}

/** The counts of every bucket; see the file comment for how few requests that takes. */
export async function tallyIssues(client: ProductClient, request: TallyRequest): Promise<Tally> {
  const counts = new Map(request.buckets.map((b) => [b.id, 0]));
  let read = 0;
  const fold = (issues: readonly SearchedIssue[]): void => {
    for (const issue of issues) {
      read += 1;
      const ids = request.bucketOf(issue);
      for (const id of typeof ids === 'string' ? [ids] : (ids ?? [])) {
        const known = counts.get(id);
        if (known !== undefined) counts.set(id, known + 1);
      }
    }
  };
  const search = { jql: request.jql, fields: request.fields };
  const first = await searchPage(client, search);
  fold(first.issues);
  if (!first.nextPageToken) return { total: read, counts, method: 'read' };
  const total = await approximateCount(client, request.jql);
  const pagesLeft = Math.ceil(Math.max(0, total - read) / pageSizeFor(request.fields));
  if (pagesLeft <= request.buckets.length) {
    for await (const page of searchPages(client, search, undefined, first.nextPageToken))
      fold(page);
    return { total: read, counts, method: 'read' };
  }
  const values = await Promise.all(
    request.buckets.map((b) => approximateCount(client, jql.and(request.jql, b.jql))),
  );
  request.buckets.forEach((b, i) => counts.set(b.id, values[i] ?? 0));
  return { total, counts, method: 'count' };
}
