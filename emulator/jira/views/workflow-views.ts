import type { SiteContext } from '../../core/context';
import { apiUrl } from '../api-urls';
import { jiraDateTime } from '../jira-time';
import { DEFAULT_SCHEME_NAME, DEFAULT_WORKFLOW_NAME } from '../models/default-workflow';
import { categoryCodeOfKey } from '../models/status-categories';
import { statusInfo } from '../models/workflow-model';
import { statusView } from './entity-views';
import type {
  ConditionGroupDoc,
  RuleDoc,
  StatusDoc,
  TransitionDoc,
  WorkflowDoc,
  WorkflowSchemeDoc,
} from '../models/workflow-docs';

/** JSON shapes of the spec's status, workflow and workflow scheme schemas. */

const GLOBAL_SCOPE = { type: 'GLOBAL' } as const;

/** `StatusDetails` (GET /status), with the name untranslated. */
export function statusDetailsView(ctx: SiteContext, s: StatusDoc): Record<string, unknown> {
  return { ...statusView(ctx, statusInfo(s)), untranslatedName: s.name };
}

/** `JiraStatus` (bulk status API). */
export function jiraStatusView(s: StatusDoc): Record<string, unknown> {
  return {
    id: s.id,
    name: s.name,
    description: s.description,
    statusCategory: categoryCodeOfKey(s.categoryKey),
    scope: GLOBAL_SCOPE,
  };
}

/** `JiraWorkflowStatus`: a status as the workflow API lists it; its reference is its id. */
export function jiraWorkflowStatusView(s: StatusDoc): Record<string, unknown> {
  return { ...jiraStatusView(s), statusReference: s.id };
}

const ruleView = (r: RuleDoc): Record<string, unknown> => ({
  id: r.id,
  ruleKey: r.ruleKey,
  parameters: r.parameters,
});

function conditionGroupView(g: ConditionGroupDoc): Record<string, unknown> {
  return {
    operation: g.operation,
    conditions: g.conditions.map(ruleView),
    conditionGroups: g.conditionGroups.map(conditionGroupView),
  };
}

function transitionView(t: TransitionDoc): Record<string, unknown> {
  return {
    id: t.id,
    name: t.name,
    description: t.description,
    type: t.type,
    toStatusReference: t.toStatusId,
    links: t.links.map((l) => ({
      fromStatusReference: l.fromStatusId,
      ...(l.fromPort === undefined ? {} : { fromPort: l.fromPort }),
      ...(l.toPort === undefined ? {} : { toPort: l.toPort }),
    })),
    conditions: conditionGroupView(t.conditions),
    validators: t.validators.map(ruleView),
    actions: t.actions.map(ruleView),
    triggers: t.triggers.map(ruleView),
    properties: t.properties,
    ...(t.transitionScreen ? { transitionScreen: ruleView(t.transitionScreen) } : {}),
    ...(t.customIssueEventId ? { customIssueEventId: t.customIssueEventId } : {}),
  };
}

/** `JiraWorkflow`; transitions only when asked (search needs `expand=values.transitions`). */
export function workflowView(w: WorkflowDoc, withTransitions: boolean): Record<string, unknown> {
  return {
    id: w.id,
    name: w.name,
    description: w.description,
    isEditable: w.isEditable,
    scope: GLOBAL_SCOPE,
    ...(w.startPointLayout ? { startPointLayout: w.startPointLayout } : {}),
    ...(w.loopedTransitionContainerLayout
      ? { loopedTransitionContainerLayout: w.loopedTransitionContainerLayout }
      : {}),
    statuses: w.statuses.map((s) => ({
      statusReference: s.statusId,
      deprecated: false,
      properties: s.properties,
      ...(s.layout ? { layout: s.layout } : {}),
      ...(s.approvalConfiguration ? { approvalConfiguration: s.approvalConfiguration } : {}),
    })),
    ...(withTransitions ? { transitions: w.transitions.map(transitionView) } : {}),
    version: w.version,
    created: jiraDateTime(new Date(w.created)),
    updated: jiraDateTime(new Date(w.updated)),
  };
}

/** `WorkflowScheme`. */
export function workflowSchemeView(
  ctx: SiteContext,
  s: WorkflowSchemeDoc,
): Record<string, unknown> {
  return {
    id: Number(s.id),
    name: s.name,
    description: s.description,
    defaultWorkflow: s.defaultWorkflow,
    issueTypeMappings: s.issueTypeMappings,
    draft: false,
    self: apiUrl(ctx, `workflowscheme/${s.id}`),
  };
}

/** Jira's "Default Workflow Scheme" of projects without one: it has no id. */
export function defaultWorkflowSchemeView(): Record<string, unknown> {
  return {
    name: DEFAULT_SCHEME_NAME,
    description: DEFAULT_SCHEME_NAME,
    defaultWorkflow: DEFAULT_WORKFLOW_NAME,
    issueTypeMappings: {},
    draft: false,
  };
}
