import type { ChangeItem } from './changelog';
import { adfToText } from '../../adf/adf-text';
import type { IssueDoc } from './issue-store';
import type { JiraModels } from './jira-models';

type Pair = { id: string | null; text: string | null };

/** The changelog items between two versions of an issue, as Jira records them. */
export function diffIssue(m: JiraModels, before: IssueDoc, after: IssueDoc): ChangeItem[] {
  const items: ChangeItem[] = [];
  const push = (
    field: string,
    fieldId: string,
    from: Pair,
    to: Pair,
    fieldtype: 'jira' | 'custom' = 'jira',
  ): void => {
    if (from.id === to.id && from.text === to.text) return;
    items.push({
      field,
      fieldtype,
      fieldId,
      from: from.id,
      fromString: from.text,
      to: to.id,
      toString: to.text,
    });
  };
  const text = (s: string | null): Pair => ({ id: null, text: s });
  const user = (id: string | null): Pair => ({
    id,
    text: id ? (m.ctx.users.byAccountId(id)?.displayName ?? id) : null,
  });
  const status = (id: string): Pair => ({ id, text: m.workflow.status(id)?.name ?? id });

  push('summary', 'summary', text(before.summary), text(after.summary));
  const bd = before.description ? adfToText(before.description) : null;
  const ad = after.description ? adfToText(after.description) : null;
  if (JSON.stringify(before.description) !== JSON.stringify(after.description)) {
    items.push({
      field: 'description',
      fieldtype: 'jira',
      fieldId: 'description',
      from: null,
      fromString: bd,
      to: null,
      toString: ad,
    });
  }
  push(
    'issuetype',
    'issuetype',
    ref(before.issueTypeId, (id) => m.issueTypes.byId(id)?.name),
    ref(after.issueTypeId, (id) => m.issueTypes.byId(id)?.name),
  );
  push('status', 'status', status(before.statusId), status(after.statusId));
  push(
    'resolution',
    'resolution',
    ref(before.resolutionId, (id) => m.priorities.resolutions.sharedGet(id)?.name),
    ref(after.resolutionId, (id) => m.priorities.resolutions.sharedGet(id)?.name),
  );
  push(
    'priority',
    'priority',
    ref(before.priorityId, (id) => m.priorities.priorities.sharedGet(id)?.name),
    ref(after.priorityId, (id) => m.priorities.priorities.sharedGet(id)?.name),
  );
  push('assignee', 'assignee', user(before.assigneeId), user(after.assigneeId));
  push('reporter', 'reporter', user(before.reporterId), user(after.reporterId));
  push(
    'labels',
    'labels',
    text(before.labels.join(' ') || null),
    text(after.labels.join(' ') || null),
  );
  push(
    'duedate',
    'duedate',
    { id: before.duedate, text: before.duedate },
    { id: after.duedate, text: after.duedate },
  );
  push(
    'security',
    'security',
    ref(before.securityLevelId, (id) => m.security.level(id)?.level.name),
    ref(after.securityLevelId, (id) => m.security.level(id)?.level.name),
  );
  push(
    'IssueParentAssociation',
    'parent',
    ref(before.parentId, (id) => m.store.byId(id)?.key),
    ref(after.parentId, (id) => m.store.byId(id)?.key),
  );

  for (const field of m.customFields.all()) {
    const b = before.custom[field.id] ?? null;
    const a = after.custom[field.id] ?? null;
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    items.push({
      field: field.name,
      fieldtype: 'custom',
      fieldId: field.id,
      ...pairToItem(customPair(m, field.kind, b), customPair(m, field.kind, a)),
    });
  }
  return items;
}

function pairToItem(
  from: Pair,
  to: Pair,
): Pick<ChangeItem, 'from' | 'fromString' | 'to' | 'toString'> {
  return { from: from.id, fromString: from.text, to: to.id, toString: to.text };
}

function ref(id: string | null, name: (id: string) => string | undefined): Pair {
  return { id, text: id ? (name(id) ?? id) : null };
}

function customPair(m: JiraModels, kind: string, v: unknown): Pair {
  if (v === null || v === undefined) return { id: null, text: null };
  const optionText = (id: string): string => m.customFields.option(id)?.value ?? id;
  const userText = (id: string): string => m.ctx.users.byAccountId(id)?.displayName ?? id;
  switch (kind) {
    case 'select':
      return { id: String(v), text: optionText(String(v)) };
    case 'multiselect': {
      const ids = v as string[];
      return { id: `[${ids.join(', ')}]`, text: ids.map(optionText).join(',') };
    }
    case 'userpicker':
      return { id: String(v), text: userText(String(v)) };
    case 'multiuserpicker': {
      const ids = v as string[];
      return { id: `[${ids.join(', ')}]`, text: ids.map(userText).join(', ') };
    }
    case 'textarea':
      return { id: null, text: adfToText(v) };
    case 'labels':
      return { id: null, text: (v as string[]).join(' ') };
    case 'float':
      return { id: null, text: String(v) };
    case 'datepicker':
    case 'datetime':
      return { id: String(v), text: String(v) };
    default:
      return { id: null, text: String(v) };
  }
}
