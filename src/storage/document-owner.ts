/**
 * The owner of a controlled document page (the AI policy), kept in app storage: only an AIMS
 * manager who can edit the page sets it (the policy macro's `setOwner`), so a page editor cannot
 * make themselves the owner by changing the macro's configuration.
 */
import { z } from 'zod';
import { documentOwnerKey } from './kvs-keys';
import { readStored, writeStored } from './stored-value';

const ACCOUNT_ID = /^[A-Za-z0-9:_-]{1,128}$/;

export const documentOwnerSchema = z.object({
  pageId: z.string().regex(/^\d+$/),
  ownerAccountId: z.string().regex(ACCOUNT_ID),
  setByAccountId: z.string().regex(ACCOUNT_ID),
  setAt: z.iso.datetime(),
});
export type DocumentOwner = z.infer<typeof documentOwnerSchema>;

export async function loadDocumentOwner(pageId: string): Promise<DocumentOwner | undefined> {
  return readStored(documentOwnerKey(pageId), documentOwnerSchema);
}

export async function saveDocumentOwner(owner: DocumentOwner): Promise<DocumentOwner> {
  return writeStored(documentOwnerKey(owner.pageId), documentOwnerSchema, owner);
}
