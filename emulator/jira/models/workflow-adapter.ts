import type { SiteContext } from '../../core/context';
import type { IssueWorkflowPort, StatusInfo, TransitionInfo } from './workflow-port';

/**
 * INTERIM: Jira's default simplified workflow (global transitions To Do / In Progress / Done),
 * used until J2's WorkflowModel (emulator/jira/workflows) is wired in here.
 */
const CATEGORIES = {
  new: { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' },
  indeterminate: { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' },
  done: { id: 3, key: 'done', name: 'Done', colorName: 'green' },
};
const STATUSES: StatusInfo[] = [
  { id: '10000', name: 'To Do', description: '', category: CATEGORIES.new },
  { id: '3', name: 'In Progress', description: 'This issue is being actively worked on at the moment by the assignee.', category: CATEGORIES.indeterminate },
  { id: '10001', name: 'Done', description: '', category: CATEGORIES.done },
];
const TRANSITIONS: { id: string; name: string; to: string }[] = [
  { id: '11', name: 'To Do', to: '10000' },
  { id: '21', name: 'In Progress', to: '3' },
  { id: '31', name: 'Done', to: '10001' },
];

export function createWorkflowPort(_ctx: SiteContext): IssueWorkflowPort {
  return {
    initialStatus: () => STATUSES[0] as StatusInfo,
    status: (id) => STATUSES.find((s) => s.id === id),
    allStatuses: () => STATUSES,
    statusesFor: () => STATUSES,
    transitionsFrom: (_p, _t, statusId): TransitionInfo[] =>
      TRANSITIONS.filter((t) => t.to !== statusId).map((t) => ({
        id: t.id,
        name: t.name,
        toStatusId: t.to,
        isGlobal: true,
        isInitial: false,
        isLooped: false,
        conditions: [],
        validators: [],
        postFunctions: [],
      })),
  };
}
