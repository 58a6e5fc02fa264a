import type { CorrectiveActionRecord } from '../records/corrective-action';
import type { NonconformityRecord } from '../records/nonconformity';
import type { LinkedCorrectiveAction, NonconformityFacts } from './nonconformity-facts';

/** A linked Corrective Action as read from Jira: the record, and who implemented it if known. */
export interface LinkedCorrectiveActionRecord {
  readonly record: Pick<CorrectiveActionRecord, 'key' | 'status' | 'assigneeAccountId'>;
  /** Who implemented it; defaults to the assignee (the record's implementer). */
  readonly implementerAccountIds?: readonly string[];
}

/**
 * The 10.2 guards' view of a Nonconformity record (src/domain/records) and its linked
 * Corrective Actions. Actions without an issue key yet are named "(unsaved)".
 */
export function nonconformityFactsFromRecords(
  nc: Partial<NonconformityRecord>,
  actions: readonly LinkedCorrectiveActionRecord[],
): NonconformityFacts {
  return {
    correction: nc.correction ?? null,
    consequences: nc.consequences ?? null,
    causes: nc.causes ?? null,
    similarCheck: nc.similarCheck
      ? { answered: true, notes: nc.similarCheck.notes }
      : { answered: false, notes: null },
    correctiveActionDecision: nc.correctiveActionDecision?.decision ?? null,
    decisionRationale: nc.correctiveActionDecision?.rationale ?? null,
    correctiveActions: actions.map(({ record, implementerAccountIds }): LinkedCorrectiveAction => ({
      key: record.key ?? '(unsaved)',
      done: record.status === 'done',
      cancelled: record.status === 'cancelled',
      implementerAccountIds: implementerAccountIds ?? [record.assigneeAccountId],
    })),
    verdict: nc.effectivenessVerdict ?? null,
    evidence: nc.effectivenessEvidence ?? [],
    reviewerAccountId: nc.effectivenessReviewerAccountId ?? null,
    aimsChangeNeeded: nc.aimsChangeNeeded ?? null,
    aimsChangeLink: nc.aimsChangeLink ?? null,
  };
}
