import type { NonconformityFacts } from './nonconformity-facts';
import type { NonconformityReason } from './nonconformity-reason';
import {
  activeCorrectiveActions,
  aimsChangeRequirements,
  causeAnalysisRequirements,
  effectivenessRequirements,
  implementationRequirements,
  reactRequirements,
} from './nonconformity-requirements';
import { NONCONFORMITY_STEP_LABELS, nonconformityStateInfo } from './nonconformity-states';
import type { NonconformityState, NonconformityStepLetter } from './nonconformity-states';
import { allowedTransitions, evaluateTransition } from './nonconformity-workflow';

/**
 * - `done`: the step is behind the nonconformity and all its requirements hold;
 * - `incomplete`: the step is behind it but something it recorded has since been cleared;
 * - `current`: being worked on now (10.2 e is current together with the step that closes);
 * - `upcoming`: still ahead;
 * - `not-applicable`: 10.2 c and d when cause analysis decided no corrective action is needed.
 */
export type StepStatus = 'done' | 'incomplete' | 'current' | 'upcoming' | 'not-applicable';

export interface StepProgress {
  readonly step: NonconformityStepLetter;
  readonly clauseRef: string;
  readonly label: string;
  readonly status: StepStatus;
  /** The step's unmet requirements (empty when not applicable). */
  readonly missing: readonly NonconformityReason[];
}

export interface NextStep {
  readonly to: NonconformityState;
  readonly label: string;
  readonly allowed: boolean;
  readonly reasons: readonly NonconformityReason[];
}

export interface NonconformityProgress {
  readonly state: NonconformityState;
  readonly steps: readonly StepProgress[];
  /** Each transition out of the current state, with what is still missing to take it. */
  readonly next: readonly NextStep[];
}

const STEP_ORDER: readonly NonconformityStepLetter[] = ['a', 'b', 'c', 'd', 'e'];

const STEP_REQUIREMENTS: Readonly<
  Record<NonconformityStepLetter, (facts: NonconformityFacts) => NonconformityReason[]>
> = {
  a: reactRequirements,
  b: causeAnalysisRequirements,
  c: implementationRequirements,
  d: effectivenessRequirements,
  e: aimsChangeRequirements,
};

function actionStepsApply(facts: NonconformityFacts, state: NonconformityState): boolean {
  if (state === 'action' || state === 'effectiveness-review') return true;
  if (activeCorrectiveActions(facts).length > 0) return true;
  return facts.correctiveActionDecision !== 'not-needed';
}

function closingIsNext(facts: NonconformityFacts, state: NonconformityState): boolean {
  return (
    state === 'effectiveness-review' ||
    (state === 'cause-analysis' && facts.correctiveActionDecision === 'not-needed')
  );
}

function statusOf(
  step: NonconformityStepLetter,
  missing: readonly NonconformityReason[],
  facts: NonconformityFacts,
  state: NonconformityState,
): StepStatus {
  const index = STEP_ORDER.indexOf(step);
  const currentIndex = STEP_ORDER.indexOf(nonconformityStateInfo(state).step);
  const passed = index < currentIndex || state === 'closed';
  if (passed) return missing.length > 0 ? 'incomplete' : 'done';
  if (index === currentIndex) return 'current';
  if (step === 'e' && closingIsNext(facts, state)) return 'current';
  return 'upcoming';
}

/** Where a nonconformity stands on each 10.2 step a–e, and what is missing to move on. */
export function stepProgress(
  facts: NonconformityFacts,
  state: NonconformityState,
): NonconformityProgress {
  const applies = actionStepsApply(facts, state);
  const steps = STEP_ORDER.map((step): StepProgress => {
    const base = {
      step,
      clauseRef: `ISO42001:10.2 ${step}`,
      label: NONCONFORMITY_STEP_LABELS[step],
    };
    if (!applies && (step === 'c' || step === 'd')) {
      return { ...base, status: 'not-applicable', missing: [] };
    }
    const missing = STEP_REQUIREMENTS[step](facts);
    return { ...base, status: statusOf(step, missing, facts, state), missing };
  });
  const next = allowedTransitions(state).map((t): NextStep => {
    const { allowed, reasons } = evaluateTransition(t.from, t.to, facts);
    return { to: t.to, label: t.label, allowed, reasons };
  });
  return { state, steps, next };
}
