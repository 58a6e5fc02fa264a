import type { StatusCategoryKey } from './status-categories';

/**
 * What the workflow family stores (JSON documents in SQLite). Status references are resolved to
 * status ids when a workflow is saved, so a stored workflow refers to statuses by id only — as
 * Jira does: a workflow read back carries `statusReference` = the status id.
 */

/** A global status. Ids are numeric strings (seeded: To Do 10000, In Progress 3, Done 10001). */
export interface StatusDoc {
  id: string;
  name: string;
  description: string;
  categoryKey: Exclude<StatusCategoryKey, 'undefined'>;
}

/** A rule (condition, validator, post function, trigger, screen) kept verbatim; `id` assigned if absent. */
export interface RuleDoc {
  id: string;
  ruleKey: string;
  parameters: Record<string, string>;
}

export interface ConditionGroupDoc {
  operation: 'ANY' | 'ALL';
  conditions: RuleDoc[];
  conditionGroups: ConditionGroupDoc[];
}

export interface Layout {
  x?: number;
  y?: number;
}

export interface WorkflowStatusDoc {
  statusId: string;
  layout?: Layout;
  properties: Record<string, string>;
  approvalConfiguration?: Record<string, unknown>;
}

export type TransitionType = 'INITIAL' | 'GLOBAL' | 'DIRECTED';

export interface TransitionDoc {
  /** Numeric string, unique in the workflow ("1" for the create transition, then 11, 21, …). */
  id: string;
  name: string;
  description: string;
  type: TransitionType;
  toStatusId: string;
  links: { fromStatusId: string; fromPort?: number; toPort?: number }[];
  conditions: ConditionGroupDoc;
  validators: RuleDoc[];
  actions: RuleDoc[];
  triggers: RuleDoc[];
  properties: Record<string, string>;
  transitionScreen?: RuleDoc;
  customIssueEventId?: string;
}

export interface WorkflowDoc {
  /** UUID, as Jira's new workflow API uses. */
  id: string;
  name: string;
  description: string;
  /** False for the built-in `jira` workflow. */
  isEditable: boolean;
  startPointLayout?: Layout;
  loopedTransitionContainerLayout?: Layout;
  statuses: WorkflowStatusDoc[];
  transitions: TransitionDoc[];
  version: { id: string; versionNumber: number };
  created: string;
  updated: string;
}

/** A workflow scheme: issue type id → workflow name, plus a default workflow name. */
export interface WorkflowSchemeDoc {
  id: string;
  name: string;
  description: string;
  defaultWorkflow: string;
  issueTypeMappings: Record<string, string>;
}

/** A project's workflow scheme (absent = Jira's "Default Workflow Scheme", which has no id). */
export interface SchemeAssociationDoc {
  /** The project id. */
  id: string;
  schemeId: string;
}
