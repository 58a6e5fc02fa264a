import type { SiteUser } from '../../core/users';
import type { JqlEnvironment, JqlFieldKind, JqlFieldRef, JqlIssue } from '../jql';
import { adfToText } from '../../adf/adf-text';
import type { CustomFieldKind } from '../models/custom-field-types';
import type { IssueDoc } from '../models/issue-store';
import type { JiraModels } from '../models/jira-models';

const KIND_OF: Record<CustomFieldKind, JqlFieldKind> = {
  select: 'option',
  multiselect: 'option',
  textarea: 'text',
  textfield: 'text',
  url: 'string',
  datepicker: 'date',
  datetime: 'datetime',
  userpicker: 'user',
  multiuserpicker: 'user',
  float: 'number',
  labels: 'labels',
};

/** The site as J2's JQL engine sees it, for one searching user. */
export function jqlEnvironment(m: JiraModels, user: SiteUser): JqlEnvironment {
  const lower = (s: string): string => s.toLowerCase();
  return {
    currentAccountId: user.accountId,
    now: () => m.ctx.now(),
    resolveField(nameOrCfRef: string): JqlFieldRef | undefined {
      const cf = /^cf\[(\d+)\]$/i.exec(nameOrCfRef);
      const field = cf
        ? m.customFields.byId(`customfield_${cf[1]}`)
        : (m.customFields.all().find((f) => lower(f.name) === lower(nameOrCfRef)) ??
          m.customFields.byId(nameOrCfRef));
      if (!field) return undefined;
      return {
        id: field.id,
        kind: KIND_OF[field.kind],
        name: nameOrCfRef,
        sortable: field.kind !== 'textarea' && field.kind !== 'labels',
      };
    },
    valueExists(field: JqlFieldRef, value: string): boolean {
      const v = lower(value);
      switch (field.kind) {
        case 'project':
          return m.permissions
            .browsableProjects(user)
            .some((p) => p.id === value || lower(p.key) === v || lower(p.name) === v);
        case 'issuetype':
          return m.issueTypes.all().some((t) => t.id === value || lower(t.name) === v);
        case 'status':
          return m.workflow.allStatuses().some((s) => s.id === value || lower(s.name) === v);
        case 'statusCategory':
          return true;
        case 'resolution':
          return m.priorities.resolutions
            .sharedAll()
            .some((r) => r.id === value || lower(r.name) === v);
        case 'priority':
          return m.priorities.priorities
            .sharedAll()
            .some((p) => p.id === value || lower(p.name) === v);
        case 'option': {
          const contexts = m.customFields.contextsOf(field.id);
          return contexts.some((c) =>
            m.customFields.optionsOf(c.id).some((o) => o.id === value || lower(o.value) === v),
          );
        }
        default:
          return true;
      }
    },
    resolveUser(value: string): string | undefined {
      const v = lower(value);
      const found = m.ctx.users
        .all()
        .find(
          (u) =>
            u.accountId === value ||
            (u.email && lower(u.email) === v) ||
            lower(u.displayName) === v,
        );
      return found?.accountId;
    },
    linkedIssueIds(issueKeyOrId: string, linkTypeName?: string): ReadonlySet<string> | undefined {
      const issue = m.store.find(issueKeyOrId);
      if (!issue || !m.permissions.canSeeIssue(user, issue)) return undefined;
      const wanted = linkTypeName ? lower(linkTypeName) : undefined;
      const ids = new Set<string>();
      for (const link of m.links.of(issue.id)) {
        if (wanted) {
          const t = m.linkTypes.byId(link.typeId);
          if (!t || ![t.name, t.inward, t.outward].some((n) => lower(n) === wanted)) continue;
        }
        ids.add(link.sourceId === issue.id ? link.destinationId : link.sourceId);
      }
      return ids;
    },
    textSearchFieldIds: () =>
      m.customFields
        .all()
        .filter((f) => f.kind === 'textfield' || f.kind === 'textarea')
        .map((f) => f.id),
  };
}

/** An issue as the JQL engine reads it; values are computed on first use. */
export function jqlIssue(m: JiraModels, issue: IssueDoc): JqlIssue {
  const cache = new Map<string, unknown>();
  return {
    id: issue.id,
    key: issue.key,
    value(fieldId: string): unknown {
      if (!cache.has(fieldId)) cache.set(fieldId, fieldValue(m, issue, fieldId));
      return cache.get(fieldId);
    },
  };
}

function fieldValue(m: JiraModels, issue: IssueDoc, fieldId: string): unknown {
  switch (fieldId) {
    case 'project': {
      const p = m.projects.byId(issue.projectId);
      return p ? { id: p.id, key: p.key, name: p.name } : null;
    }
    case 'issuetype': {
      const t = m.issueTypes.byId(issue.issueTypeId);
      return t ? { id: t.id, name: t.name } : null;
    }
    case 'status': {
      const s = m.workflow.status(issue.statusId);
      return s ? { id: s.id, name: s.name, categoryKey: s.category.key } : null;
    }
    case 'statusCategory': {
      const s = m.workflow.status(issue.statusId);
      return s ? { id: String(s.category.id), key: s.category.key, name: s.category.name } : null;
    }
    case 'assignee':
      return issue.assigneeId;
    case 'reporter':
      return issue.reporterId;
    case 'creator':
      return issue.creatorId;
    case 'labels':
      return issue.labels;
    case 'created':
      return issue.created;
    case 'updated':
      return issue.updated;
    case 'resolutiondate':
      return issue.resolutiondate;
    case 'duedate':
      return issue.duedate;
    case 'resolution': {
      const r = m.priorities.resolutionOf(issue);
      return r ? { id: r.id, name: r.name } : null;
    }
    case 'security': {
      const found = issue.securityLevelId ? m.security.level(issue.securityLevelId) : undefined;
      return found ? { id: found.level.id, name: found.level.name } : null;
    }
    case 'priority': {
      const all = m.priorities.priorities.sharedAll();
      const index = all.findIndex((p) => p.id === issue.priorityId);
      const p = all[index];
      return p ? { id: p.id, name: p.name, sequence: index + 1 } : null;
    }
    case 'parent': {
      const parent = issue.parentId ? m.store.byId(issue.parentId) : undefined;
      return parent ? { id: parent.id, key: parent.key } : null;
    }
    case 'summary':
      return issue.summary;
    case 'description':
      return issue.description ? adfToText(issue.description) : null;
    case 'environment':
      return null;
    case 'comment':
      return m.comments.of(issue.id).map((c) => adfToText(c.body));
  }
  const field = m.customFields.byId(fieldId);
  if (!field) return null;
  const raw = issue.custom[fieldId];
  if (raw === undefined || raw === null) return null;
  switch (field.kind) {
    case 'select': {
      const o = m.customFields.option(String(raw));
      return o ? { id: o.id, value: o.value } : null;
    }
    case 'multiselect':
      return (raw as string[])
        .map((id) => m.customFields.option(id))
        .filter((o) => o !== undefined)
        .map((o) => ({ id: o.id, value: o.value }));
    case 'textarea':
      return adfToText(raw);
    default:
      return raw;
  }
}
