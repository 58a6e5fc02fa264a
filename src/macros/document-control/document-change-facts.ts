/**
 * What every document-control rule starts from, read as the person looking or acting: the page as
 * Confluence reports it now (with who wrote its current version), the stored document control,
 * whether they are an AIMS manager, and the document owner an AIMS manager set (app storage, never
 * the macro's configuration). Shared by every controlled document (the AI policy, the scope and
 * context): each names where it keeps its records (`ControlledDocumentRecords`).
 */
import { sealNewApproval } from './document-seal';
import type {
  ControlRecord,
  ControlledDocument,
  DocumentChange,
  DocumentControlSettings,
} from '../../domain/document-control';
import { Refusal } from '../../domain/refusal';
import type { PageRecordStore, StoredPageRecord } from '../../confluence/page-record-store';
import type { ConfluencePage } from '../../confluence/pages';
import { readPage } from '../../confluence/pages';
import { viewerIsInGroup } from '../../jira/people';
import type { ProductClient } from '../../jira/product-client';
import { loadAppConfig } from '../../storage/app-config';
import type { DocumentOwner, DocumentOwnerKind } from '../../storage/document-owner';
import { loadDocumentOwner, saveDocumentOwner } from '../../storage/document-owner';

/** Where one kind of controlled document keeps its records. */
export interface ControlledDocumentRecords<D extends ControlledDocument, E extends string> {
  /** The document in messages: "AI policy" ("This AI policy has no document owner yet"). */
  title: string;
  /** Under which kind its owner is kept in app storage (src/storage/document-owner.ts). */
  ownerKind: DocumentOwnerKind;
  /** Its document-control record, a content property of the page. */
  control: PageRecordStore<ControlRecord<D, E>>;
}

/** A controlled page and the person looking at it or acting on it. */
export interface DocumentRequest {
  pageId: string;
  now: Date;
  confluence: ProductClient;
  /** Jira as the person; absent for an export (nobody is looking, so nobody is an AIMS manager). */
  jira?: ProductClient | undefined;
}

/** A change asked for in a controlled document's macro: its saved configuration and who asks. */
export interface DocumentActionRequest extends DocumentRequest {
  rawConfig: unknown;
  actorAccountId: string;
  jira: ProductClient;
}

/** The settings the macro's configuration gives the rules; the owner comes from app storage. */
export type DocumentConfigSettings = Omit<DocumentControlSettings, 'ownerAccountId'>;

export interface DocumentChangeFacts<D extends ControlledDocument, E extends string> {
  page: ConfluencePage;
  stored: StoredPageRecord<ControlRecord<D, E>> | undefined;
  /** The owner set by an AIMS manager; undefined until one is set. */
  owner: DocumentOwner | undefined;
  /** The input of the rules (src/domain/document-control) for this person, now. */
  change: DocumentChange<D, E>;
}

/** Why nothing can be done before an AIMS manager sets the owner. */
export const noOwnerYet = (title: string): string =>
  `This ${title} has no document owner yet: an AIMS manager who can edit the page sets the owner first (Document owner → Set owner).`;

export async function readDocumentChange<D extends ControlledDocument, E extends string>(
  request: DocumentRequest,
  records: ControlledDocumentRecords<D, E>,
  actorAccountId: string,
  config: DocumentConfigSettings,
  /** The owner being set now (setOwner), instead of the stored one. */
  newOwnerAccountId?: string,
): Promise<DocumentChangeFacts<D, E>> {
  const { managerGroup } = await loadAppConfig();
  const [page, stored, isManager, owner] = await Promise.all([
    readPage(request.confluence, request.pageId),
    records.control.read(request.confluence, request.pageId),
    request.jira ? viewerIsInGroup(request.jira, managerGroup) : Promise.resolve(false),
    loadDocumentOwner(records.ownerKind, request.pageId),
  ]);
  const actor = { accountId: actorAccountId, isManager, managerGroup };
  const settings: DocumentControlSettings = {
    documentReference: config.documentReference,
    reviewIntervalMonths: config.reviewIntervalMonths,
    ownerAccountId: newOwnerAccountId ?? owner?.ownerAccountId ?? '',
  };
  return {
    page,
    stored,
    owner,
    change: { record: stored?.record, config: settings, page, actor, now: request.now },
  };
}

/**
 * The facts a change starts from, for the person acting; refused while the document has no owner
 * (unless this change sets one).
 */
export async function readDocumentChangeToAct<D extends ControlledDocument, E extends string>(
  request: DocumentActionRequest,
  records: ControlledDocumentRecords<D, E>,
  config: DocumentConfigSettings,
  newOwnerAccountId?: string,
): Promise<DocumentChangeFacts<D, E>> {
  const facts = await readDocumentChange(
    request,
    records,
    request.actorAccountId,
    config,
    newOwnerAccountId,
  );
  if (!facts.change.config.ownerAccountId) throw new Refusal(noOwnerYet(records.title));
  return facts;
}

/**
 * Runs one rule as the person acting: reads the page and the record as them, applies `rule`
 * (undefined: nothing to write), writes the record back as them. Returns the page version the
 * change was recorded at. Who may act at all (role, page edit permission) is checked by the
 * resolver first.
 */
export async function changeDocumentControl<D extends ControlledDocument, E extends string>(
  request: DocumentActionRequest,
  records: ControlledDocumentRecords<D, E>,
  config: DocumentConfigSettings,
  rule: (change: DocumentChange<D, E>) => ControlRecord<D, E> | undefined,
  newOwnerAccountId?: string,
): Promise<{ pageVersion: number; changed: boolean }> {
  const { page, stored, change } = await readDocumentChangeToAct(
    request,
    records,
    config,
    newOwnerAccountId,
  );
  const next = rule(change);
  if (next) await writeControlRecord(request, records, stored, next);
  return { pageVersion: page.version, changed: next !== undefined };
}

/**
 * Writes the page's document-control record as the person acting, then seals any approval it adds
 * in the app's chain (the authoritative seal, in app storage: written once the page holds what it
 * seals). Every write of a control record goes through here.
 */
export async function writeControlRecord<D extends ControlledDocument, E extends string>(
  request: DocumentActionRequest,
  records: ControlledDocumentRecords<D, E>,
  stored: StoredPageRecord<ControlRecord<D, E>> | undefined,
  next: ControlRecord<D, E>,
): Promise<void> {
  await records.control.write(request.confluence, request.pageId, stored, next);
  await sealNewApproval(records.ownerKind, request.pageId, stored?.record, next, request.now);
}

/**
 * An AIMS manager makes someone the document owner: kept in app storage (the authority), then
 * recorded in the document control's history with the current settings (`syncWithConfig`).
 */
export async function setDocumentOwner<D extends ControlledDocument, E extends string>(
  request: DocumentActionRequest,
  records: ControlledDocumentRecords<D, E>,
  config: DocumentConfigSettings,
  syncWithConfig: (change: DocumentChange<D, E>) => ControlRecord<D, E> | undefined,
  ownerAccountId: string,
): Promise<{ pageVersion: number; changed: boolean }> {
  await saveDocumentOwner(records.ownerKind, {
    pageId: request.pageId,
    ownerAccountId,
    setByAccountId: request.actorAccountId,
    setAt: request.now.toISOString(),
  });
  return changeDocumentControl(request, records, config, syncWithConfig, ownerAccountId);
}
