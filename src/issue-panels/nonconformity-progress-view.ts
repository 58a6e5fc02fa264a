import type {
  NonconformityFacts,
  NonconformityReason,
  NonconformityStepLetter,
} from '../domain/nonconformity';
import { evaluateTransition, stepProgress } from '../domain/nonconformity';
import type { AimsIssue } from '../jira/aims-issue';
import { fieldDefinition } from '../jira/aims-schema';
import { nonconformityStateOf } from '../jira/facts/nonconformity-facts-reader';
import { missingOf } from '../ui-contract/server-message';
import { nextSteps } from './panel-next-steps';
import type { NonconformityProgressView } from './panel-types';

/** The Nonconformity fields each 10.2 step records (shown under the step). */
export const STEP_FIELDS: Readonly<Record<NonconformityStepLetter, readonly string[]>> = {
  a: ['correction', 'consequences'],
  b: ['rootCause', 'similarCheck', 'similarNotes', 'caDecision', 'caDecisionRationale'],
  c: [],
  d: ['verdict', 'effectivenessEvidence', 'effectivenessReviewer'],
  e: ['aimsChangeNeeded', 'aimsChangeLink'],
};

/** Which fields answer a missing 10.2 requirement (by the domain's reason code). */
const REASON_FIELDS: Readonly<Record<string, readonly string[]>> = {
  'correction-missing': ['correction'],
  'consequences-missing': ['consequences'],
  'causes-missing': ['rootCause'],
  'similar-check-missing': ['similarCheck', 'similarNotes'],
  'similar-check-notes-missing': ['similarNotes'],
  'recurrence-not-recorded': ['similarCheck', 'similarNotes'],
  'decision-missing': ['caDecision', 'caDecisionRationale'],
  'decision-rationale-missing': ['caDecisionRationale'],
  'verdict-missing': ['verdict'],
  'verdict-not-ineffective': ['verdict'],
  'evidence-missing': ['effectivenessEvidence'],
  'reviewer-missing': ['effectivenessReviewer'],
  'reviewer-not-independent': ['effectivenessReviewer'],
  'aims-change-answer-missing': ['aimsChangeNeeded', 'aimsChangeLink'],
  'aims-change-link-missing': ['aimsChangeLink'],
};

export function fieldsForReasons(reasons: readonly NonconformityReason[]): string[] {
  return [...new Set(reasons.flatMap((r) => REASON_FIELDS[r.code] ?? []))];
}

function recordedOf(
  nc: AimsIssue,
  step: NonconformityStepLetter,
): { label: string; value: string }[] {
  const out: { label: string; value: string }[] = [];
  for (const key of STEP_FIELDS[step]) {
    const value = nc.values[key];
    let text: string | null = null;
    if (typeof value === 'string' && value.trim()) text = value;
    else if (value && typeof value === 'object' && !Array.isArray(value))
      text = value.displayName ?? value.accountId;
    if (text) out.push({ label: fieldDefinition(key).name, value: text });
  }
  return out;
}

/**
 * Where a Nonconformity stands on 10.2 a–e (the domain's stepProgress) and, per Jira transition
 * out of its status, every requirement still missing: the reasons the workflow validator gives.
 * `formReasons` are the unmet requirements of the current (or cleared) steps, for the form.
 */
export function nonconformityProgressView(
  nc: AimsIssue,
  facts: NonconformityFacts,
): { view: NonconformityProgressView; formReasons: NonconformityReason[] } {
  const state = nonconformityStateOf(nc.statusKey);
  if (!state) return { view: { state: null, steps: [], next: [] }, formReasons: [] };
  const progress = stepProgress(facts, state);
  const steps = progress.steps.map((s) => ({
    step: s.step,
    clauseRef: s.clauseRef,
    label: s.label,
    status: s.status,
    ...missingOf(s.missing),
    recorded: recordedOf(nc, s.step),
  }));
  const next = nextSteps(
    'nonconformity',
    nc.statusKey,
    (t) => evaluateTransition(state, nonconformityStateOf(t.to) ?? t.to, facts).reasons,
  );
  const formReasons = progress.steps
    .filter((s) => s.status === 'current' || s.status === 'incomplete')
    .flatMap((s) => s.missing);
  return { view: { state, steps, next }, formReasons };
}
