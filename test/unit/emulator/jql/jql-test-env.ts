import type { JqlEnvironment, JqlFieldRef, JqlIssue } from '../../../../emulator/jira/jql';

/** A tiny site for JQL tests: three DEMO issues, one AIMS issue, three custom fields, two links. */
export interface TestIssue {
  id: string;
  key: string;
  fields: Record<string, unknown>;
}

const demo = { id: '10000', key: 'DEMO', name: 'Demo project' };
const aims = { id: '10001', key: 'AIMS', name: 'AI Management System' };
const task = { id: '10001', name: 'Task' };
const bug = { id: '10002', name: 'Bug' };
const todo = { id: '1', name: 'To Do', categoryKey: 'new' };
const inProgress = { id: '3', name: 'In Progress', categoryKey: 'indeterminate' };
const done = { id: '10000', name: 'Done', categoryKey: 'done' };
const categories: Record<string, { id: string; key: string; name: string }> = {
  new: { id: '2', key: 'new', name: 'To Do' },
  indeterminate: { id: '4', key: 'indeterminate', name: 'In Progress' },
  done: { id: '3', key: 'done', name: 'Done' },
};

const issue = (id: string, key: string, fields: Record<string, unknown>): TestIssue => ({
  id,
  key,
  fields: {
    ...fields,
    statusCategory: categories[(fields.status as { categoryKey: string }).categoryKey],
  },
});

export const ISSUES: TestIssue[] = [
  issue('10001', 'DEMO-1', {
    project: demo,
    issuetype: task,
    status: todo,
    assignee: 'acc-alice',
    reporter: 'acc-bob',
    labels: ['iso42001', 'Audit'],
    created: '2024-05-01T10:00:00.000Z',
    updated: '2024-05-04T09:00:00.000Z',
    duedate: '2024-05-10',
    resolution: null,
    priority: { id: '3', name: 'Medium', sequence: 3 },
    summary: 'Review the risk register',
    description: 'Check the risks of the AI system before go-live.',
    customfield_10010: { id: '1', value: 'High' },
    customfield_10011: 12,
    customfield_10012: 'Because the model is retrained weekly',
  }),
  issue('10002', 'DEMO-2', {
    project: demo,
    issuetype: bug,
    status: inProgress,
    assignee: null,
    reporter: 'acc-alice',
    labels: [],
    created: '2024-05-03T08:30:00.000Z',
    updated: '2024-05-05T08:00:00.000Z',
    duedate: null,
    resolution: null,
    priority: { id: '2', name: 'High', sequence: 2 },
    summary: 'Model drift detected in scoring',
    description: null,
    customfield_10010: { id: '2', value: 'Low' },
    customfield_10011: 4,
    customfield_10012: null,
    parent: { id: '10001', key: 'DEMO-1' },
  }),
  issue('10010', 'DEMO-10', {
    project: demo,
    issuetype: task,
    status: done,
    assignee: 'acc-bob',
    reporter: 'acc-bob',
    labels: ['audit'],
    created: '2024-04-20T12:00:00.000Z',
    updated: '2024-04-25T12:00:00.000Z',
    duedate: '2024-05-01',
    resolution: { id: '10000', name: 'Done' },
    resolutiondate: '2024-04-25T12:00:00.000Z',
    priority: null,
    summary: 'Exact phrase appears here',
    description: 'Nothing about risks',
    customfield_10010: null,
    customfield_10011: null,
    customfield_10012: null,
  }),
  issue('10020', 'AIMS-1', {
    project: aims,
    issuetype: task,
    status: todo,
    assignee: 'acc-alice',
    reporter: 'acc-alice',
    labels: ['iso42001'],
    created: '2024-05-05T11:00:00.000Z',
    updated: '2024-05-05T11:00:00.000Z',
    duedate: '2024-05-05',
    resolution: null,
    priority: { id: '1', name: 'Highest', sequence: 1 },
    summary: 'Phrase exact in another order',
    description: 'Impact assessment',
    customfield_10010: { id: '1', value: 'High' },
    customfield_10011: 20,
    customfield_10012: 'Risky',
  }),
];

export const toJqlIssue = (i: TestIssue): JqlIssue => ({
  id: i.id,
  key: i.key,
  value: (fieldId) => i.fields[fieldId],
});

const CUSTOM_FIELDS: JqlFieldRef[] = [
  { id: 'customfield_10010', kind: 'option', name: 'Likelihood' },
  { id: 'customfield_10011', kind: 'number', name: 'Risk Score' },
  { id: 'customfield_10012', kind: 'text', name: 'Justification' },
];

const USERS: Record<string, string> = {
  'acc-alice': 'acc-alice',
  'alice@example.com': 'acc-alice',
  'acc-bob': 'acc-bob',
  'bob@example.com': 'acc-bob',
};

/** Links: DEMO-1 blocks DEMO-2; DEMO-1 relates to AIMS-1. */
const LINKS = [
  { from: '10001', to: '10002', type: 'Blocks', outward: 'blocks', inward: 'is blocked by' },
  { from: '10001', to: '10020', type: 'Relates', outward: 'relates to', inward: 'relates to' },
];

const KNOWN_VALUES: Record<string, string[]> = {
  project: ['demo', 'aims', '10000', '10001', 'demo project', 'ai management system'],
  issuetype: ['task', 'bug', 'epic', '10001', '10002'],
  status: ['to do', 'in progress', 'done', '1', '3', '10000'],
  resolution: ['done', '10000', "won't do"],
  priority: ['highest', 'high', 'medium', 'low', 'lowest', '1', '2', '3', '4', '5'],
};

export function testEnv(overrides: Partial<JqlEnvironment> = {}): JqlEnvironment {
  return {
    currentAccountId: 'acc-alice',
    now: () => new Date('2024-05-05T12:00:00.000Z'),
    resolveField: (name) =>
      CUSTOM_FIELDS.find(
        (f) =>
          name.toLowerCase() === f.name.toLowerCase() ||
          name === `cf[${f.id.replace('customfield_', '')}]`,
      ),
    valueExists: (field, value) => {
      if (field.kind === 'option')
        return ['high', 'low', 'medium', '1', '2', '3'].includes(value.toLowerCase());
      return KNOWN_VALUES[field.id]?.includes(value.toLowerCase()) ?? true;
    },
    resolveUser: (value) => USERS[value.toLowerCase()],
    linkedIssueIds: (keyOrId, linkType) => {
      const issue = ISSUES.find((i) => i.key === keyOrId.toUpperCase() || i.id === keyOrId);
      if (!issue) return undefined;
      const wanted = linkType?.toLowerCase();
      const ids = new Set<string>();
      for (const link of LINKS) {
        const byType = (description: string): boolean =>
          wanted === undefined || wanted === link.type.toLowerCase() || wanted === description;
        if (link.from === issue.id && byType(link.outward)) ids.add(link.to);
        if (link.to === issue.id && byType(link.inward)) ids.add(link.from);
      }
      return ids;
    },
    textSearchFieldIds: () => ['customfield_10012'],
    ...overrides,
  };
}
