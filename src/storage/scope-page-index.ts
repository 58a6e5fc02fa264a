/**
 * Which Confluence page holds the AIMS scope and context of a project: registered when its macro
 * is configured or changed, so the management review finds it (inputs 9.3.2 b and c) without
 * crawling Confluence. Only the page id is kept; the content is always read from Confluence as
 * the person looking.
 */
import { z } from 'zod';
import { scopePageKey } from './kvs-keys';
import { readStored, writeStored } from './stored-value';

export const scopePageEntrySchema = z.object({
  pageId: z.string().regex(/^\d+$/),
  registeredAt: z.string(),
});
export type ScopePageEntry = z.infer<typeof scopePageEntrySchema>;

export async function readScopePage(projectKey: string): Promise<ScopePageEntry | undefined> {
  return readStored(scopePageKey(projectKey), scopePageEntrySchema);
}

export async function writeScopePage(projectKey: string, pageId: string, now: Date): Promise<void> {
  await writeStored(scopePageKey(projectKey), scopePageEntrySchema, {
    pageId,
    registeredAt: now.toISOString(),
  });
}
