/**
 * Which Confluence pages hold an AI policy under review control: registered in KVS only by an
 * AIMS manager's checked write (setting the document owner, approving), never by a view, so the
 * policy review scan iterates pages a manager registered and never crawls Confluence.
 */
import { kvs, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import { POLICY_PAGE_KEY_PREFIX, policyPageKey } from './kvs-keys';
import { readStored, writeStored } from './stored-value';

export const policyPageEntrySchema = z.object({
  pageId: z.string().regex(/^\d+$/),
  registeredAt: z.string(),
});
export type PolicyPageEntry = z.infer<typeof policyPageEntrySchema>;

/** Registers a page once (later calls leave the entry as it is). */
export async function registerPolicyPage(pageId: string, now: Date): Promise<void> {
  const key = policyPageKey(pageId);
  if (await readStored(key, policyPageEntrySchema)) return;
  await writeStored(key, policyPageEntrySchema, { pageId, registeredAt: now.toISOString() });
}

export async function isPolicyPageRegistered(pageId: string): Promise<boolean> {
  return (await readStored(policyPageKey(pageId), policyPageEntrySchema)) !== undefined;
}

/** Every registered policy page, following KVS cursors. */
export async function listPolicyPages(): Promise<PolicyPageEntry[]> {
  const pages: PolicyPageEntry[] = [];
  let cursor: string | undefined;
  do {
    let query = kvs
      .query()
      .where('key', WhereConditions.beginsWith(POLICY_PAGE_KEY_PREFIX))
      .limit(100);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany<unknown>();
    for (const item of page.results) {
      const parsed = policyPageEntrySchema.safeParse(item.value);
      if (parsed.success) pages.push(parsed.data);
      else console.warn(`[aims] ignoring an invalid policy page entry ${item.key}`);
    }
    cursor = page.nextCursor;
  } while (cursor);
  return pages;
}
