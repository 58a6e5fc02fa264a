/**
 * What an Audit Finding must have before it moves on (clause 9.2 grading of the app): a finding
 * graded as a nonconformity is "Nonconformity raised" only with its Nonconformity linked, and is
 * closed only once that Nonconformity is closed. Observations and opportunities for improvement
 * are tracked and closed without one.
 */
import { appRule } from '../lifecycle/app-rule';
import { hasText } from '../lifecycle/has-text';
import type { Reason } from '../lifecycle/reason';
import type { FindingGrade } from '../records/audit-finding';
import { isNonconformityGrade } from '../records/audit-finding';

export interface AuditFindingFacts {
  grade: FindingGrade | null;
  /** Nonconformities linked to the finding with the 'raises' link type. */
  nonconformities: readonly { key: string; closed: boolean }[];
}

export type AuditFindingTransition = 'ncRaised' | 'close';

const reason = (code: string, message: string): Reason => ({ code, message });

export function auditFindingRequirements(
  transition: AuditFindingTransition,
  facts: AuditFindingFacts,
): Reason[] {
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
    } else if (facts.nonconformities.length === 0) {
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
  if (facts.nonconformities.length === 0) {
    return [
      reason(
        'nonconformity-missing',
        'A finding graded as a nonconformity closes with its Nonconformity: link the Nonconformity it raises ("raises" link) (10.2).',
      ),
    ];
  }
  const open = facts.nonconformities.filter((nc) => !nc.closed);
  return open.length > 0
    ? [
        reason(
          'nonconformity-open',
          `Close the Nonconformity ${open.map((nc) => nc.key).join(', ')} first: the finding closes once its Nonconformity is closed as effective (10.2 d).`,
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
  const open = regrade.nonconformities.filter((nc) => !nc.closed);
  if (regrade.to && !isNonconformityGrade(regrade.to) && open.length > 0) {
    reasons.push(
      reason(
        'regrade-orphans-nonconformity',
        appRule(
          `The Nonconformity ${open.map((nc) => nc.key).join(', ')} this finding raised is still open: a finding graded as an observation or opportunity for improvement would leave it without its finding. Close the Nonconformity through 10.2 first (or keep a nonconformity grade).`,
        ),
      ),
    );
  }
  return reasons;
}
