/**
 * The document-control part of a controlled document's macro for one page version, read as the
 * viewer: identification, owner, status, approval, the document review, the history up to that
 * version and what the viewer may do. The current version shows the configuration as saved now;
 * old versions show what they had. Each macro adds its own content beside it.
 */
import { utcDate } from '../../domain/calendar';
import type {
  ControlledDocument,
  DocumentControlRules,
  DocumentControlSettings,
  DocumentVersionStatus,
} from '../../domain/document-control';
import { DOCUMENT_STATUS_NAMES, documentVersionStatus } from '../../domain/document-control';
import type { PersonRef } from '../../jira/people';
import { readPeople } from '../../jira/people';
import type { DocumentControlView } from '../../ui-contract/document-control-view';
import type { DocumentChangeFacts } from './document-change-facts';

export interface DocumentControlViewRequest<D extends ControlledDocument, E extends string> {
  facts: DocumentChangeFacts<D, E>;
  config: DocumentControlSettings;
  rules: Pick<DocumentControlRules<D, E>, 'approvalBlockers'>;
  eventNames: Record<E, string>;
  viewerAccountId: string;
  /** Page version being looked at; default the current one. */
  viewedVersion?: number | undefined;
  now: Date;
  jira: Parameters<typeof readPeople>[0];
  /** Other people the macro names, read in the same request. */
  otherPeople?: readonly string[];
}

export interface LoadedDocumentControl<D extends ControlledDocument, E extends string> {
  view: DocumentControlView;
  status: DocumentVersionStatus<D, E>;
  /** A person by account id, as Jira shows them to the viewer. */
  person: (accountId: string) => PersonRef;
}

export async function loadDocumentControlView<D extends ControlledDocument, E extends string>(
  request: DocumentControlViewRequest<D, E>,
): Promise<LoadedDocumentControl<D, E>> {
  const { facts, config } = request;
  const { page, stored, change } = facts;
  const status = documentVersionStatus(
    stored?.record,
    { viewed: request.viewedVersion ?? page.version, current: page.version },
    utcDate(request.now),
  );
  const entry = status.entry;
  const document = entry?.document;
  const ownerId = status.isCurrent
    ? config.ownerAccountId
    : (document?.ownerAccountId ?? config.ownerAccountId);
  const history = (stored?.record.entries ?? []).filter(
    (e) => e.pageVersion <= status.viewedVersion,
  );
  const people = await readPeople(request.jira, [
    ownerId,
    ...(document?.approverAccountId ? [document.approverAccountId] : []),
    ...history.map((h) => h.byAccountId),
    ...(request.otherPeople ?? []),
  ]);
  const person = (id: string): PersonRef => people.get(id) ?? { accountId: id, displayName: id };
  const blockers = request.rules.approvalBlockers(change);
  const view: DocumentControlView = {
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
    owner: person(ownerId),
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
    viewer: {
      accountId: request.viewerAccountId,
      isOwner: request.viewerAccountId === config.ownerAccountId,
      canApprove: status.isCurrent && blockers.length === 0,
      approveBlockers: blockers,
      managerGroup: change.actor.managerGroup,
    },
  };
  return { view, status, person };
}
