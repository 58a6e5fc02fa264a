/**
 * What every document-control rule starts from, read as the person looking or acting: the page
 * as Confluence reports it now, the stored document control, and whether they are an AIMS manager.
 */
import type {
  ControlRecord,
  ControlledDocument,
  DocumentChange,
  DocumentControlSettings,
} from '../../domain/document-control';
import type { PageRecordStore, StoredPageRecord } from '../../confluence/page-record-store';
import type { ConfluencePage } from '../../confluence/pages';
import { readPage } from '../../confluence/pages';
import { viewerIsInGroup } from '../../jira/people';
import type { ProductClient } from '../../jira/product-client';
import { loadAppConfig } from '../../storage/app-config';

/** A controlled page and the person looking at it or acting on it. */
export interface DocumentRequest {
  pageId: string;
  now: Date;
  confluence: ProductClient;
  jira: ProductClient;
}

/** A change asked for in a controlled document's macro: its saved configuration and who asks. */
export interface DocumentActionRequest extends DocumentRequest {
  rawConfig: unknown;
  actorAccountId: string;
}

export interface DocumentChangeFacts<D extends ControlledDocument, E extends string> {
  page: ConfluencePage;
  stored: StoredPageRecord<ControlRecord<D, E>> | undefined;
  /** The input of the rules (src/domain/document-control) for this person, now. */
  change: DocumentChange<D, E>;
}

export async function readDocumentChange<D extends ControlledDocument, E extends string>(
  request: DocumentRequest,
  store: PageRecordStore<ControlRecord<D, E>>,
  actorAccountId: string,
  config: DocumentControlSettings,
): Promise<DocumentChangeFacts<D, E>> {
  const { managerGroup } = await loadAppConfig();
  const [page, stored, isManager] = await Promise.all([
    readPage(request.confluence, request.pageId),
    store.read(request.confluence, request.pageId),
    viewerIsInGroup(request.jira, managerGroup),
  ]);
  const actor = { accountId: actorAccountId, isManager, managerGroup };
  return {
    page,
    stored,
    change: { record: stored?.record, config, page, actor, now: request.now },
  };
}

/**
 * Runs one rule as the person acting: reads the page and the record as them, applies `rule`
 * (undefined: nothing to write), writes the record back as them. Returns the page version the
 * change was recorded at.
 */
export async function changeDocumentControl<D extends ControlledDocument, E extends string>(
  request: DocumentRequest & { actorAccountId: string },
  store: PageRecordStore<ControlRecord<D, E>>,
  config: DocumentControlSettings,
  rule: (change: DocumentChange<D, E>) => ControlRecord<D, E> | undefined,
): Promise<{ pageVersion: number; changed: boolean }> {
  const { page, stored, change } = await readDocumentChange(
    request,
    store,
    request.actorAccountId,
    config,
  );
  const next = rule(change);
  if (next) await store.write(request.confluence, request.pageId, stored, next);
  return { pageVersion: page.version, changed: next !== undefined };
}
