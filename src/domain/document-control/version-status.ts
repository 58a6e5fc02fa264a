/**
 * What the document control says about one page version: the metadata that version had, its
 * status, whether the document changed since the last approval (a later page version, or content
 * kept beside the page that is no longer the approved content), and whether a review is due.
 */
import type { ControlledDocument, DocumentStatus } from './controlled-document';
import type { ControlEntry, ControlRecord } from './control-record';
import { entryAtVersion } from './control-record';
import type { DocumentReviewState } from './document-review-dates';
import { documentReviewStateOn } from './document-review-dates';

export interface DocumentVersionStatus<D extends ControlledDocument, E extends string> {
  viewedVersion: number;
  currentVersion: number;
  isCurrent: boolean;
  /** The metadata in force at the viewed version; undefined when there was no control yet. */
  entry: ControlEntry<D, E> | undefined;
  status: DocumentStatus;
  /** The last approved page version as of the viewed version. */
  approvedVersion: number | undefined;
  /** The viewed version is later than the last approved one, or its content is not the approved. */
  changedSinceApproval: boolean;
  /** The viewed version is exactly the approved one. */
  isApprovedVersion: boolean;
  /** The document review: its next date and whether it is due. */
  review: { nextReviewDate: string | undefined; state: DocumentReviewState; daysOverdue: number };
}

export function documentVersionStatus<D extends ControlledDocument, E extends string>(
  record: ControlRecord<D, E> | undefined,
  versions: { viewed: number; current: number },
  today: string,
): DocumentVersionStatus<D, E> {
  const viewed = Math.min(Math.max(1, versions.viewed), versions.current);
  const entry = record ? entryAtVersion(record, viewed) : undefined;
  const document = entry?.document;
  const approvedVersion = document?.approvedVersion;
  const status: DocumentStatus = document?.status ?? 'draft';
  const isCurrent = viewed === versions.current;
  const nextReviewDate = status === 'superseded' ? undefined : document?.nextReviewDate;
  const contentChanged =
    document?.approvedContentHash !== undefined &&
    document.approvedContentHash !== document.contentHash;
  return {
    viewedVersion: viewed,
    currentVersion: versions.current,
    isCurrent,
    entry,
    status,
    approvedVersion,
    changedSinceApproval:
      approvedVersion !== undefined && (viewed > approvedVersion || contentChanged),
    isApprovedVersion: status === 'approved' && approvedVersion === viewed && !contentChanged,
    review: isCurrent
      ? { nextReviewDate, ...documentReviewStateOn(nextReviewDate, today) }
      : { nextReviewDate, state: nextReviewDate ? 'scheduled' : 'none', daysOverdue: 0 },
  };
}
