/** Jira Corrective Action issue → the domain's CorrectiveActionFacts and lifecycle state. */
import type { CorrectiveActionFacts, CorrectiveActionState } from '../../domain/nonconformity';
import type { AimsIssue } from '../aims-issue';
import { textOf } from '../jira-option-values';

export const CORRECTIVE_ACTION_FIELD_KEYS = ['implementationNotes', 'evidence'] as const;

const CA_STATES: Record<string, CorrectiveActionState> = {
  toDo: 'to-do',
  inProgress: 'in-progress',
  done: 'done',
};

/** The lifecycle state of a Corrective Action status (undefined for a status outside its workflow). */
export function correctiveActionStateOf(
  statusKey: string | undefined,
): CorrectiveActionState | undefined {
  return statusKey ? CA_STATES[statusKey] : undefined;
}

/** The facts of a Corrective Action: what was implemented, the evidence, and who implemented it (its assignee). */
export function correctiveActionFacts(ca: AimsIssue): CorrectiveActionFacts {
  return {
    implementationNotes: textOf(ca.values.implementationNotes),
    evidence: textOf(ca.values.evidence),
    implementerAccountIds: ca.assignee ? [ca.assignee.accountId] : [],
  };
}
