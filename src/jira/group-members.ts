/**
 * The active people of a Jira group (their account ids), as Jira tells the person asking
 * (`GET /rest/api/3/group/member`, a page of at most 50 at a time until `isLast`). Jira answers
 * only people with the "Browse users and groups" global permission: to others the members are
 * unknown (null), and the caller says so instead of reading them as the app.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductClient } from './product-client';
import { ProductApiError } from './product-client';

const PAGE_SIZE = 50;

const memberPageSchema = z.object({
  isLast: z.boolean().optional(),
  total: z.number().int().min(0).optional(),
  values: z.array(z.object({ accountId: z.string() })),
});

export async function readGroupMembers(
  jiraAsUser: ProductClient,
  group: string,
): Promise<string[] | null> {
  const members: string[] = [];
  try {
    for (let startAt = 0; ; startAt += PAGE_SIZE) {
      const page = await jiraAsUser.get(
        route`/rest/api/3/group/member?groupname=${group}&includeInactiveUsers=false&startAt=${startAt}&maxResults=${PAGE_SIZE}`,
        memberPageSchema,
      );
      members.push(...page.values.map((v) => v.accountId));
      const done =
        page.isLast ?? (page.total === undefined || startAt + page.values.length >= page.total);
      if (done || page.values.length === 0) return members;
    }
  } catch (err) {
    if (err instanceof ProductApiError && [401, 403].includes(err.status)) return null;
    if (err instanceof ProductApiError && err.status === 404) return []; // nobody is in it
    throw err;
  }
}
