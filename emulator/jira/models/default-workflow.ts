import type { RuleDoc, TransitionDoc, WorkflowDoc } from './workflow-docs';

/** Name of the built-in workflow every issue type uses unless a scheme says otherwise. */
export const DEFAULT_WORKFLOW_NAME = 'jira';

/** Name and description Jira gives the scheme of projects that have none assigned. */
export const DEFAULT_SCHEME_NAME = 'Default Workflow Scheme';

const noConditions = (): TransitionDoc['conditions'] => ({
  operation: 'ALL',
  conditions: [],
  conditionGroups: [],
});

const transition = (
  id: string,
  name: string,
  type: TransitionDoc['type'],
  toStatusId: string,
): TransitionDoc => ({
  id,
  name,
  description: '',
  type,
  toStatusId,
  links: [],
  conditions: noConditions(),
  validators: [] as RuleDoc[],
  actions: [] as RuleDoc[],
  triggers: [] as RuleDoc[],
  properties: {},
});

/**
 * Jira's simplified default: To Do → In Progress → Done, every status reachable from every other
 * through global transitions (ids 11, 21, 31), created in To Do. Read-only, like Jira's `jira`.
 */
export function defaultWorkflow(now: Date): WorkflowDoc {
  const at = now.toISOString();
  return {
    id: '00000000-0000-4000-8000-000000000001',
    name: DEFAULT_WORKFLOW_NAME,
    description: 'The default Jira workflow.',
    isEditable: false,
    statuses: ['10000', '3', '10001'].map((statusId, i) => ({
      statusId,
      properties: {},
      layout: { x: 200 * i, y: 0 },
    })),
    transitions: [
      transition('1', 'Create', 'INITIAL', '10000'),
      transition('11', 'To Do', 'GLOBAL', '10000'),
      transition('21', 'In Progress', 'GLOBAL', '3'),
      transition('31', 'Done', 'GLOBAL', '10001'),
    ],
    version: { id: '00000000-0000-4000-8000-000000000002', versionNumber: 0 },
    created: at,
    updated: at,
  };
}
