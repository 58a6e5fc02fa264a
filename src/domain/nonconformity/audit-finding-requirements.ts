/**
 * What an Audit Finding must have before it moves on (clause 9.2 grading of the app): a finding
 * graded as a nonconformity is "Nonconformity raised" only with its Nonconformity linked, and is
 * closed only once that Nonconformity is closed. Observations and opportunities for improvement
 * are tracked and closed without one.
 */
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
        'Grade the finding: major or minor nonconformity, observation, or opportunity for improvement (9.2).',
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
          'Only a finding graded as a major or minor nonconformity raises a Nonconformity; observations and opportunities for improvement are closed without one (9.2).',
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
