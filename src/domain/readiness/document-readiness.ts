/**
 * The readiness of the documents an auditor asks for first (Stage 1): the scope (4.3), the AI
 * policy and the awareness of it (5.2, 7.3) and the approved Statement of Applicability (6.1.3 d).
 */
import type { DocumentStatus } from '../document-control';
import type { DocumentReviewState } from '../document-control/document-review-dates';
import type { SealStatusState } from '../integrity/seal-wording';
import { sharePercent } from '../overview/share';
import type { ReadinessJudgement } from './readiness-verdict';
import { attention, fail, pass, plural } from './readiness-verdict';

/** The share of the members group that acknowledged the policy in force for "pass". */
export const ACKNOWLEDGEMENT_TARGET_PERCENT = 80;

/** A controlled document (the scope) as the viewer can read it. */
export type ControlledDocumentFacts =
  | { state: 'no-page' }
  | { state: 'unreadable' }
  | {
      state: 'read';
      status: DocumentStatus;
      approvedVersion: number | null;
      changedSinceApproval: boolean;
      review: DocumentReviewState;
    };

export function scopeReadiness(facts: ControlledDocumentFacts): ReadinessJudgement {
  if (facts.state === 'no-page')
    return fail('No page holds the AIMS scope and context (4.3) for this project.');
  if (facts.state === 'unreadable')
    return attention('The scope page exists, but you cannot read it: ask for access to check it.');
  const { status, approvedVersion, changedSinceApproval, review } = facts;
  if (status !== 'approved' || approvedVersion === null) {
    if (status === 'in-review')
      return attention(
        approvedVersion === null
          ? 'The scope is in review and not approved yet.'
          : `A revision of the scope is in review; page version ${approvedVersion} was the last approved.`,
      );
    return fail(
      `The scope is ${status === 'draft' ? 'a draft' : status}${approvedVersion === null ? ': it was never approved' : ''}.`,
    );
  }
  if (changedSinceApproval)
    return attention(
      `The scope was approved at page version ${approvedVersion} and changed since: approve the current version.`,
    );
  if (review === 'overdue' || review === 'due')
    return attention(
      `The scope (version ${approvedVersion}) is approved; its review is ${review}.`,
    );
  return pass(`The scope is approved (page version ${approvedVersion}).`);
}

export interface PolicyFacts {
  /** Registered AI policy pages the viewer can read, with the approved version in force. */
  policies: readonly { version: number | null; acknowledged: number }[];
  unreadablePages: number;
  /** The members group's size as Jira shows it to the viewer (null: unknown). */
  groupSize: number | null;
}

export function policyReadiness(facts: PolicyFacts): ReadinessJudgement {
  const inForce = facts.policies.filter((p) => p.version !== null);
  if (inForce.length === 0) {
    return facts.unreadablePages > 0
      ? attention(
          `No AI policy you can read has an approved version in force (${plural(facts.unreadablePages, 'page', 'pages')} you cannot read).`,
        )
      : fail('No AI policy has an approved version in force (5.2).');
  }
  if (facts.groupSize === null)
    return attention(
      'An approved AI policy is in force; the size of the members group is not known to you, so the acknowledgement share cannot be measured.',
    );
  const least = Math.min(
    ...inForce.map((p) => sharePercent(p.acknowledged, facts.groupSize ?? 0) ?? 0),
  );
  if (least < ACKNOWLEDGEMENT_TARGET_PERCENT)
    return attention(
      `An approved AI policy is in force, but only ${least}% of the members acknowledged it (target ${ACKNOWLEDGEMENT_TARGET_PERCENT}%, 7.3).`,
    );
  return pass(
    `An approved AI policy is in force and ${least}% of the members acknowledged it (7.3).`,
  );
}

export type SoaApprovalFacts =
  | { state: 'no-page' | 'unreadable' | 'none' | 'tampered' | 'invalid' }
  | { state: 'approved'; approvedOn: string; seal: SealStatusState | null };

export function soaReadiness(facts: SoaApprovalFacts): ReadinessJudgement {
  switch (facts.state) {
    case 'no-page':
      return fail('No Statement of Applicability page is named in this report’s settings.');
    case 'unreadable':
      return attention('You cannot read the Statement of Applicability page.');
    case 'none':
      return fail('The Statement of Applicability was never approved (6.1.3 d).');
    case 'tampered':
    case 'invalid':
      return fail('The stored SoA approval does not match its hash: do not rely on it.');
    case 'approved':
      if (facts.seal === 'verified' || facts.seal === null)
        return facts.seal === 'verified'
          ? pass(`The SoA was approved on ${facts.approvedOn}; its seal is verified.`)
          : attention(`The SoA was approved on ${facts.approvedOn}, but it carries no seal.`);
      if (facts.seal === 'changed')
        return attention(
          `The SoA was approved on ${facts.approvedOn}; the page was edited since: approve it again.`,
        );
      return fail(
        `The SoA approval of ${facts.approvedOn} fails its seal check: do not rely on it.`,
      );
  }
}
