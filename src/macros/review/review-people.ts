/** The signed-in person (and their groups) and display names for account ids — read as the viewer. */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductClient } from '../../jira/product-client';

export interface ReviewPerson {
  accountId: string;
  displayName: string;
}

export interface ReviewViewer extends ReviewPerson {
  groups: string[];
}

const myselfSchema = z.object({
  accountId: z.string(),
  displayName: z.string().optional(),
  groups: z.object({ items: z.array(z.object({ name: z.string() })).default([]) }).optional(),
});

export async function readReviewViewer(jira: ProductClient): Promise<ReviewViewer> {
  const me = await jira.get(route`/rest/api/3/myself?expand=${'groups'}`, myselfSchema);
  return {
    accountId: me.accountId,
    displayName: me.displayName ?? me.accountId,
    groups: (me.groups?.items ?? []).map((g) => g.name),
  };
}

const bulkSchema = z.object({
  values: z
    .array(z.object({ accountId: z.string(), displayName: z.string().optional() }))
    .default([]),
});

/** Display names for account ids in one bulk request; people Jira does not show keep their id. */
export async function readPeople(
  jira: ProductClient,
  accountIds: readonly string[],
): Promise<Map<string, ReviewPerson>> {
  const unique = [...new Set(accountIds)].slice(0, 200);
  const people = new Map<string, ReviewPerson>();
  if (unique.length > 0) {
    const query = new URLSearchParams([
      ['maxResults', String(unique.length)],
      ...unique.map((id) => ['accountId', id]),
    ]);
    const page = await jira.get(route`/rest/api/3/user/bulk?${query}`, bulkSchema);
    for (const u of page.values) {
      people.set(u.accountId, {
        accountId: u.accountId,
        displayName: u.displayName ?? u.accountId,
      });
    }
  }
  for (const id of unique) if (!people.has(id)) people.set(id, { accountId: id, displayName: id });
  return people;
}

const userListSchema = z.array(
  z.object({
    accountId: z.string(),
    displayName: z.string().optional(),
    accountType: z.string().optional(),
    active: z.boolean().optional(),
  }),
);

/** People the viewer can pick as attendees and owners: active human accounts Jira shows them. */
export async function listReviewPeople(jira: ProductClient): Promise<ReviewPerson[]> {
  const users = await jira.get(route`/rest/api/3/users/search?maxResults=${'200'}`, userListSchema);
  return users
    .filter((u) => (u.accountType ?? 'atlassian') === 'atlassian' && u.active !== false)
    .map((u) => ({ accountId: u.accountId, displayName: u.displayName ?? u.accountId }));
}
