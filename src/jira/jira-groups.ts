/** Jira groups found by name (Jira's group picker), read as the client's principal. */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductClient } from './product-client';

const foundGroupsSchema = z.object({
  total: z.number().int().optional(),
  groups: z.array(z.object({ name: z.string(), groupId: z.string().nullish() })),
});

export interface FoundGroups {
  names: string[];
  /** How many groups match in all (more than `names` holds when Jira shows only the first). */
  total: number;
}

/** Groups whose name contains `query` (case-insensitive), sorted, at most `limit`. */
export async function findGroups(
  client: ProductClient,
  query: string,
  limit = 20,
): Promise<FoundGroups> {
  const found = await client.get(
    route`/rest/api/3/groups/picker?query=${query}&maxResults=${String(limit)}&caseInsensitive=true`,
    foundGroupsSchema,
  );
  const names = found.groups.map((g) => g.name);
  return { names, total: found.total ?? names.length };
}

/** Whether a group of exactly this name exists (as far as the principal can see). */
export async function groupExists(client: ProductClient, name: string): Promise<boolean> {
  const found = await client.get(
    route`/rest/api/3/groups/picker?query=${name}&maxResults=100`,
    foundGroupsSchema,
  );
  return found.groups.some((g) => g.name === name);
}
