import type { JqlFieldRef } from './types';

/**
 * Jira's system fields as JQL knows them, by every name and alias JQL accepts (lower case).
 * The engine resolves these itself; `JqlEnvironment.resolveField` is asked only for other names.
 */
const FIELDS: { names: string[]; ref: Omit<JqlFieldRef, 'name'> }[] = [
  { names: ['project'], ref: { id: 'project', kind: 'project' } },
  { names: ['issuetype', 'type'], ref: { id: 'issuetype', kind: 'issuetype' } },
  { names: ['status'], ref: { id: 'status', kind: 'status' } },
  { names: ['statuscategory'], ref: { id: 'statusCategory', kind: 'statusCategory' } },
  { names: ['assignee'], ref: { id: 'assignee', kind: 'user' } },
  { names: ['reporter'], ref: { id: 'reporter', kind: 'user' } },
  { names: ['creator'], ref: { id: 'creator', kind: 'user' } },
  { names: ['labels', 'label'], ref: { id: 'labels', kind: 'labels', sortable: false } },
  { names: ['created', 'createddate'], ref: { id: 'created', kind: 'datetime' } },
  { names: ['updated', 'updateddate'], ref: { id: 'updated', kind: 'datetime' } },
  { names: ['resolutiondate', 'resolved'], ref: { id: 'resolutiondate', kind: 'datetime' } },
  { names: ['duedate', 'due'], ref: { id: 'duedate', kind: 'date' } },
  { names: ['resolution'], ref: { id: 'resolution', kind: 'resolution' } },
  // Jira's JQL names the issue security level field (id `security`) `level`.
  { names: ['level'], ref: { id: 'security', kind: 'securityLevel' } },
  { names: ['priority'], ref: { id: 'priority', kind: 'priority' } },
  { names: ['key', 'issuekey', 'id', 'issue'], ref: { id: 'issuekey', kind: 'issuekey' } },
  { names: ['parent'], ref: { id: 'parent', kind: 'issue' } },
  { names: ['summary'], ref: { id: 'summary', kind: 'text' } },
  { names: ['description'], ref: { id: 'description', kind: 'text', sortable: false } },
  { names: ['environment'], ref: { id: 'environment', kind: 'text', sortable: false } },
  { names: ['comment'], ref: { id: 'comment', kind: 'text', sortable: false } },
  { names: ['text'], ref: { id: 'text', kind: 'text', sortable: false } },
];

export const SYSTEM_JQL_FIELDS: ReadonlyMap<string, Omit<JqlFieldRef, 'name'>> = new Map(
  FIELDS.flatMap(({ names, ref }) => names.map((n) => [n, ref] as const)),
);

/** The system fields the `text` pseudo-field always searches. */
export const TEXT_SYSTEM_FIELD_IDS: readonly string[] = [
  'summary',
  'description',
  'environment',
  'comment',
];

/** The system field named `name` (any case), with `name` kept as typed for error messages. */
export function systemField(name: string): JqlFieldRef | undefined {
  const ref = SYSTEM_JQL_FIELDS.get(name.toLowerCase());
  return ref ? { ...ref, name } : undefined;
}
