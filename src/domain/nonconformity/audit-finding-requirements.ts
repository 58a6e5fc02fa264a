/**
 * What an Audit Finding must have before it moves on (clause 9.2 grading of the app): a finding
 * graded as a nonconformity is "Nonconformity raised" only with its Nonconformity linked, and is
 * closed only once that Nonconformity is closed. Observations and opportunities for improvement
 * are tracked and closed without one. Whatever its grade, a finding with a Nonconformity linked
 * (raised by the app or linked by hand) is "Nonconformity raised": its grade is then locked, and it
 * closes only once that Nonconformity is closed.
 */
import { appRule } from '../lifecycle/app-rule';
import { hasText } from '../lifecycle/has-text';
import { reasonsIn } from '../lifecycle/reason';
import type { Reason } from '../lifecycle/reason';
import type { FindingGrade } from '../records/audit-finding';
import { isNonconformityGrade } from '../records/audit-finding';

export interface AuditFindingFacts {
  grade: FindingGrade | null;
  /** Nonconformities linked to the finding with the 'raises' link type. */
  nonconformities: readonly { key: string; closed: boolean }[];
}

export type AuditFindingTransition = 'ncRaised' | 'close';

/**
 * What a finding's steps need, each a message key `auditFinding.<name>` (the name is the code but
 * where one code has two sentences).
 */
export const AUDIT_FINDING_MESSAGE_NAMES = [
  'grade-missing',
  'not-a-nonconformity',
  'nonconformity-missing',
  'nonconformity-missing-to-close',
  'nonconformity-open',
  'regrade-unchanged',
  'regrade-reason-missing',
  'regrade-orphans-nonconformity',
  'reopen-unlocks-grade',
  'reopen-without-nonconformity',
] as const;
type AuditFindingMessageName = (typeof AUDIT_FINDING_MESSAGE_NAMES)[number];

const reason = reasonsIn<AuditFindingMessageName>('auditFinding');

const openNonconformities = (facts: Pick<AuditFindingFacts, 'nonconformities'>) =>
  facts.nonconformities.filter((nc) => !nc.closed);

export function auditFindingRequirements(
  transition: AuditFindingTransition,
  facts: AuditFindingFacts,
): Reason[] {
  // A linked Nonconformity locks the finding, whatever its grade (or none): it rests on it, and
  // the finding closes once it is closed.
  if (facts.nonconformities.length > 0)
    return transition === 'close' ? nonconformitiesStillOpen(facts) : [];
  if (!facts.grade) {
    return [
      reason(
        'grade-missing',
        appRule(
          'Grade the finding: major or minor nonconformity, observation, or opportunity for improvement (the grades are our own; 9.2 asks that audit results are reported).',
        ),
      ),
    ];
  }
  const ncGrade = isNonconformityGrade(facts.grade);
  if (transition === 'ncRaised') {
    const reasons: Reason[] = [];
    if (!ncGrade) {
      reasons.push(
        reason(
          'not-a-nonconformity',
          appRule(
            'Only a finding graded as a major or minor nonconformity raises a Nonconformity; observations and opportunities for improvement are closed without one.',
          ),
        ),
      );
    } else {
      reasons.push(
        reason(
          'nonconformity-missing',
          'Link the Nonconformity this finding raises ("raises" link) first (10.2).',
        ),
      );
    }
    return reasons;
  }
  if (!ncGrade) return [];
  return [
    reason(
      'nonconformity-missing',
      'A finding graded as a nonconformity closes with its Nonconformity: link the Nonconformity it raises ("raises" link) (10.2).',
      {},
      'nonconformity-missing-to-close',
    ),
  ];
}

function nonconformitiesStillOpen(facts: Pick<AuditFindingFacts, 'nonconformities'>): Reason[] {
  const open = openNonconformities(facts);
  return open.length > 0
    ? [
        reason(
          'nonconformity-open',
          `Close the Nonconformity ${open.map((nc) => nc.key).join(', ')} first: the finding closes once its Nonconformity is closed as effective (10.2 d).`,
          { keys: open.map((nc) => nc.key).join(', ') },
        ),
      ]
    : [];
}

/** Re-grading a finding whose Nonconformity exists: the manager's step, as the transition sees it. */
export interface FindingRegrade {
  /** The grade before the transition. */
  from: FindingGrade | null;
  /** The grade chosen on the transition screen. */
  to: FindingGrade | null;
  /** Why (the transition's comment). */
  reason: string | null;
  nonconformities: readonly { key: string; closed: boolean }[];
}

/**
 * A finding's grade is locked once its Nonconformity exists (its status is read-only); a manager
 * re-grades it with a reason, and never so that an open Nonconformity loses the finding it rests on.
 */
export function findingRegradeRequirements(regrade: FindingRegrade): Reason[] {
  const reasons: Reason[] = [];
  if (!regrade.to || regrade.to === regrade.from) {
    reasons.push(
      reason('regrade-unchanged', 'Choose the new grade of the finding on the transition.'),
    );
  }
  if (!hasText(regrade.reason)) {
    reasons.push(
      reason(
        'regrade-reason-missing',
        appRule(
          'Say why the finding is re-graded: write the reason in the comment of the transition.',
        ),
      ),
    );
  }
  const open = openNonconformities(regrade);
  if (regrade.to && !isNonconformityGrade(regrade.to) && open.length > 0) {
    reasons.push(
      reason(
        'regrade-orphans-nonconformity',
        appRule(
          `The Nonconformity ${open.map((nc) => nc.key).join(', ')} this finding raised is still open: a finding graded as an observation or opportunity for improvement would leave it without its finding. Close the Nonconformity through 10.2 first (or keep a nonconformity grade).`,
        ),
        { keys: open.map((nc) => nc.key).join(', ') },
      ),
    );
  }
  return reasons;
}

export type FindingReopening = 'reopen' | 'reopenWithNonconformity';

/**
 * Reopening a closed finding lands where its grade stays locked while a Nonconformity is linked:
 * "Reopen finding" (back to Finding Open, grade editable) only without one, "Reopen finding with
 * its Nonconformity" (back to Nonconformity Raised, grade locked) only with one.
 */
export function findingReopeningRequirements(
  transition: FindingReopening,
  nonconformities: AuditFindingFacts['nonconformities'],
): Reason[] {
  const keys = nonconformities.map((nc) => nc.key).join(', ');
  if (transition === 'reopen' && nonconformities.length > 0)
    return [
      reason(
        'reopen-unlocks-grade',
        appRule(
          `The Nonconformity ${keys} is linked to this finding, so its grade stays locked: reopen it with "Reopen finding with its Nonconformity".`,
        ),
        { keys },
      ),
    ];
  if (transition === 'reopenWithNonconformity' && nonconformities.length === 0)
    return [
      reason(
        'reopen-without-nonconformity',
        'No Nonconformity is linked to this finding ("raises" link): reopen it with "Reopen finding".',
      ),
    ];
  return [];
}
