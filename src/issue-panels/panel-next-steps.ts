import type { Reason } from '../domain/lifecycle/reason';
import type { AimsIssueTypeKey, AimsStatusKey } from '../jira/aims-schema';
import { AIMS_STATUSES, workflowForIssueType } from '../jira/aims-schema';
import type { AimsTransitionDefinition } from '../jira/aims-schema';
import { missingOf } from '../ui-contract/server-message';
import type { PanelNextStep } from './panel-types';

/**
 * The Jira transitions of the app's workflow leaving `statusKey`, each with what it still needs.
 * `evaluate` answers with the same domain reasons the workflow validator gives (unvalidated
 * transitions need nothing).
 */
export function nextSteps(
  typeKey: AimsIssueTypeKey,
  statusKey: string | undefined,
  evaluate: (transition: AimsTransitionDefinition) => readonly Reason[],
): PanelNextStep[] {
  if (!statusKey) return [];
  return workflowForIssueType(typeKey)
    .transitions.filter((t) => t.from.includes(statusKey))
    .map((t) => {
      const reasons = t.validated ? evaluate(t) : [];
      const { missing, missingMessages } = missingOf(reasons);
      return {
        transitionName: t.name,
        toStatusName: AIMS_STATUSES[t.to as AimsStatusKey]?.name ?? t.to,
        allowed: missing.length === 0,
        missing,
        missingMessages,
      };
    });
}
