import type { SiteContext } from '../../core/context';
import type { SiteUser } from '../../core/users';
import type { JiraModels } from '../models/jira-models';
import type { FieldInfo } from '../models/field-catalog';
import { isMultiValued } from '../models/field-values';
import type { IssueTypeDoc } from '../models/issue-types';
import type { ProjectDoc } from '../models/projects';
import { apiUrl } from '../api-urls';
import {
  issueTypeView,
  priorityView,
  projectRef,
  resolutionView,
  securityLevelView,
} from './entity-views';

/** Fields createmeta/editmeta offer whatever the screen: they choose the screen or the hierarchy. */
const OFF_SCREEN: Record<'create' | 'edit' | 'transition', readonly string[]> = {
  create: ['issuetype', 'project', 'parent'],
  edit: ['issuetype', 'parent'],
  transition: [],
};

/**
 * FieldMetadata (editmeta, a transition's `fields`) / FieldCreateMetadata (createmeta) of the
 * fields an operation offers: those on its screen (`screenFieldIds`, in screen order), after the
 * ones no screen holds, and only where the field applies (its context, a security scheme).
 */
export function fieldMetadata(
  m: JiraModels,
  viewer: SiteUser,
  project: ProjectDoc,
  issueType: IssueTypeDoc,
  mode: 'create' | 'edit' | 'transition',
  screenFieldIds: readonly string[],
): { info: FieldInfo; meta: Record<string, unknown> }[] {
  const ctx = m.ctx;
  const out: { info: FieldInfo; meta: Record<string, unknown> }[] = [];
  const ids = [...new Set([...OFF_SCREEN[mode], ...screenFieldIds])];
  for (const info of ids.map((id) => m.catalog.byId(id))) {
    if (!info) continue;
    const settable =
      mode === 'create'
        ? info.creatable
        : mode === 'edit'
          ? info.editable
          : info.editable || info.id === 'resolution';
    if (!settable) continue;
    if (info.id === 'security' && !project.issueSecuritySchemeId) continue;
    if (info.custom && !m.customFields.applicableContext(info.id, project.id, issueType.id))
      continue;
    const required =
      info.id === 'summary' ||
      (mode !== 'transition' && info.id === 'issuetype') ||
      (mode === 'create' && info.id === 'project') ||
      (info.id === 'parent' && issueType.hierarchyLevel < 0);
    const meta: Record<string, unknown> = {
      required,
      schema: info.schema ?? { type: 'issuelink', system: info.id },
      name: info.name,
      key: info.id,
      operations: isMultiValued(info) ? ['add', 'set', 'remove'] : ['set'],
    };
    const allowed = allowedValues(ctx, m, viewer, info, project, issueType);
    if (allowed) meta.allowedValues = allowed;
    if (info.id === 'priority') {
      const def = m.priorities.defaultPriority();
      meta.hasDefaultValue = Boolean(def);
      if (def) meta.defaultValue = priorityView(ctx, def);
    } else {
      meta.hasDefaultValue = false;
    }
    if (
      info.id === 'assignee' ||
      info.id === 'reporter' ||
      info.customField?.kind === 'userpicker'
    ) {
      meta.autoCompleteUrl = apiUrl(ctx, 'user/search?query=');
    }
    out.push({ info, meta });
  }
  return out;
}

function allowedValues(
  ctx: SiteContext,
  m: JiraModels,
  viewer: SiteUser,
  info: FieldInfo,
  project: ProjectDoc,
  issueType: IssueTypeDoc,
): unknown[] | undefined {
  switch (info.id) {
    case 'project':
      return [projectRef(ctx, project)];
    case 'issuetype': {
      const scheme = m.issueTypeSchemes.byId(project.issueTypeSchemeId);
      const ids = scheme ? m.issueTypeSchemes.typeIdsOf(scheme) : [];
      return ids
        .map((id) => m.issueTypes.byId(id))
        .filter(
          (t): t is IssueTypeDoc =>
            t !== undefined && t.hierarchyLevel < 0 === issueType.hierarchyLevel < 0,
        )
        .map((t) => issueTypeView(ctx, t));
    }
    case 'priority':
      return m.priorities.priorities.sharedAll().map((p) => priorityView(ctx, p));
    case 'resolution':
      return m.priorities.resolutions.sharedAll().map((r) => resolutionView(ctx, r));
    case 'security': {
      const scheme = project.issueSecuritySchemeId
        ? m.security.byId(project.issueSecuritySchemeId)
        : undefined;
      return (scheme?.levels ?? [])
        .filter((l) => m.permissions.inSecurityLevel(viewer, l.id))
        .map((l) => securityLevelView(ctx, l));
    }
  }
  const kind = info.customField?.kind;
  if (kind === 'select' || kind === 'multiselect') {
    const context = m.customFields.applicableContext(info.id, project.id, issueType.id);
    return (context ? m.customFields.optionsOf(context.id) : [])
      .filter((o) => !o.disabled)
      .map((o) => ({ self: apiUrl(ctx, `customFieldOption/${o.id}`), value: o.value, id: o.id }));
  }
  return undefined;
}
