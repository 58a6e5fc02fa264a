import { missingOf } from '../ui-contract/server-message';
import {
  correctiveActionStepFrom,
  evaluateCorrectiveActionTransition,
  nonconformityStateInfo,
} from '../domain/nonconformity';
import { linkedIssues } from '../jira/aims-links';
import {
  CORRECTIVE_ACTION_FIELD_KEYS,
  correctiveActionFacts,
  correctiveActionStateOf,
} from '../jira/facts/corrective-action-facts-reader';
import { nonconformityStateOf } from '../jira/facts/nonconformity-facts-reader';
import { formFields } from './panel-form-fields';
import { correctiveActionActions } from './panel-actions';
import type { PanelInputs } from './panel-inputs';
import { isOverdue, isoDay, panelUser, refOfIssue, refOfLink } from './panel-issue-ref';
import type { CorrectiveActionPanel } from './panel-types';

export const CORRECTIVE_ACTION_PANEL_FIELDS = CORRECTIVE_ACTION_FIELD_KEYS;

const DONE_FIELDS: Readonly<Record<string, string>> = {
  'implementation-notes-missing': 'implementationNotes',
  'implementation-evidence-missing': 'evidence',
};

/** The Corrective Action view: the Nonconformity it corrects (and its 10.2 step), and what Done needs. */
export function buildCorrectiveActionPanel({
  issue: ca,
  linked,
  config,
  viewer,
  now,
}: PanelInputs): CorrectiveActionPanel {
  const state = correctiveActionStateOf(ca.statusKey);
  const from = state && correctiveActionStepFrom(state, 'done');
  const reasons =
    from === 'in-progress'
      ? evaluateCorrectiveActionTransition(from, 'done', correctiveActionFacts(ca)).reasons
      : [];
  const nonconformities = linkedIssues(ca, 'corrects', config.issueTypeNames.nonconformity).map(
    (l) => {
      const nc = linked.get(l.issue.key);
      const ncState = nonconformityStateOf(nc?.statusKey);
      const info = ncState ? nonconformityStateInfo(ncState) : undefined;
      return {
        issue: nc ? refOfIssue(nc) : refOfLink(l),
        stepLabel: info ? `${info.clauseRef.replace('ISO42001:', '')} ${info.label}` : null,
      };
    },
  );
  const { missing: doneNeeds, missingMessages: doneNeedsMessages } = missingOf(reasons);
  const formKeys = reasons.map((r) => DONE_FIELDS[r.code]).filter((k): k is string => Boolean(k));
  return {
    kind: 'correctiveAction',
    issue: refOfIssue(ca),
    assignee: panelUser(ca.assignee),
    duedate: ca.duedate,
    overdue: isOverdue(ca.duedate, ca.statusCategory, isoDay(now)),
    nonconformities,
    doneNeeds,
    doneNeedsMessages,
    form: formFields(formKeys, ca.values, viewer),
    actions: correctiveActionActions(ca, reasons),
  };
}
