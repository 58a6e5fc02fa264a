/**
 * The document-control rules of the AI policy (5.2, 7.5.2, 7.5.3): who may change what, and
 * what an approval binds to. Pure: each rule takes the stored record and the facts read from
 * Confluence/Jira, and returns the new record or throws a Refusal in plain words.
 *
 * Decisions (docs in docs/decisions are the lead's; summary here):
 * - Only the document owner ticks the clause 5.2 checklist and asks for approval.
 * - Approval is by a member of the AIMS manager group who is NOT the owner and did not write the
 *   page version being approved: 7.5.2 asks for review and approval for suitability and
 *   adequacy, and auditors expect the author not to approve their own document (segregation of
 *   duties). The owner is set by an AIMS manager and kept in app storage, not in the macro's
 *   configuration.
 * - An approval binds to the page version read from Confluence at approval time, and only if
 *   that is the version the approver was looking at.
 * - Changing the checklist of an approved document reopens it (status draft); the last
 *   approval stays on record until the next one.
 */
import {
  POLICY_ELEMENTS,
  POLICY_ELEMENT_NAMES,
  policyDocumentSchema,
  policyElementCheckSchema,
  uncoveredPolicyElements,
} from '../records';
import type { PolicyDocumentRecord, PolicyElementCheck } from '../records';
import { addMonths, utcDate } from '../calendar';
import { Refusal } from '../refusal';
import type { PolicyControlEvent, PolicyControlRecord } from './policy-control-record';
import { appendEntry, currentEntry } from './policy-control-record';

/** The AI Policy macro's settings the rules read (its configuration carries these). */
export interface PolicyControlSettings {
  /** The organization's document reference, e.g. `AIMS-POL-001`. */
  documentReference: string;
  ownerAccountId: string;
  /** Months between policy reviews. */
  reviewIntervalMonths: number;
}

export interface PolicyPageFacts {
  id: string;
  title: string;
  /** The page's current version number, as Confluence reports it now. */
  version: number;
  /** Who wrote that version, as Confluence reports it (undefined when it does not say). */
  versionAuthorId?: string | undefined;
}

export interface PolicyActor {
  accountId: string;
  /** Member of the AIMS manager group (who may approve). */
  isManager: boolean;
  managerGroup: string;
}

interface Change {
  record: PolicyControlRecord | undefined;
  config: PolicyControlSettings;
  page: PolicyPageFacts;
  actor: PolicyActor;
  now: Date;
}

function baseDocument({ record, config, page }: Change): PolicyDocumentRecord {
  const previous = record ? currentEntry(record).document : undefined;
  return {
    ...(previous ?? { status: 'draft', elements: [] }),
    documentId: page.id,
    title: page.title.slice(0, 255),
    ownerAccountId: config.ownerAccountId,
    reviewIntervalMonths: config.reviewIntervalMonths,
  };
}

function record(
  change: Change,
  event: PolicyControlEvent,
  document: PolicyDocumentRecord,
): PolicyControlRecord {
  const parsed = policyDocumentSchema.safeParse(document);
  if (!parsed.success) {
    throw new Refusal(
      'The document control would not be valid.',
      parsed.error.issues.map((i) => i.message),
    );
  }
  return appendEntry(change.record, {
    pageVersion: change.page.version,
    recordedAt: change.now.toISOString(),
    byAccountId: change.actor.accountId,
    event,
    documentReference: change.config.documentReference,
    document: parsed.data,
  });
}

function sameMetadata(a: PolicyDocumentRecord, b: PolicyDocumentRecord): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Starts the record, or brings it in line with a changed configuration (owner, interval,
 * reference) and page title. Returns undefined when nothing changed (nothing to write).
 */
export function syncWithConfig(change: Change): PolicyControlRecord | undefined {
  const document = baseDocument(change);
  const previous = change.record ? currentEntry(change.record) : undefined;
  if (document.approvedAt && document.status !== 'superseded') {
    document.nextReviewDate = addMonths(
      document.approvedAt.slice(0, 10),
      document.reviewIntervalMonths,
    );
  }
  if (
    previous &&
    previous.documentReference === change.config.documentReference &&
    sameMetadata(previous.document, document)
  ) {
    return undefined;
  }
  return record(change, 'configured', document);
}

