/**
 * Counts issues per bucket (a risk level, a month and grade, …) with as few requests as Jira
 * allows: one `/search/approximate-count` of them all, then whichever is fewer — one count per
 * bucket, or reading the issues (pages of FIELDS_PAGE_SIZE, only the fields that decide the
 * bucket) and counting them here. Either way every issue is counted: nothing is sampled or cut.
 */
import type { JqlClause } from './jql-builder';
import { jql } from './jql-builder';
import type { ProductClient } from './product-client';
import type { SearchedIssue } from './issue-search';
import { approximateCount, pageSizeFor, searchPages } from './issue-search';

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
  /** The bucket of one issue read from the search: the same meaning as the buckets' JQL. */
  bucketOf: (issue: SearchedIssue) => string | undefined;
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
  const total = await approximateCount(client, request.jql);
  const counts = new Map(request.buckets.map((b) => [b.id, 0]));
  if (total === 0) return { total, counts, method: 'count' };
  const pages = Math.ceil(total / pageSizeFor(request.fields));
  if (pages <= request.buckets.length) {
    let read = 0;
    for await (const page of searchPages(client, { jql: request.jql, fields: request.fields })) {
      for (const issue of page) {
        read += 1;
        const id = request.bucketOf(issue);
        const known = id === undefined ? undefined : counts.get(id);
        if (id !== undefined && known !== undefined) counts.set(id, known + 1);
      }
    }
    return { total: read, counts, method: 'read' };
  }
  const values = await Promise.all(
    request.buckets.map((b) => approximateCount(client, jql.and(request.jql, b.jql))),
  );
  request.buckets.forEach((b, i) => counts.set(b.id, values[i] ?? 0));
  return { total, counts, method: 'count' };
}
