/**
 * The actions the issue panel offers at an issue's current step (what the server then checks
 * again, as the person): the next transitions with what they still need, a corrective action to
 * create on a Nonconformity under cause analysis or implementation, a finding to add to an Audit
 * in fieldwork or reported, and the people a manager chooses (implementers, the reviewer).
 */
import type { AimsIssue } from '../jira/aims-issue';
import { auditRequirements } from '../domain/audit-programme';
import type { AuditTransition } from '../domain/audit-programme';
import type { Reason } from '../domain/lifecycle/reason';
import { linkedIssues } from '../jira/aims-links';
import { auditFacts } from '../jira/facts/audit-facts-reader';
import { FINDING_GRADE_OPTIONS } from '../jira/aims-schema/field-options';
import type { AppConfig } from '../storage/app-config';
import { nextSteps } from './panel-next-steps';
import { panelUser } from './panel-issue-ref';
import type {
  NonconformityProgressView,
  PanelActionsView,
  PanelNextStep,
  PanelPersonChoice,
} from '../ui-contract/issue-panel-view';

export const NO_ACTIONS: PanelActionsView = {
  transitions: [],
  createCorrectiveAction: false,
  addFinding: false,
  findingGrades: [],
  people: [],
};

const implementerOf = (key: string, assignee: PanelPersonChoice['current']): PanelPersonChoice => ({
  role: 'implementer',
  issueKey: key,
  label: `Implementer of ${key}`,
  current: assignee,
});

/** A Nonconformity: its next transitions, a linked corrective action, implementers, the reviewer. */
export function nonconformityActions(
  nc: AimsIssue,
  progress: NonconformityProgressView,
  linked: ReadonlyMap<string, AimsIssue>,
  config: AppConfig,
): PanelActionsView {
  const state = progress.state;
  if (state === null || state === 'closed') return { ...NO_ACTIONS, transitions: progress.next };
  const implementers = linkedIssues(nc, 'corrects', config.issueTypeNames.correctiveAction)
    .filter((l) => (linked.get(l.issue.key)?.statusCategory ?? l.issue.statusCategory) !== 'done')
    .map((l) => implementerOf(l.issue.key, panelUser(linked.get(l.issue.key)?.assignee)));
  const reviewer = nc.values.effectivenessReviewer;
  const reviewerChoice: PanelPersonChoice[] =
    state === 'action' || state === 'effectiveness-review'
      ? [
          {
            role: 'reviewer',
            issueKey: nc.key,
            label: 'Effectiveness reviewer',
            current:
              reviewer && typeof reviewer === 'object' && !Array.isArray(reviewer)
                ? panelUser(reviewer)
                : null,
          },
        ]
      : [];
  return {
    transitions: progress.next,
    createCorrectiveAction: state === 'cause-analysis' || state === 'action',
    addFinding: false,
    findingGrades: [],
    people: [...implementers, ...reviewerChoice],
  };
}

/** A Corrective Action: Start / Done (with what Done needs) and its implementer while open. */
export function correctiveActionActions(
  ca: AimsIssue,
  doneNeeds: readonly Reason[],
): PanelActionsView {
  const transitions: PanelNextStep[] = nextSteps('correctiveAction', ca.statusKey, (t) =>
    t.key === 'complete' ? doneNeeds : [],
  );
  return {
    ...NO_ACTIONS,
    transitions,
    people: ca.statusCategory === 'done' ? [] : [implementerOf(ca.key, panelUser(ca.assignee))],
  };
}

const AUDIT_TRANSITIONS: ReadonlySet<string> = new Set(['start', 'report', 'close']);

/** An Audit: its next transitions with what each still needs (9.2.2) and, in fieldwork or reported, a finding. */
export function auditActions(audit: AimsIssue): PanelActionsView {
  const addFinding = audit.statusKey === 'auditFieldwork' || audit.statusKey === 'auditReported';
  const facts = auditFacts(audit);
  return {
    ...NO_ACTIONS,
    transitions: nextSteps('audit', audit.statusKey, (t) =>
      AUDIT_TRANSITIONS.has(t.key) ? auditRequirements(t.key as AuditTransition, facts) : [],
    ),
    addFinding,
    findingGrades: addFinding ? [...FINDING_GRADE_OPTIONS] : [],
  };
}
