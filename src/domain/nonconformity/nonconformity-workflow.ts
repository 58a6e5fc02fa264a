import { defineGuardedMachine } from '../lifecycle/guarded-machine';
import type { TransitionDefinition, TransitionEvaluation } from '../lifecycle/guarded-machine';
import type { NonconformityFacts } from './nonconformity-facts';
import type { NonconformityReason } from './nonconformity-reason';
import {
  actionAfterIneffectiveReviewRequirements,
  aimsChangeRequirements,
  causeAnalysisRequirements,
  correctiveActionPathRequirements,
  effectivenessRequirements,
  implementationRequirements,
  ineffectiveResultRequirements,
  noActionClosingRequirements,
  reactRequirements,
} from './nonconformity-requirements';
import {
  NONCONFORMITY_STATE_IDS,
  isNonconformityState,
  nonconformityStateInfo,
} from './nonconformity-states';
import type { NonconformityState } from './nonconformity-states';

/**
 * The clause 10.2 workflow. Guards are cumulative: each re-checks the steps already passed, so
 * nothing recorded earlier can be cleared and then skipped.
 *
 * Design decisions:
 * - When cause analysis decides that no corrective action is needed, the nonconformity closes
 *   straight from cause analysis with its rationale: 10.2 d) reviews the effectiveness of
 *   corrective action *taken*, so there is nothing to review. This path is refused while any
 *   corrective action is linked or the last review found an action ineffective.
 * - An ineffective verdict only leads back to cause analysis, never to closed.
 * - From corrective action one may go back to cause analysis (the causes turned out wrong);
 *   that skips nothing, since every later step is re-checked.
 */
type NcTransition = TransitionDefinition<
  NonconformityState,
  NonconformityFacts,
  NonconformityReason
>;

const all =
  (...guards: ((facts: NonconformityFacts) => NonconformityReason[])[]) =>
  (facts: NonconformityFacts): NonconformityReason[] =>
    guards.flatMap((guard) => guard(facts));

export const NONCONFORMITY_TRANSITIONS: readonly NcTransition[] = [
  {
    from: 'react',
    to: 'cause-analysis',
    label: 'Start cause analysis',
    guard: all(reactRequirements),
  },
  {
    from: 'cause-analysis',
    to: 'action',
    label: 'Start corrective action',
    guard: all(reactRequirements, causeAnalysisRequirements, correctiveActionPathRequirements),
  },
  {
    from: 'cause-analysis',
    to: 'closed',
    label: 'Close: no corrective action needed',
    guard: all(
      reactRequirements,
      causeAnalysisRequirements,
      noActionClosingRequirements,
      aimsChangeRequirements,
    ),
  },
  {
    from: 'action',
    to: 'cause-analysis',
    label: 'Revisit cause analysis',
    guard: () => [],
  },
  {
    from: 'action',
    to: 'effectiveness-review',
    label: 'Review effectiveness',
    guard: all(
      reactRequirements,
      causeAnalysisRequirements,
      correctiveActionPathRequirements,
      implementationRequirements,
      actionAfterIneffectiveReviewRequirements,
    ),
  },
  {
    from: 'effectiveness-review',
    to: 'closed',
    label: 'Close as effective',
    guard: all(
      reactRequirements,
      causeAnalysisRequirements,
      correctiveActionPathRequirements,
      implementationRequirements,
      actionAfterIneffectiveReviewRequirements,
      effectivenessRequirements,
      aimsChangeRequirements,
    ),
  },
  {
    from: 'effectiveness-review',
    to: 'cause-analysis',
    label: 'Ineffective: back to cause analysis',
    guard: all(ineffectiveResultRequirements),
  },
];

const describe = (state: NonconformityState): string => `"${nonconformityStateInfo(state).label}"`;

function notAStepOf102(from: string, to: string): NonconformityReason {
  if (!isNonconformityState(from) || !isNonconformityState(to)) {
    const unknown = isNonconformityState(from) ? to : from;
    return {
      step: isNonconformityState(from) ? nonconformityStateInfo(from).step : 'a',
      code: 'not-a-10.2-step',
      message: `"${unknown}" is not a step of clause 10.2 (the steps are: ${NONCONFORMITY_STATE_IDS.join(', ')}).`,
    };
  }
  const next = NONCONFORMITY_TRANSITIONS.filter((t) => t.from === from).map((t) => describe(t.to));
  const options =
    next.length > 0 ? ` From ${describe(from)} the next steps are: ${next.join(', ')}.` : '';
  // Not shown by a screen (it offers only the steps there are): no message key.
  return {
    step: nonconformityStateInfo(from).step,
    code: 'not-a-10.2-step',
    message: `Moving from ${describe(from)} to ${describe(to)} is not a step of clause 10.2.${options}`,
  };
}

export const nonconformityMachine = defineGuardedMachine<
  NonconformityState,
  NonconformityFacts,
  NonconformityReason
>({
  states: NONCONFORMITY_STATE_IDS,
  transitions: NONCONFORMITY_TRANSITIONS,
  notATransition: notAStepOf102,
});

/** The transitions leaving `state`, before any guard runs. */
export function allowedTransitions(state: NonconformityState): readonly NcTransition[] {
  return nonconformityMachine.allowedTransitions(state);
}

/** Whether `from → to` may happen with these facts, with every unmet requirement as a reason. */
export function evaluateTransition(
  from: string,
  to: string,
  facts: NonconformityFacts,
): TransitionEvaluation<NonconformityReason> {
  return nonconformityMachine.evaluateTransition(from, to, facts);
}
