/** People as Jira shows them to the viewer: the signed-in user with their groups, and names for ids. */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductClient } from './product-client';

export interface PersonRef {
  accountId: string;
  displayName: string;
}

export interface Viewer extends PersonRef {
  groups: string[];
}

const myselfSchema = z.object({
  accountId: z.string(),
  displayName: z.string().optional(),
  groups: z.object({ items: z.array(z.object({ name: z.string() })).default([]) }).optional(),
});

/** The signed-in user and their Jira groups (`/myself?expand=groups`, read as that user). */
export async function readViewer(jiraAsViewer: ProductClient): Promise<Viewer> {
  const me = await jiraAsViewer.get(route`/rest/api/3/myself?expand=${'groups'}`, myselfSchema);
  return {
    accountId: me.accountId,
    displayName: me.displayName ?? me.accountId,
    groups: (me.groups?.items ?? []).map((g) => g.name),
  };
}

/** Whether the signed-in user is in `group` (Jira's own group membership). */
export async function viewerIsInGroup(
  jiraAsViewer: ProductClient,
  group: string,
): Promise<boolean> {
  return (await readViewer(jiraAsViewer)).groups.includes(group);
}

const bulkSchema = z.object({
  values: z
    .array(z.object({ accountId: z.string(), displayName: z.string().optional() }))
    .default([]),
});

/**
 * How many account ids one `/user/bulk` request asks for (its page holds up to 200; fewer keep
 * the address short).
 */
export const PEOPLE_PER_REQUEST = 100;

/**
 * Display names for account ids, in bulk requests of PEOPLE_PER_REQUEST (every id is looked up);
 * people Jira does not show keep their id.
 */
export async function readPeople(
  jiraAsViewer: ProductClient,
  accountIds: readonly string[],
): Promise<Map<string, PersonRef>> {
  const unique = [...new Set(accountIds)];
  const people = new Map<string, PersonRef>();
  const batches: string[][] = [];
  for (let i = 0; i < unique.length; i += PEOPLE_PER_REQUEST)
    batches.push(unique.slice(i, i + PEOPLE_PER_REQUEST));
  const pages = await Promise.all(
    batches.map((batch) => {
      const query = new URLSearchParams([
        ['maxResults', String(batch.length)],
        ...batch.map((id) => ['accountId', id]),
      ]);
      return jiraAsViewer.get(route`/rest/api/3/user/bulk?${query}`, bulkSchema);
    }),
  );
  for (const page of pages) {
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

/** The most users one `/users/search` page holds (the spec: "limited to 1000"). */
export const USERS_PAGE_SIZE = 1000;

/**
 * People the viewer can pick (owners, attendees): every active human account Jira shows them,
 * in pages of USERS_PAGE_SIZE until a page comes back short.
 */
export async function listPeople(jiraAsViewer: ProductClient): Promise<PersonRef[]> {
  const people: PersonRef[] = [];
  for (let startAt = 0; ; startAt += USERS_PAGE_SIZE) {
    const users = await jiraAsViewer.get(
      route`/rest/api/3/users/search?startAt=${String(startAt)}&maxResults=${String(USERS_PAGE_SIZE)}`,
      userListSchema,
    );
    for (const u of users)
      if ((u.accountType ?? 'atlassian') === 'atlassian' && u.active !== false)
        people.push({ accountId: u.accountId, displayName: u.displayName ?? u.accountId });
    if (users.length < USERS_PAGE_SIZE) return people;
  }
}

const userGroupsSchema = z.object({
  accountId: z.string(),
  groups: z.object({ items: z.array(z.object({ name: z.string() })).default([]) }).optional(),
});

/**
 * Which of `accountIds` are in `group` (`/user?accountId=…&expand=groups`, one request per
 * person: only for the few people recorded on one issue, e.g. who approved and who accepted).
 */
export async function membersOfGroupAmong(
  jira: ProductClient,
  accountIds: readonly string[],
  group: string,
): Promise<string[]> {
  const people = await Promise.all(
    [...new Set(accountIds)].map((accountId) =>
      jira.get(route`/rest/api/3/user?accountId=${accountId}&expand=${'groups'}`, userGroupsSchema),
    ),
  );
  return people
    .filter((p) => (p.groups?.items ?? []).some((g) => g.name === group))
    .map((p) => p.accountId);
}
