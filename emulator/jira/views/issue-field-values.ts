import type { SiteUser } from '../../core/users';
import { apiUrl } from '../api-urls';
import { jiraDateTime } from '../jira-time';
import type { FieldInfo } from '../models/field-catalog';
import type { IssueDoc } from '../models/issue-store';
import type { JiraModels } from '../models/jira-models';
import { commentView, visibleComments } from './comment-view';
import {
  issueTypeView,
  priorityView,
  projectRef,
  resolutionView,
  securityLevelView,
  statusView,
  userDetails,
} from './entity-views';
import { issueLinksView, linkedIssueView } from './linked-issue-view';

/** A field the viewer may not see at all (a parent they cannot see): left out of `fields`. */
export const OMIT = Symbol('omit');

/** The JSON value of one field of an issue, as the viewer sees it (OMIT: leave the field out). */
export function fieldValue(
  m: JiraModels,
  issue: IssueDoc,
  info: FieldInfo,
  viewer: SiteUser,
): unknown {
  const ctx = m.ctx;
  const user = (id: string | null): unknown => {
    const u = id ? ctx.users.byAccountId(id) : undefined;
    return u ? userDetails(ctx, u) : null;
  };
  if (info.customField) return customValue(m, issue, info);
  switch (info.id) {
    case 'summary':
      return issue.summary;
    case 'description':
      return issue.description;
    case 'issuetype': {
      const t = m.issueTypes.byId(issue.issueTypeId);
      return t ? issueTypeView(ctx, t) : null;
    }
    case 'project': {
      const p = m.projects.byId(issue.projectId);
      return p ? projectRef(ctx, p) : null;
    }
    case 'status': {
      const s = m.workflow.status(issue.statusId);
      return s ? statusView(ctx, s) : null;
    }
    case 'priority': {
      const p = m.priorities.priorityOf(issue);
      return p ? priorityView(ctx, p) : null;
    }
    case 'assignee':
      return user(issue.assigneeId);
    case 'reporter':
      return user(issue.reporterId);
    case 'creator':
      return user(issue.creatorId);
    case 'labels':
      return issue.labels;
    case 'created':
      return jiraDateTime(new Date(issue.created));
    case 'updated':
      return jiraDateTime(new Date(issue.updated));
    case 'statuscategorychangedate':
      return jiraDateTime(new Date(issue.statusCategoryChangeDate));
    case 'duedate':
      return issue.duedate;
    case 'resolution': {
      const r = m.priorities.resolutionOf(issue);
      return r ? resolutionView(ctx, r) : null;
    }
    case 'resolutiondate':
      return issue.resolutiondate ? jiraDateTime(new Date(issue.resolutiondate)) : null;
    case 'security': {
      const found = issue.securityLevelId ? m.security.level(issue.securityLevelId) : undefined;
      return found ? securityLevelView(ctx, found.level) : null;
    }
    case 'parent': {
      const parent = issue.parentId ? m.store.byId(issue.parentId) : undefined;
      return parent && m.permissions.canSeeIssue(viewer, parent)
        ? linkedIssueView(m, parent)
        : OMIT;
    }
    case 'subtasks':
      return m.store
        .childrenOf(issue.id)
        .filter(
          (c) =>
            (m.issueTypes.byId(c.issueTypeId)?.hierarchyLevel ?? 0) < 0 &&
            m.permissions.canSeeIssue(viewer, c),
        )
        .map((c) => linkedIssueView(m, c));
    case 'issuelinks':
      return issueLinksView(m, issue, viewer);
    case 'comment': {
      const comments = visibleComments(m, issue, viewer).map((c) => commentView(m, c, issue));
      return {
        comments,
        self: apiUrl(ctx, `issue/${issue.id}/comment`),
        maxResults: comments.length,
        total: comments.length,
        startAt: 0,
      };
    }
    default:
      return null;
  }
}

function customValue(m: JiraModels, issue: IssueDoc, info: FieldInfo): unknown {
  const ctx = m.ctx;
  const raw = issue.custom[info.id];
  if (raw === undefined || raw === null) return null;
  const option = (id: string): unknown => {
    const o = m.customFields.option(id);
    return o ? { self: apiUrl(ctx, `customFieldOption/${o.id}`), value: o.value, id: o.id } : null;
  };
  const user = (id: string): unknown => {
    const u = ctx.users.byAccountId(id);
    return u ? userDetails(ctx, u) : null;
  };
  switch (info.customField?.kind) {
    case 'select':
      return option(String(raw));
    case 'multiselect':
      return (raw as string[]).map(option).filter((o) => o !== null);
    case 'userpicker':
      return user(String(raw));
    case 'multiuserpicker':
      return (raw as string[]).map(user).filter((u) => u !== null);
    case 'datetime':
      return jiraDateTime(new Date(String(raw)));
    default:
      return raw;
  }
}
