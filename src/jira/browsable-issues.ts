/**
 * Which of some named issues a person may browse, read as that person: Jira's bulk fetch
 * (`POST /rest/api/3/issue/bulkfetch`, 100 issues a request, only `key`), which "includes issues in
 * the response where the user has Browse projects … and issue-level security permission"; the
 * others (hidden, deleted or unknown) are simply absent. Used to show a stored record (an approved
 * SoA snapshot, a held review) to each viewer with only what they may see.
 *
 * Not a JQL `key in (…)` search: Jira answers such a search with an error when a listed key does
 * not exist for the searcher (hidden or deleted), and search is eventually consistent; bulk fetch
 * reads the issues themselves and leaves out what the person cannot see.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import { chunks } from './issue-search';
import type { ProductClient } from './product-client';

/** "You can request up to 100 issues." (POST /rest/api/3/issue/bulkfetch) */
export const BULK_FETCH_MAX = 100;

const bulkFetchKeysSchema = z.object({
  issues: z.array(z.object({ key: z.string() }).loose()).default([]),
});

/** The keys among `keys` the client's person may browse (upper-case, as Jira writes keys). */
export async function readBrowsableKeys(
  client: ProductClient,
  keys: Iterable<string>,
): Promise<Set<string>> {
  const wanted = [...new Set([...keys].map((k) => k.trim().toUpperCase()).filter(Boolean))];
  const browsable = new Set<string>();
  for (const batch of chunks(wanted, BULK_FETCH_MAX)) {
    const { issues } = await client.post(
      route`/rest/api/3/issue/bulkfetch`,
      { issueIdsOrKeys: batch, fields: ['key'] },
      bulkFetchKeysSchema,
    );
    // A moved issue answers under its new key: only the keys asked for count.
    for (const issue of issues) if (batch.includes(issue.key)) browsable.add(issue.key);
  }
  return browsable;
}
