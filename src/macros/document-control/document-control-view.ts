/**
 * The document-control part of a controlled document's macro for one page version: identification,
 * owner, status, approval, the document review, the history up to that version and what the
 * viewer may do. The current version shows the owner (app storage) and the configuration as they
 * are now; old versions show what they had. Each macro adds its own content beside it.
 *
 * Read as the person looking (`reader`: their Jira for names, their role and page permission for
 * what they may do) — or, for an export, without a reader: only what the page stores, people as
 * account ids (the ADF mentions them) and no action offered.
 */
import { checkDocumentSeal } from './document-seal';
import { utcDate } from '../../domain/calendar';
import type {
  ControlledDocument,
  DocumentControlRules,
  DocumentVersionStatus,
} from '../../domain/document-control';
import { DOCUMENT_STATUS_NAMES, documentVersionStatus } from '../../domain/document-control';
import type { MacroWriteKey } from '../../domain/authorization';
import type { MacroWriterFacts } from '../../authorization/macro-write-guard';
import { readMacroWriterForView, viewWriteBlockers } from '../../authorization/macro-write-guard';
import type { PersonRef } from '../../jira/people';
import { readPeople } from '../../jira/people';
import type { ProductClient } from '../../jira/product-client';
import type { DocumentControlView } from '../../ui-contract/document-control-view';
import type {
  ControlledDocumentRecords,
  DocumentChangeFacts,
  DocumentConfigSettings,
} from './document-change-facts';
import { noOwnerYet, readDocumentChange } from './document-change-facts';

/** The person looking at the macro, and Jira as them. */
export interface DocumentReader {
  accountId: string;
  jira: ProductClient;
}

export interface DocumentControlViewRequest<D extends ControlledDocument, E extends string> {
  pageId: string;
  now: Date;
  confluence: ProductClient;
  records: ControlledDocumentRecords<D, E>;
  config: DocumentConfigSettings;
  rules: Pick<DocumentControlRules<D, E>, 'approvalBlockers'>;
  eventNames: Record<E, string>;
  /** The writes the view says the viewer may or may not make. */
  writes: { approve: MacroWriteKey; setOwner: MacroWriteKey };
  /** Undefined for an export: nobody is looking. */
  reader: DocumentReader | undefined;
  /** Page version being looked at; default the current one. */
  viewedVersion?: number | undefined;
  /** Other people the macro names, read in the same request. */
  otherPeople?: readonly string[];
}

export interface LoadedDocumentControl<D extends ControlledDocument, E extends string> {
  view: DocumentControlView;
  status: DocumentVersionStatus<D, E>;
  facts: DocumentChangeFacts<D, E>;
  /** A person by account id, as Jira shows them to the viewer (no name without a reader). */
  person: (accountId: string) => PersonRef;
  /** Who is looking, their roles and page permissions (undefined: an export, or not read). */
  writer: MacroWriterFacts | undefined;
}

export async function loadDocumentControlView<D extends ControlledDocument, E extends string>(
  request: DocumentControlViewRequest<D, E>,
): Promise<LoadedDocumentControl<D, E>> {
  const { config, reader } = request;
  const [facts, writer] = await Promise.all([
    readDocumentChange(
      { ...request, jira: reader?.jira },
      request.records,
      reader?.accountId ?? '',
      config,
    ),
    // An export has no reader, hence no writer: it offers no action.
    reader
      ? readMacroWriterForView({
          pageId: request.pageId,
          jira: reader.jira,
          confluence: request.confluence,
        })
      : Promise.resolve(undefined),
  ]);
  const { page, stored, change, owner } = facts;
  const status = documentVersionStatus(
    stored?.record,
    { viewed: request.viewedVersion ?? page.version, current: page.version },
    utcDate(request.now),
  );
  const entry = status.entry;
  const document = entry?.document;
  // The current version shows the owner and settings as they are now; old versions what they had.
  const ownerId = status.isCurrent ? owner?.ownerAccountId : document?.ownerAccountId;
  const history = (stored?.record.entries ?? []).filter(
    (e) => e.pageVersion <= status.viewedVersion,
  );
  const people = reader
    ? await readPeople(reader.jira, [
        ...(ownerId ? [ownerId] : []),
        ...(document?.approverAccountId ? [document.approverAccountId] : []),
        ...history.map((h) => h.byAccountId),
        ...(request.otherPeople ?? []),
      ])
    : new Map<string, PersonRef>();
  // No reader: no name (displayName ''); the export mentions the account instead.
  const person = (id: string): PersonRef =>
    people.get(id) ?? { accountId: id, displayName: reader ? id : '' };
  // The approve function's checks: role and page edit permission, then the document's own rules.
  const blockers = [
    ...viewWriteBlockers(writer, request.writes.approve),
    ...(owner ? [] : [noOwnerYet(request.records.title)]),
    ...request.rules.approvalBlockers(change),
  ].filter((b, i, all) => all.indexOf(b) === i);
  const seal = await checkDocumentSeal(
    request.records.ownerKind,
    page.id,
    stored?.record,
    page.version,
  );
  const view: DocumentControlView = {
    seal,
    page: {
      id: page.id,
      title: page.title,
      currentVersion: page.version,
      viewedVersion: status.viewedVersion,
      isCurrent: status.isCurrent,
    },
    documentReference: status.isCurrent
      ? config.documentReference
      : (entry?.documentReference ?? config.documentReference),
    owner: ownerId ? person(ownerId) : null,
    status: status.status,
    statusName: DOCUMENT_STATUS_NAMES[status.status],
    uncontrolled: entry === undefined,
    approval:
      document?.approverAccountId && document.approvedAt && document.approvedVersion
        ? {
            approver: person(document.approverAccountId),
            approvedAt: document.approvedAt,
            approvedVersion: document.approvedVersion,
          }
        : null,
    changedSinceApproval: status.changedSinceApproval,
    isApprovedVersion: status.isApprovedVersion,
    reviewIntervalMonths: status.isCurrent
      ? config.reviewIntervalMonths
      : (document?.reviewIntervalMonths ?? config.reviewIntervalMonths),
    review: status.review,
    history: history
      .slice()
      .reverse()
      .map((h) => ({
        pageVersion: h.pageVersion,
        event: h.event,
        eventName: request.eventNames[h.event],
        at: h.recordedAt,
        by: person(h.byAccountId),
      })),
    historyNotKept: stored?.record.entriesNotKept ?? 0,
    viewer: {
      accountId: reader?.accountId ?? '',
      isOwner: owner !== undefined && reader?.accountId === owner.ownerAccountId,
      setOwnerBlockers: viewWriteBlockers(writer, request.writes.setOwner),
      canApprove: reader !== undefined && status.isCurrent && blockers.length === 0,
      approveBlockers: blockers,
      managerGroup: change.actor.managerGroup,
    },
  };
  return { view, status, facts, person, writer };
}
