import { adfToHtml } from '../../adf/adf-to-html';
import type { SiteUser } from '../../core/users';
import { apiUrl } from '../api-urls';
import { jiraDateTime } from '../jira-time';
import type { ChangelogEntry } from '../models/changelog';
import type { CommentDoc } from '../models/comments';
import type { FieldInfo } from '../models/field-catalog';
import type { IssueDoc } from '../models/issue-store';
import type { JiraModels } from '../models/jira-models';
import type { FieldSelection } from './field-selection';
import { selects } from './field-selection';
import { fieldMetadata } from './field-meta';
import {
  issueTypeView,
  linkTypeView,
  priorityView,
  projectRef,
  resolutionView,
  securityLevelView,
  statusView,
  userDetails,
} from './entity-views';

export interface IssueViewOptions {
  fields: FieldSelection;
  expand: Set<string>;
  /** Precomputed transitions (IssueTransition objects) for `expand=transitions`. */
  transitions?: Record<string, unknown>[];
}

const EXPAND_ATTR =
  'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations';

/** Renders stored issues as Jira's IssueBean for a viewer (links and subtasks it cannot see are left out). */
export class IssueView {
  constructor(private readonly m: JiraModels) {}

  render(issue: IssueDoc, viewer: SiteUser, opts: IssueViewOptions): Record<string, unknown> {
    const ctx = this.m.ctx;
    const infos = this.fieldsFor(issue).filter((info) => selects(opts.fields, info));
    const fields: Record<string, unknown> = {};
    for (const info of infos) {
      const value = this.value(issue, info, viewer);
      if (value === OMIT) continue;
      fields[info.id] = value;
    }
    const bean: Record<string, unknown> = {
      expand: EXPAND_ATTR,
      id: issue.id,
      self: apiUrl(ctx, `issue/${issue.id}`),
      key: issue.key,
    };
    if (opts.expand.has('renderedFields')) bean.renderedFields = this.rendered(issue, fields);
    if (opts.expand.has('names'))
      bean.names = Object.fromEntries(
        infos.filter((i) => i.id in fields).map((i) => [i.id, i.name]),
      );
    if (opts.expand.has('schema')) {
      bean.schema = Object.fromEntries(
        infos.filter((i) => i.id in fields && i.schema).map((i) => [i.id, i.schema]),
      );
    }
    if (opts.expand.has('transitions') && opts.transitions) bean.transitions = opts.transitions;
    if (opts.expand.has('editmeta')) bean.editmeta = this.editmeta(issue, viewer);
    if (opts.expand.has('changelog')) {
      const histories = this.m.changelog
        .of(issue.id)
        .reverse()
        .map((e) => this.history(e));
      bean.changelog = {
        startAt: 0,
        maxResults: histories.length,
        total: histories.length,
        histories,
      };
    }
    bean.fields = fields;
    return bean;
  }

  editmeta(issue: IssueDoc, viewer: SiteUser): { fields: Record<string, unknown> } {
    const project = this.m.projects.byId(issue.projectId);
    const type = this.m.issueTypes.byId(issue.issueTypeId);
    if (!project || !type) return { fields: {} };
    return {
      fields: Object.fromEntries(
        fieldMetadata(this.m, viewer, project, type, 'edit').map(({ info, meta }) => [
          info.id,
          meta,
        ]),
      ),
    };
  }

  history(e: ChangelogEntry): Record<string, unknown> {
    const author = this.m.ctx.users.byAccountId(e.authorId);
    return {
      id: e.id,
      ...(author ? { author: userDetails(this.m.ctx, author) } : {}),
      created: jiraDateTime(new Date(e.created)),
      // The spec types from/fromString/to/toString as strings: empty ones are left out.
      items: e.items.map((i) =>
        Object.fromEntries(
          Object.entries({
            field: i.field,
            fieldtype: i.fieldtype,
            fieldId: i.fieldId,
            from: i.from,
            fromString: i.fromString,
            to: i.to,
            toString: i.toString,
          }).filter(([, v]) => v !== null),
        ),
      ),
    };
  }

  comment(c: CommentDoc, issue: IssueDoc): Record<string, unknown> {
    const ctx = this.m.ctx;
    const author = ctx.users.byAccountId(c.authorId);
    const updateAuthor = ctx.users.byAccountId(c.updateAuthorId);
    return {
      self: apiUrl(ctx, `issue/${issue.id}/comment/${c.id}`),
      id: c.id,
      ...(author ? { author: userDetails(ctx, author) } : {}),
      body: c.body,
      ...(updateAuthor ? { updateAuthor: userDetails(ctx, updateAuthor) } : {}),
      created: jiraDateTime(new Date(c.created)),
      updated: jiraDateTime(new Date(c.updated)),
      ...(c.visibility ? { visibility: { ...c.visibility, identifier: c.visibility.value } } : {}),
      jsdPublic: true,
    };
  }

  /** Comments of an issue the viewer may read (group-restricted ones need the group). */
  visibleComments(issue: IssueDoc, viewer: SiteUser): CommentDoc[] {
    return this.m.comments
      .of(issue.id)
      .filter(
        (c) =>
          !c.visibility ||
          c.visibility.type !== 'group' ||
          this.m.permissions.seesEverything(viewer) ||
          viewer.groups.includes(c.visibility.value),
      );
  }

