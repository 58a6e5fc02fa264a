import type { WorkflowRule } from '../../core/workflow-rules';

/** A status with its category, as the issue model needs it. */
export interface StatusInfo {
  id: string;
  name: string;
  description: string;
  category: { id: number; key: string; name: string; colorName: string };
}

/** A transition out of a status, with the Forge rules attached to it. */
export interface TransitionInfo {
  id: string;
  name: string;
  toStatusId: string;
  isGlobal: boolean;
  isInitial: boolean;
  isLooped: boolean;
  /** The transition's screen (`system:transition-screen`), if it has one. */
  screenId?: string;
  conditions: WorkflowRule[];
  validators: WorkflowRule[];
  postFunctions: WorkflowRule[];
  /** The workflow the transition belongs to. */
  workflow?: { id: string; name: string };
}

/**
 * What the issue model asks of the workflows (`WorkflowModel` in workflow-model.ts): where a new issue
 * starts, the statuses, and the transitions available from a status for a project + issue type.
 */
export interface IssueWorkflowPort {
  initialStatus(projectId: string, issueTypeId: string): StatusInfo;
  status(statusId: string): StatusInfo | undefined;
  /** Every status of the site (for JQL value checks). */
  allStatuses(): StatusInfo[];
  statusesFor(projectId: string, issueTypeId: string): StatusInfo[];
  transitionsFrom(projectId: string, issueTypeId: string, statusId: string): TransitionInfo[];
  /** False when the status carries `jira.issue.editable = false` in the issue's workflow. */
  issueEditableIn(projectId: string, issueTypeId: string, statusId: string): boolean;
}
