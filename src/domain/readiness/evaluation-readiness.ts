/**
 * The readiness of performance evaluation and improvement (clauses 9–10): open nonconformities
 * (10.2), the internal audit programme's coverage of the cycle (9.2.2), the last management
 * review held and its actions (9.3), and findings of the external (certification) audit.
 */
import type { ReadinessJudgement } from './readiness-verdict';
import { attention, fail, pass, plural } from './readiness-verdict';

/** An open nonconformity older than this many days needs attention. */
export const NONCONFORMITY_ATTENTION_DAYS = 90;
/** A management review held longer ago than this many days is not the last one of the cycle. */
export const REVIEW_MAX_AGE_DAYS = 366;

export interface NonconformityFacts {
  open: number;
  /** Open findings graded major nonconformity. */
  openMajor: number;
  /** Open nonconformities created NONCONFORMITY_ATTENTION_DAYS or more days ago. */
  olderThanLimit: number;
  /** Open corrective actions past their due date. */
  lateCorrectiveActions: number;
}

export function nonconformityReadiness(facts: NonconformityFacts): ReadinessJudgement {
  if (facts.openMajor > 0)
    return fail(
      `${plural(facts.openMajor, 'major nonconformity is', 'major nonconformities are')} open: certification waits until ${facts.openMajor === 1 ? 'it is' : 'they are'} closed (10.2).`,
    );
  const concerns = [
    facts.olderThanLimit > 0
      ? `${plural(facts.olderThanLimit, 'nonconformity is', 'nonconformities are')} open for ${NONCONFORMITY_ATTENTION_DAYS} days or more`
      : '',
    facts.lateCorrectiveActions > 0
      ? `${plural(facts.lateCorrectiveActions, 'corrective action is', 'corrective actions are')} late`
      : '',
  ].filter(Boolean);
  if (concerns.length > 0) return attention(`${concerns.join('; ')}.`);
  if (facts.open > 0)
    return pass(
      `${plural(facts.open, 'nonconformity is', 'nonconformities are')} open, none major, none old, no corrective action late.`,
    );
  return pass('No nonconformity is open.');
}

export interface AuditCoverageFacts {
  /** The audit programme is not set up in this project yet. */
  programme: boolean;
  requirements: number;
  audited: number;
  plannedOnly: number;
  notCovered: number;
}

export function auditCoverageReadiness(facts: AuditCoverageFacts): ReadinessJudgement {
  if (!facts.programme) return fail('The internal audit programme is not set up (9.2.2).');
  if (facts.audited === 0)
    return fail('No internal audit of the cycle is done: nothing is audited yet (9.2).');
  if (facts.notCovered > 0 || facts.plannedOnly > 0)
    return attention(
      `${facts.audited} of ${facts.requirements} clauses and controls audited; ${facts.plannedOnly} only planned, ${facts.notCovered} not covered by any audit of the cycle.`,
    );
  return pass(`All ${facts.requirements} clauses and controls were audited in the cycle.`);
}

export type ManagementReviewFacts =
  | { state: 'no-page' | 'unreadable' | 'not-held' | 'altered' }
  | {
      state: 'held';
      heldOn: string;
      daysAgo: number;
      /** The record's seal: intact (verified or page edited since), or tampered / missing. */
      sealIntact: boolean;
      openActions: number;
      overdueActions: number;
    };

export function managementReviewReadiness(facts: ManagementReviewFacts): ReadinessJudgement {
  switch (facts.state) {
    case 'no-page':
      return fail('No management review page is named in this report’s settings.');
    case 'unreadable':
      return attention('You cannot read the management review page.');
    case 'not-held':
      return fail('The management review named here is not held yet (9.3).');
    case 'altered':
      return fail('The record of the held management review was changed: do not rely on it.');
    case 'held': {
      if (!facts.sealIntact)
        return fail(
          `The management review of ${facts.heldOn} fails its seal check: do not rely on it.`,
        );
      if (facts.daysAgo > REVIEW_MAX_AGE_DAYS)
        return attention(
          `The last management review was held on ${facts.heldOn}, more than a year ago.`,
        );
      if (facts.overdueActions > 0)
        return attention(
          `The management review was held on ${facts.heldOn}; ${plural(facts.overdueActions, 'of its actions is', 'of its actions are')} overdue.`,
        );
      return pass(
        `The management review was held on ${facts.heldOn}; ${plural(facts.openActions, 'action is', 'actions are')} open, none overdue.`,
      );
    }
  }
}

export interface ExternalFindingFacts {
  imported: number;
  openMajor: number;
  open: number;
}

export function externalFindingsReadiness(facts: ExternalFindingFacts): ReadinessJudgement {
  if (facts.imported === 0) return pass('No external audit finding is imported.');
  if (facts.openMajor > 0)
    return fail(
      `${plural(facts.openMajor, 'major nonconformity', 'major nonconformities')} of the external audit ${facts.openMajor === 1 ? 'is' : 'are'} open.`,
    );
  if (facts.open > 0)
    return attention(
      `${plural(facts.open, 'external audit finding is', 'external audit findings are')} open.`,
    );
  return pass(
    `All ${plural(facts.imported, 'external audit finding', 'external audit findings')} are closed.`,
  );
}
