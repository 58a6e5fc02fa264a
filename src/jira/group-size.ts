/**
 * How many active people are in a Jira group, as Jira tells the person asking
 * (`GET /rest/api/3/group/member?maxResults=1`: the page's `total`; one request whatever the
 * group's size). Jira answers it only to people with the "Browse users and groups" global
 * permission (Jira administrators too); to others the size is unknown — the caller says so
 * instead of counting as the app. No name is read: only the total.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductClient } from './product-client';
import { ProductApiError } from './product-client';

const memberPageSchema = z.object({ total: z.number().int().min(0) });

export type GroupSize =
  { known: true; size: number } | { known: false; reason: 'no-permission' | 'no-such-group' };

export async function readGroupSize(jiraAsUser: ProductClient, group: string): Promise<GroupSize> {
  try {
    const page = await jiraAsUser.get(
      route`/rest/api/3/group/member?groupname=${group}&includeInactiveUsers=false&maxResults=1`,
      memberPageSchema,
    );
    return { known: true, size: page.total };
  } catch (err) {
    if (err instanceof ProductApiError && (err.status === 403 || err.status === 401))
      return { known: false, reason: 'no-permission' };
    if (err instanceof ProductApiError && err.status === 404)
      return { known: false, reason: 'no-such-group' };
    throw err;
  }
}
