/**
 * The owner of a controlled document (the AI policy, the scope and context), kept in app storage
 * per page and kind of document: only an AIMS manager who can edit the page sets it (the macro's
 * `setOwner`), so a page editor cannot make themselves the owner by changing the macro's
 * configuration.
 */
import { z } from 'zod';
import { documentOwnerKey } from './kvs-keys';
import { readStored, writeStored } from './stored-value';

const ACCOUNT_ID = /^[A-Za-z0-9:_-]{1,128}$/;

/** The kinds of controlled document, as their owners are kept. */
export const DOCUMENT_OWNER_KINDS = ['policy', 'scope'] as const;
export type DocumentOwnerKind = (typeof DOCUMENT_OWNER_KINDS)[number];

export const documentOwnerSchema = z.object({
  pageId: z.string().regex(/^\d+$/),
  ownerAccountId: z.string().regex(ACCOUNT_ID),
  setByAccountId: z.string().regex(ACCOUNT_ID),
  setAt: z.iso.datetime(),
});
export type DocumentOwner = z.infer<typeof documentOwnerSchema>;

export async function loadDocumentOwner(
  kind: DocumentOwnerKind,
  pageId: string,
): Promise<DocumentOwner | undefined> {
  return readStored(documentOwnerKey(kind, pageId), documentOwnerSchema);
}

export async function saveDocumentOwner(
  kind: DocumentOwnerKind,
  owner: DocumentOwner,
): Promise<DocumentOwner> {
  return writeStored(documentOwnerKey(kind, owner.pageId), documentOwnerSchema, owner);
}