/** The owner ticks the clause 5.2 checklist, saying where the page covers each element. */
export function setChecklist(
  change: Change,
  checks: readonly PolicyElementCheck[],
): PolicyControlRecord {
  if (change.actor.accountId !== change.config.ownerAccountId) {
    throw new Refusal('Only the document owner can tick the clause 5.2 checklist.');
  }
  const parsed = checks.map((c) => policyElementCheckSchema.safeParse(c));
  const problems = parsed.flatMap((p) => (p.success ? [] : p.error.issues.map((i) => i.message)));
  if (problems.length > 0) throw new Refusal('The checklist is not complete.', problems);
  const elements = POLICY_ELEMENTS.map(
    (element) => checks.find((c) => c.element === element) ?? { element, covered: false },
  );
  const document = baseDocument(change);
  if (document.status === 'superseded') {
    throw new Refusal('This policy is superseded; its checklist can no longer change.');
  }
  const changed = JSON.stringify(document.elements) !== JSON.stringify(elements);
  document.elements = elements;
  if (changed && document.status !== 'draft') document.status = 'draft';
  return record(change, 'checklist', document);
}

function requireAllCovered(document: PolicyDocumentRecord, what: string): void {
  const uncovered = uncoveredPolicyElements(document.elements);
  if (uncovered.length > 0) {
    throw new Refusal(
      `${what}: the policy must cover every element of clause 5.2 first.`,
      uncovered.map((e) => `Not yet covered: it ${POLICY_ELEMENT_NAMES[e]}`),
    );
  }
}

/** The owner asks for approval once the checklist is complete. */
export function requestApproval(change: Change): PolicyControlRecord {
  if (change.actor.accountId !== change.config.ownerAccountId) {
    throw new Refusal('Only the document owner can ask for approval.');
  }
  const document = baseDocument(change);
  if (document.status === 'superseded') throw new Refusal('This policy is superseded.');
  if (document.status === 'in-review') throw new Refusal('Approval has already been requested.');
  requireAllCovered(document, 'Approval cannot be requested yet');
  document.status = 'in-review';
  return record(change, 'review-requested', document);
}

/** Why the actor may not approve the current page version (empty when they may). */
export function approvalBlockers(change: Change): string[] {
  const document = baseDocument(change);
  const blockers: string[] = [];
  if (change.actor.accountId === change.config.ownerAccountId) {
    blockers.push(
      'The document owner cannot approve their own policy; another manager must approve it.',
    );
  }
  if (!change.actor.isManager) {
    blockers.push(
      `Only members of the group ${change.actor.managerGroup} can approve the AI policy.`,
    );
  }
  if (change.page.versionAuthorId === change.actor.accountId) {
    blockers.push(
      `You wrote version ${change.page.version} of this page; someone who did not write it must approve it (the app's rule: nobody approves their own text).`,
    );
  }
  if (document.status === 'superseded') blockers.push('This policy is superseded.');
  if (document.status === 'approved' && document.approvedVersion === change.page.version) {
    blockers.push(`Version ${change.page.version} is already approved.`);
  }
  for (const e of uncoveredPolicyElements(document.elements)) {
    blockers.push(`The owner has not yet marked where the policy ${POLICY_ELEMENT_NAMES[e]}.`);
  }
  return blockers;
}

/**
 * Approves the page version the approver reviewed. `reviewedVersion` is the version shown to
 * them; `change.page.version` is read from Confluence now. They must match.
 */
export function approve(change: Change, reviewedVersion: number): PolicyControlRecord {
  if (reviewedVersion !== change.page.version) {
    throw new Refusal(
      `The page changed while you were reviewing it: version ${change.page.version} is now current, you reviewed version ${reviewedVersion}. Review the current version and approve again.`,
    );
  }
  const blockers = approvalBlockers(change);
  if (blockers.length > 0) throw new Refusal('This version cannot be approved.', blockers);
  const document = baseDocument(change);
  const approvedAt = change.now.toISOString();
  document.status = 'approved';
  document.approverAccountId = change.actor.accountId;
  document.approvedAt = approvedAt;
  document.approvedVersion = change.page.version;
  document.nextReviewDate = addMonths(utcDate(change.now), document.reviewIntervalMonths);
  return record(change, 'approved', document);
}

/** A manager or the owner retires the policy (a new policy replaces it); reviews stop. */
export function supersede(change: Change): PolicyControlRecord {
  if (!change.actor.isManager && change.actor.accountId !== change.config.ownerAccountId) {
    throw new Refusal(
      'Only the document owner or an AIMS manager can mark the policy as superseded.',
    );
  }
  const document = baseDocument(change);
  if (document.status === 'superseded') throw new Refusal('This policy is already superseded.');
  document.status = 'superseded';
  return record(change, 'superseded', document);
}

export type PolicyChange = Change;
