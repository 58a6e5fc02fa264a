/** People named by the document control, and whether the viewer may approve — read as the viewer. */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductClient } from '../../jira/product-client';

export interface PersonRef {
  accountId: string;
  displayName: string;
}

const userSchema = z.object({ accountId: z.string(), displayName: z.string().optional() });
const bulkSchema = z.object({ values: z.array(userSchema).default([]) });

/** Display names for account IDs (one bulk request); people Jira does not show keep their ID. */
export async function readPeople(
  jiraAsViewer: ProductClient,
  accountIds: readonly string[],
): Promise<Map<string, PersonRef>> {
  const unique = [...new Set(accountIds)].slice(0, 200);
  const people = new Map<string, PersonRef>();
  if (unique.length > 0) {
    const query = new URLSearchParams([
      ['maxResults', String(unique.length)],
      ...unique.map((id) => ['accountId', id]),
    ]);
    const page = await jiraAsViewer.get(route`/rest/api/3/user/bulk?${query}`, bulkSchema);
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

const myselfSchema = z.object({
  accountId: z.string(),
  groups: z.object({ items: z.array(z.object({ name: z.string() })).default([]) }).optional(),
});

/** Whether the signed-in user is in `group` (Jira's own group membership). */
export async function viewerIsInGroup(
  jiraAsViewer: ProductClient,
  group: string,
): Promise<boolean> {
  const me = await jiraAsViewer.get(route`/rest/api/3/myself?expand=${'groups'}`, myselfSchema);
  return (me.groups?.items ?? []).some((g) => g.name === group);
}

/** Assignable people for the owner picker: active human accounts Jira shows the viewer. */
export async function listPeople(jiraAsViewer: ProductClient): Promise<PersonRef[]> {
  const users = await jiraAsViewer.get(
    route`/rest/api/3/users/search?maxResults=${'200'}`,
    z.array(
      z.object({
        accountId: z.string(),
        displayName: z.string().optional(),
        accountType: z.string().optional(),
        active: z.boolean().optional(),
      }),
    ),
  );
  return users
    .filter((u) => (u.accountType ?? 'atlassian') === 'atlassian' && u.active !== false)
    .map((u) => ({ accountId: u.accountId, displayName: u.displayName ?? u.accountId }));
}
