import { adfToHtml } from '../../adf/adf-to-html';
import type { SiteUser } from '../../core/users';
import { apiUrl } from '../api-urls';
import type { FieldInfo } from '../models/field-catalog';
import type { IssueDoc } from '../models/issue-store';
import type { JiraModels } from '../models/jira-models';
import { historyView } from './changelog-view';
import type { FieldSelection } from './field-selection';
import { selects } from './field-selection';
import { fieldMetadata } from './field-meta';
import { fieldValue, OMIT } from './issue-field-values';

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
      const value = fieldValue(this.m, issue, info, viewer);
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
        .map((e) => historyView(ctx, e));
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

  /** The fields the viewer may edit; none in a read-only status (`jira.issue.editable`). */
  editmeta(
    issue: IssueDoc,
    viewer: SiteUser,
    overrideEditableFlag = false,
  ): { fields: Record<string, unknown> } {
    const project = this.m.projects.byId(issue.projectId);
    const type = this.m.issueTypes.byId(issue.issueTypeId);
    if (!project || !type || !this.m.issues.editable(viewer, issue, overrideEditableFlag))
      return { fields: {} };
    return {
      fields: Object.fromEntries(
        fieldMetadata(
          this.m,
          viewer,
          project,
          type,
          'edit',
          this.m.screenSchemes.fieldIdsFor(project.id, type.id, 'edit'),
        ).map(({ info, meta }) => [info.id, meta]),
      ),
    };
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

  private rendered(issue: IssueDoc, fields: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(fields)) out[key] = null;
    if ('description' in fields && issue.description)
      out.description = adfToHtml(issue.description);
    return out;
  }
}
