/**
 * Jira Nonconformity issue (+ its linked Corrective Actions) → the domain's NonconformityFacts and
 * 10.2 state. Used by the transition validator and the issue panel.
 */
import type { NonconformityFacts, NonconformityState } from '../../domain/nonconformity';
import type { AimsIssue } from '../aims-issue';
import type { AimsStatusKey } from '../aims-schema';
import type { AppConfig } from '../../storage/app-config';
import { linkedIssues } from '../aims-links';
import { isoDateTime } from './ai-risk-facts-reader';
import {
  accountIdOf,
  correctiveActionDecision,
  effectivenessVerdict,
  similarCheckAnswer,
  textOf,
  yesNo,
} from '../jira-option-values';
import {
  NC_CAUSE_FIELD_KEYS,
  NC_EFFECTIVENESS_FIELD_KEYS,
  NC_REACTION_FIELD_KEYS,
} from '../aims-schema';

/** The Nonconformity fields the 10.2 guards read (logical keys). */
export const NONCONFORMITY_FIELD_KEYS = [
  ...NC_REACTION_FIELD_KEYS,
  ...NC_CAUSE_FIELD_KEYS,
  ...NC_EFFECTIVENESS_FIELD_KEYS,
] as const;

/** A linked Corrective Action as the guards need it: done or not, and who implemented it (its assignee). */
export interface CorrectiveActionSnapshot {
  key: string;
  done: boolean;
  assigneeAccountId: string | null;
  /** Who implemented it, frozen when it was marked done (src/jira/facts/frozen-implementer.ts). */
  frozenImplementerAccountIds?: readonly string[];
  /** Jira's resolution date, when done. */
  completedAt?: string | null;
}

/** The implementers of an action: frozen at Done, and whoever is assigned now. */
function implementersOf(a: CorrectiveActionSnapshot): string[] {
  const ids = [...(a.frozenImplementerAccountIds ?? [])];
  if (a.assigneeAccountId) ids.push(a.assigneeAccountId);
  return [...new Set(ids)];
}

const NC_STATES: Partial<Record<AimsStatusKey, NonconformityState>> = {
  ncReact: 'react',
  ncCauseAnalysis: 'cause-analysis',
  ncImplementing: 'action',
  ncEffectivenessReview: 'effectiveness-review',
  ncClosed: 'closed',
};

/** The 10.2 state of a Nonconformity status (undefined for a status outside the workflow). */
export function nonconformityStateOf(
  statusKey: string | undefined,
): NonconformityState | undefined {
  return statusKey ? NC_STATES[statusKey as AimsStatusKey] : undefined;
}

/** The Corrective Actions linked to the Nonconformity ('corrects' links): id and key. */
export function correctiveActionRefsOf(
  nc: AimsIssue,
  config: AppConfig,
): { id: string; key: string }[] {
  return linkedIssues(nc, 'corrects', config.issueTypeNames.correctiveAction).map((l) => ({
    id: l.issue.id,
    key: l.issue.key,
  }));
}

/** Keys of the Corrective Actions linked to the Nonconformity ('corrects' links). */
export function correctiveActionKeysOf(nc: AimsIssue, config: AppConfig): string[] {
  return correctiveActionRefsOf(nc, config).map((r) => r.key);
}

/** The nonconformities this one "is a recurrence of" (outward "AIMS Recurrence" links). */
export function recurrenceOf(nc: AimsIssue): string[] {
  return linkedIssues(nc, 'recurs')
    .filter((l) => l.direction === 'outward')
    .map((l) => l.issue.key);
}

/**
 * The facts of a Nonconformity. `actions` are its linked Corrective Actions as loaded (status,
 * assignee, frozen implementer); `lastIneffectiveReviewAt` from the loops record the post function
 * keeps (nonconformity-records.ts). The 10.2 e) change is the "AIMS change
 * reference" field, or else an issue linked with the app's "AIMS Change" link type.
 */
export function nonconformityFacts(
  nc: AimsIssue,
  actions: readonly CorrectiveActionSnapshot[],
  lastIneffectiveReviewAt: string | null = null,
): NonconformityFacts {
  const v = nc.values;
  const similar = similarCheckAnswer(v.similarCheck);
  return {
    correction: textOf(v.correction),
    consequences: textOf(v.consequences),
    causes: textOf(v.rootCause),
    similarCheck: similar
      ? { answered: true, answer: similar, notes: textOf(v.similarNotes) }
      : null,
    recurrenceOf: recurrenceOf(nc),
    correctiveActionDecision: correctiveActionDecision(v.caDecision),
    decisionRationale: textOf(v.caDecisionRationale),
    correctiveActions: actions.map((a) => ({
      key: a.key,
      done: a.done,
      implementerAccountIds: implementersOf(a),
      completedAt: isoDateTime(a.completedAt ?? null) ?? null,
    })),
    lastIneffectiveReviewAt: isoDateTime(lastIneffectiveReviewAt) ?? null,
    verdict: effectivenessVerdict(v.verdict),
    evidence: textOf(v.effectivenessEvidence),
    reviewerAccountId: accountIdOf(v.effectivenessReviewer),
    aimsChangeNeeded: yesNo(v.aimsChangeNeeded),
    aimsChangeLink:
      textOf(v.aimsChangeLink) ?? linkedIssues(nc, 'changesAims')[0]?.issue.key ?? null,
  };
}