  /** The fields an issue shows: system fields and the custom fields in context (or holding a value). */
  fieldsFor(issue: IssueDoc): FieldInfo[] {
    const system = this.m.catalog.system().filter((f) => f.id !== 'statusCategory');
    const custom = this.m.catalog
      .custom()
      .filter(
        (f) =>
          (issue.custom[f.id] !== undefined && issue.custom[f.id] !== null) ||
          this.m.customFields.applicableContext(f.id, issue.projectId, issue.issueTypeId) !==
            undefined,
      );
    return [...system, ...custom];
  }

  /** The `fields` object of a LinkedIssue (summary, status, priority, issuetype). */
  linkedIssue(issue: IssueDoc): Record<string, unknown> {
    const ctx = this.m.ctx;
    const type = this.m.issueTypes.byId(issue.issueTypeId);
    const status = this.m.workflow.status(issue.statusId);
    const priority = issue.priorityId
      ? this.m.priorities.priorities.sharedGet(issue.priorityId)
      : undefined;
    return {
      id: issue.id,
      key: issue.key,
      self: apiUrl(ctx, `issue/${issue.id}`),
      fields: {
        summary: issue.summary,
        ...(status ? { status: statusView(ctx, status) } : {}),
        ...(priority ? { priority: priorityView(ctx, priority) } : {}),
        ...(type ? { issuetype: issueTypeView(ctx, type) } : {}),
      },
    };
  }

  issueLinks(issue: IssueDoc, viewer: SiteUser): Record<string, unknown>[] {
    const ctx = this.m.ctx;
    const out: Record<string, unknown>[] = [];
    for (const link of this.m.links.of(issue.id)) {
      const type = this.m.linkTypes.byId(link.typeId);
      const outward = link.sourceId === issue.id;
      const other = this.m.store.byId(outward ? link.destinationId : link.sourceId);
      if (!type || !other || !this.m.permissions.canSeeIssue(viewer, other)) continue;
      out.push({
        id: link.id,
        self: apiUrl(ctx, `issueLink/${link.id}`),
        type: linkTypeView(ctx, type),
        [outward ? 'outwardIssue' : 'inwardIssue']: this.linkedIssue(other),
      });
    }
    return out;
  }

  private value(issue: IssueDoc, info: FieldInfo, viewer: SiteUser): unknown {
    const ctx = this.m.ctx;
    const user = (id: string | null): unknown => {
      const u = id ? ctx.users.byAccountId(id) : undefined;
      return u ? userDetails(ctx, u) : null;
    };
    if (info.customField) return this.customValue(issue, info);
    switch (info.id) {
      case 'summary':
        return issue.summary;
      case 'description':
        return issue.description;
      case 'issuetype': {
        const t = this.m.issueTypes.byId(issue.issueTypeId);
        return t ? issueTypeView(ctx, t) : null;
      }
      case 'project': {
        const p = this.m.projects.byId(issue.projectId);
        return p ? projectRef(ctx, p) : null;
      }
      case 'status': {
        const s = this.m.workflow.status(issue.statusId);
        return s ? statusView(ctx, s) : null;
      }
      case 'priority': {
        const p = issue.priorityId
          ? this.m.priorities.priorities.sharedGet(issue.priorityId)
          : undefined;
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
        const r = issue.resolutionId
          ? this.m.priorities.resolutions.sharedGet(issue.resolutionId)
          : undefined;
        return r ? resolutionView(ctx, r) : null;
      }
      case 'resolutiondate':
        return issue.resolutiondate ? jiraDateTime(new Date(issue.resolutiondate)) : null;
      case 'security': {
        const found = issue.securityLevelId
          ? this.m.security.level(issue.securityLevelId)
          : undefined;
        return found ? securityLevelView(ctx, found.level) : null;
      }
      case 'parent': {
        const parent = issue.parentId ? this.m.store.byId(issue.parentId) : undefined;
        return parent && this.m.permissions.canSeeIssue(viewer, parent)
          ? this.linkedIssue(parent)
          : OMIT;
      }
      case 'subtasks':
        return this.m.store
          .childrenOf(issue.id)
          .filter(
            (c) =>
              (this.m.issueTypes.byId(c.issueTypeId)?.hierarchyLevel ?? 0) < 0 &&
              this.m.permissions.canSeeIssue(viewer, c),
          )
          .map((c) => this.linkedIssue(c));
      case 'issuelinks':
        return this.issueLinks(issue, viewer);
      case 'comment': {
        const comments = this.visibleComments(issue, viewer).map((c) => this.comment(c, issue));
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

  private customValue(issue: IssueDoc, info: FieldInfo): unknown {
    const ctx = this.m.ctx;
    const raw = issue.custom[info.id];
    if (raw === undefined || raw === null) return null;
    const option = (id: string): unknown => {
      const o = this.m.customFields.option(id);
      return o
        ? { self: apiUrl(ctx, `customFieldOption/${o.id}`), value: o.value, id: o.id }
        : null;
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

  private rendered(issue: IssueDoc, fields: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(fields)) out[key] = null;
    if ('description' in fields && issue.description)
      out.description = adfToHtml(issue.description);
    return out;
  }
}

const OMIT = Symbol('omit');
