import { hasText } from '../lifecycle/has-text';
import { defineGuardedMachine } from '../lifecycle/guarded-machine';
import type { TransitionEvaluation } from '../lifecycle/guarded-machine';
import { reasonsIn } from '../lifecycle/reason';
import type { Reason } from '../lifecycle/reason';

import { CORRECTIVE_ACTION_STATUSES } from '../records/corrective-action';
import type { CorrectiveActionStatus } from '../records/corrective-action';

/**
 * Corrective Action lifecycle (10.2 c): to do → in progress → done; done can be reopened (for
 * example after an ineffective review), and an action not yet done can be cancelled with a reason.
 * States are the record's statuses (src/domain/records/corrective-action).
 */
export type CorrectiveActionState = CorrectiveActionStatus;
export const CORRECTIVE_ACTION_STATE_IDS = CORRECTIVE_ACTION_STATUSES;

export const CORRECTIVE_ACTION_STATE_LABELS: Readonly<Record<CorrectiveActionState, string>> = {
  'to-do': 'To do',
  'in-progress': 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
};

export interface CorrectiveActionFacts {
  /** What was done to remove the cause. */
  readonly implementationNotes?: string | null;
  /** Evidence of the implementation (text or link). */
  readonly evidence?: string | null;
  /** Who implemented it; the nonconformity's effectiveness reviewer must be someone else. */
  readonly implementerAccountIds?: readonly string[];
  /** Why the action is cancelled (required to cancel). */
  readonly cancellationReason?: string | null;
}

/** The requirements of a corrective action's steps, each a message key `correctiveAction.<code>`. */
export const CORRECTIVE_ACTION_REASON_CODES = [
  'cancellation-reason-missing',
  'implementation-notes-missing',
  'implementation-evidence-missing',
  'implementer-missing',
] as const;

const reason = reasonsIn<(typeof CORRECTIVE_ACTION_REASON_CODES)[number]>('correctiveAction');

function cancelRequirements(facts: CorrectiveActionFacts): Reason[] {
  if (hasText(facts.cancellationReason)) return [];
  return [reason('cancellation-reason-missing', 'Say why the corrective action is cancelled.')];
}

function doneRequirements(facts: CorrectiveActionFacts): Reason[] {
  const reasons: Reason[] = [];
  if (!hasText(facts.implementationNotes)) {
    reasons.push(
      reason(
        'implementation-notes-missing',
        'Describe what was implemented to remove the cause (10.2 c).',
      ),
    );
  }
  if (!hasText(facts.evidence)) {
    reasons.push(
      reason(
        'implementation-evidence-missing',
        'Add evidence that the corrective action was implemented (10.2 c).',
      ),
    );
  }
  if ((facts.implementerAccountIds ?? []).filter(hasText).length === 0) {
    reasons.push(
      reason(
        'implementer-missing',
        'Record who implemented the corrective action, so its effectiveness can be reviewed by someone else (10.2 d).',
      ),
    );
  }
  return reasons;
}

export const correctiveActionMachine = defineGuardedMachine<
  CorrectiveActionState,
  CorrectiveActionFacts,
  Reason
>({
  states: CORRECTIVE_ACTION_STATE_IDS,
  transitions: [
    { from: 'to-do', to: 'in-progress', label: 'Start', guard: () => [] },
    { from: 'in-progress', to: 'done', label: 'Done', guard: doneRequirements },
    { from: 'done', to: 'in-progress', label: 'Reopen', guard: () => [] },
    { from: 'to-do', to: 'cancelled', label: 'Cancel', guard: cancelRequirements },
    { from: 'in-progress', to: 'cancelled', label: 'Cancel', guard: cancelRequirements },
  ],
  notATransition: (from, to) => ({
    code: 'not-a-corrective-action-step',
    message: `A corrective action cannot move from "${from}" to "${to}" (its steps are to-do → in-progress → done, or cancelled before done).`,
  }),
});

/**
 * The state a Jira transition of a Corrective Action is judged from: Jira's "Done" straight from
 * To Do starts and finishes the action at once, so it needs what Done from In Progress needs.
 */
export function correctiveActionStepFrom(from: string, to: string): string {
  return from === 'to-do' && to === 'done' ? 'in-progress' : from;
}

export function evaluateCorrectiveActionTransition(
  from: string,
  to: string,
  facts: CorrectiveActionFacts,
): TransitionEvaluation {
  return correctiveActionMachine.evaluateTransition(from, to, facts);
}
