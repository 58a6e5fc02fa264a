/**
 * What the document control says about one page version: the metadata that version had, its
 * status, whether the page changed since the last approval, and whether a policy review is due.
 */
import type { PolicyStatus } from '../records';
import type { PolicyControlEntry, PolicyControlRecord } from './policy-control-record';
import { entryAtVersion } from './policy-control-record';
import type { PolicyReviewState } from './policy-review-dates';
import { policyReviewStateOn } from './policy-review-dates';

export interface PolicyVersionStatus {
  viewedVersion: number;
  currentVersion: number;
  isCurrent: boolean;
  /** The metadata in force at the viewed version; undefined when there was no control yet. */
  entry: PolicyControlEntry | undefined;
  status: PolicyStatus;
  /** The last approved page version as of the viewed version. */
  approvedVersion: number | undefined;
  /** The viewed version is later than the last approved version (an edit after approval). */
  changedSinceApproval: boolean;
  /** The viewed version is exactly the approved one. */
  isApprovedVersion: boolean;
  /** The policy review (A.2.4): its next date and whether it is due. */
  review: { nextReviewDate: string | undefined; state: PolicyReviewState; daysOverdue: number };
}

export function policyVersionStatus(
  record: PolicyControlRecord | undefined,
  versions: { viewed: number; current: number },
  today: string,
): PolicyVersionStatus {
  const viewed = Math.min(Math.max(1, versions.viewed), versions.current);
  const entry = record ? entryAtVersion(record, viewed) : undefined;
  const document = entry?.document;
  const approvedVersion = document?.approvedVersion;
  const status: PolicyStatus = document?.status ?? 'draft';
  const isCurrent = viewed === versions.current;
  const nextReviewDate = status === 'superseded' ? undefined : document?.nextReviewDate;
  return {
    viewedVersion: viewed,
    currentVersion: versions.current,
    isCurrent,
    entry,
    status,
    approvedVersion,
    changedSinceApproval: approvedVersion !== undefined && viewed > approvedVersion,
    isApprovedVersion: status === 'approved' && approvedVersion === viewed,
    review: isCurrent
      ? { nextReviewDate, ...policyReviewStateOn(nextReviewDate, today) }
      : { nextReviewDate, state: nextReviewDate ? 'scheduled' : 'none', daysOverdue: 0 },
  };
}
