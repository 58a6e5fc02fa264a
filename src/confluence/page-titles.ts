/**
 * The titles of Confluence pages as the client's principal may see them, in one request per 250
 * ids (`GET /wiki/api/v2/pages?id=…`: "Only pages that the user has permission to view will be
 * returned"). A page left out of the answer is one the principal cannot view (or that is gone).
 */
import { route } from '@forge/api';
import { z } from 'zod';
import { chunks } from '../jira/issue-search';
import type { ProductClient } from '../jira/product-client';

/** The spec's most ids (and results) per request. */
const IDS_PER_REQUEST = 250;

const titlesSchema = z.object({
  results: z.array(z.object({ id: z.string(), title: z.string() })),
});

/** Page id → title, for the pages among `pageIds` the principal may view. */
export async function readPageTitles(
  client: ProductClient,
  pageIds: readonly string[],
): Promise<Map<string, string>> {
  const answers = await Promise.all(
    chunks([...new Set(pageIds)], IDS_PER_REQUEST).map((batch) => {
      // An array in the query as the spec has it (form style, exploded): id=1&id=2.
      const query = new URLSearchParams([
        ...batch.map((id) => ['id', id]),
        ['limit', String(IDS_PER_REQUEST)],
      ]);
      return client.get(route`/wiki/api/v2/pages?${query}`, titlesSchema);
    }),
  );
  return new Map(answers.flatMap((a) => a.results.map((p) => [p.id, p.title] as const)));
}
