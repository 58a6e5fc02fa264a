import { z } from 'zod';
import type { SiteUser, Users } from '../../core/users';
import { isJiraDate, parseJiraDateTime } from '../jira-time';
import type { CustomFieldModel } from './custom-fields';
import type { FieldCatalog, FieldInfo } from './field-catalog';
import type { AdfDoc } from '../../adf/adf-node';
import { adfDocSchema } from '../../adf/adf-node';
import type { IssueDoc, IssueStore } from './issue-store';
import type { IssueTypeDoc, IssueTypeModel } from './issue-types';
import type { IssueTypeSchemeModel } from './issue-type-schemes';
import type { PermissionModel } from './permissions';
import type { PriorityModel } from './priorities';
import type { ProjectDoc } from './projects';
import type { SecuritySchemeModel } from './security-schemes';

export type InputMode = 'create' | 'edit' | 'transition';

export interface FieldInputContext {
  project: ProjectDoc;
  issueType: IssueTypeDoc;
  actor: SiteUser;
  mode: InputMode;
}

export interface FieldInputDeps {
  users: Users;
  catalog: FieldCatalog;
  customFields: CustomFieldModel;
  priorities: PriorityModel;
  security: SecuritySchemeModel;
  permissions: PermissionModel;
  store: IssueStore;
  issueTypes: IssueTypeModel;
  issueTypeSchemes: IssueTypeSchemeModel;
}

const ADF_MESSAGE =
  'Operation value must be an Atlassian Document (see the Atlassian Document Format)';
const idOrName = z
  .object({ id: z.union([z.string(), z.number()]).optional(), name: z.string().optional() })
  .loose();
const userRef = z.object({ accountId: z.string() }).loose();
const optionRef = z
  .object({ id: z.union([z.string(), z.number()]).optional(), value: z.string().optional() })
  .loose();
const issueRef = z
  .object({ id: z.union([z.string(), z.number()]).optional(), key: z.string().optional() })
  .loose();

/** Fields no edit may set. */
const READ_ONLY = new Set([
  'status',
  'created',
  'updated',
  'creator',
  'resolutiondate',
  'statusCategory',
  'statuscategorychangedate',
  'subtasks',
  'issuelinks',
  'comment',
]);

export const cannotBeSet = (fieldId: string): string =>
  `Field '${fieldId}' cannot be set. It is not on the appropriate screen, or unknown.`;

/**
 * Applies a request's `fields` and `update` to a draft issue, validating each value against the
 * field's type, options and the user's rights, and collecting Jira-style errors keyed by field id.
 */
export class FieldInputParser {
  constructor(private readonly d: FieldInputDeps) {}

  apply(
    draft: IssueDoc,
    fields: Record<string, unknown>,
    update: Record<string, unknown>,
    c: FieldInputContext,
  ): Record<string, string> {
    const errors: Record<string, string> = {};
    for (const [fieldId, value] of Object.entries(fields)) {
      if (c.mode === 'create' && (fieldId === 'project' || fieldId === 'issuetype')) continue;
      const error = this.setField(draft, fieldId, value, c);
      if (error) errors[fieldId] = error;
    }
    for (const [fieldId, ops] of Object.entries(update)) {
      if (errors[fieldId]) continue;
      if (!Array.isArray(ops)) {
        errors[fieldId] = `Field '${fieldId}': the update must be a list of operations.`;
        continue;
      }
      for (const op of ops) {
        const error = this.applyOperation(draft, fieldId, op, c);
        if (error) {
          errors[fieldId] = error;
          break;
        }
      }
    }
    return errors;
  }

  private applyOperation(
    draft: IssueDoc,
    fieldId: string,
    op: unknown,
    c: FieldInputContext,
  ): string | undefined {
    if (typeof op !== 'object' || op === null || Array.isArray(op))
      return `Field '${fieldId}': an operation must be an object.`;
    const entries = Object.entries(op as Record<string, unknown>);
    const info = this.d.catalog.byId(fieldId);
    const multi = info ? isMultiValued(info) : false;
    for (const [verb, value] of entries) {
      if (verb === 'set') {
        const error = this.setField(draft, fieldId, value, c);
        if (error) return error;
        continue;
      }
      if ((verb === 'add' || verb === 'remove') && info && multi) {
        const current = this.currentArray(draft, info);
        const parsed = this.parseSingleForArray(draft, info, value, c);
        if (typeof parsed === 'object') return parsed.error;
        const next =
          verb === 'add'
            ? current.includes(parsed)
              ? current
              : [...current, parsed]
            : current.filter((v) => v !== parsed);
        this.storeArray(draft, info, next);
        continue;
      }
      const name = info?.name ?? fieldId;
      const supported = multi ? "'set', 'add', 'remove'" : "'set'";
      return `Field with id' ${fieldId}' and name '${name}' does not support operation '${verb}' Supported operation(s) are: ${supported}`;
    }
    return undefined;
  }

  private currentArray(draft: IssueDoc, info: FieldInfo): string[] {
    const v = info.id === 'labels' ? draft.labels : draft.custom[info.id];
    return Array.isArray(v) ? v.map(String) : [];
  }

  private storeArray(draft: IssueDoc, info: FieldInfo, values: string[]): void {
    if (info.id === 'labels') draft.labels = values;
    else draft.custom[info.id] = values.length ? values : null;
  }

  /** Parses one element for add/remove on an array field; returns the normalized element. */
  private parseSingleForArray(
    draft: IssueDoc,
    info: FieldInfo,
    value: unknown,
    c: FieldInputContext,
  ): string | { error: string } {
    const kind = info.customField?.kind;
    if (info.id === 'labels' || kind === 'labels') {
      const error = labelError(value);
      return error ? { error } : (value as string);
    }
    if (kind === 'multiselect') {
      const r = this.parseOption(info, value, c);
      return typeof r === 'object' ? r : r;
    }
    if (kind === 'multiuserpicker') {
      const r = this.parseUser(value, c, info.id);
      return (
        r ?? { error: 'Specified user does not exist or you do not have required permissions' }
      );
    }
    void draft;
    return { error: cannotBeSet(info.id) };
  }

  /** Sets one field; returns an error message or undefined. */
  private setField(
    draft: IssueDoc,
    fieldId: string,
    value: unknown,
    c: FieldInputContext,
  ): string | undefined {
    const info = this.d.catalog.byId(fieldId);
    if (!info) return cannotBeSet(fieldId);
    if (info.custom) return this.setCustom(draft, info, value, c);
    if (READ_ONLY.has(fieldId)) return cannotBeSet(fieldId);
    switch (fieldId) {
      case 'summary': {
        if (typeof value !== 'string') return 'Operation value must be a string';
        if (value.length > 255) return 'Summary must be less than 255 characters.';
        draft.summary = value;
        return undefined;
      }
      case 'description': {
        if (value === null) {
          draft.description = null;
          return undefined;
        }
        const parsed = adfDocSchema.safeParse(value);
        if (!parsed.success) return ADF_MESSAGE;
        draft.description = parsed.data as unknown as AdfDoc;
        return undefined;
      }
      case 'assignee':
      case 'reporter': {
        if (value === null) {
          if (fieldId === 'assignee') draft.assigneeId = null;
          else draft.reporterId = null;
          return undefined;
        }
        const accountId = this.parseUser(value, c, fieldId);
        if (!accountId)
          return 'Specified user does not exist or you do not have required permissions';
        const user = this.d.users.byAccountId(accountId);
        if (fieldId === 'assignee' && user && !this.d.permissions.canBrowse(user, c.project)) {
          return `User '${user.displayName}' cannot be assigned issues.`;
        }
        if (fieldId === 'assignee') draft.assigneeId = accountId;
        else draft.reporterId = accountId;
        return undefined;
      }
      case 'priority': {
        const parsed = idOrName.safeParse(value);
        const priority = parsed.success
          ? this.d.priorities.findPriority({
              id: parsed.data.id === undefined ? undefined : String(parsed.data.id),
              name: parsed.data.name,
            })
          : undefined;
        if (!priority) return "Specify a valid 'id' or 'name' for Priority";
        draft.priorityId = priority.id;
        return undefined;
      }
      case 'labels': {
        if (value === null) {
          draft.labels = [];
          return undefined;
        }
        if (!Array.isArray(value)) return 'data was not an array';
        for (const label of value) {
          const error = labelError(label);
          if (error) return error;
        }
        draft.labels = [...new Set(value as string[])];
        return undefined;
      }
      case 'duedate': {
        if (value === null || value === '') {
          draft.duedate = null;
          return undefined;
        }
        if (typeof value !== 'string' || !isJiraDate(value))
          return `Error parsing date string: ${String(value)}`;
        draft.duedate = value;
        return undefined;
      }
      case 'security':
        return this.setSecurity(draft, value, c);
      case 'parent':
        return this.setParent(draft, value, c);
      case 'issuetype':
        return this.setIssueType(draft, value, c);
      case 'resolution': {
        if (c.mode !== 'transition') return cannotBeSet(fieldId);
        if (value === null) {
          draft.resolutionId = null;
          return undefined;
        }
        const parsed = idOrName.safeParse(value);
        const all = this.d.priorities.resolutions.sharedAll();
        const found = parsed.success
          ? all.find(
              (r) =>
                (parsed.data.id !== undefined && r.id === String(parsed.data.id)) ||
                (parsed.data.name !== undefined &&
                  r.name.toLowerCase() === parsed.data.name.toLowerCase()),
            )
          : undefined;
        if (!found) return "Specify a valid 'id' or 'name' for Resolution";
        draft.resolutionId = found.id;
        return undefined;
      }
      default:
        return cannotBeSet(fieldId);
    }
  }

  private setSecurity(draft: IssueDoc, value: unknown, c: FieldInputContext): string | undefined {
    const schemeId = c.project.issueSecuritySchemeId;
    if (!schemeId) return cannotBeSet('security');
    if (value === null) {
      draft.securityLevelId = null;
      return undefined;
    }
    const parsed = idOrName.safeParse(value);
    const scheme = this.d.security.byId(schemeId);
    if (!parsed.success || !scheme) return 'Security level: Specify a valid security level.';
    const level = scheme.levels.find(
      (l) =>
        (parsed.data.id !== undefined && l.id === String(parsed.data.id)) ||
        (parsed.data.name !== undefined && l.name === parsed.data.name),
    );
    if (!level)
      return `Security level: Security level with id '${String(parsed.data.id ?? parsed.data.name)}' does not exist.`;
    if (!this.d.permissions.inSecurityLevel(c.actor, level.id)) {
      return `Security level: You do not have permission to set the security level '${level.name}'.`;
    }
    draft.securityLevelId = level.id;
    return undefined;
  }

  private setParent(draft: IssueDoc, value: unknown, c: FieldInputContext): string | undefined {
    if (value === null) {
      if (c.issueType.hierarchyLevel < 0)
        return 'Issue type is a sub-task but parent issue key or id not specified.';
      draft.parentId = null;
      return undefined;
    }
    const parsed = issueRef.safeParse(value);
    const ref = parsed.success
      ? (parsed.data.key ?? (parsed.data.id === undefined ? undefined : String(parsed.data.id)))
      : undefined;
    const parent = ref ? this.d.store.find(ref) : undefined;
    if (!parent || !this.d.permissions.canSeeIssue(c.actor, parent))
      return 'Could not find issue by id or key.';
    if (parent.id === draft.id) return 'An issue cannot be its own parent.';
    const parentType = this.d.issueTypes.byId(parent.issueTypeId);
    if (!parentType || parentType.hierarchyLevel <= c.issueType.hierarchyLevel) {
      return 'Given parent work item does not belong to appropriate hierarchy.';
    }
    if (c.issueType.hierarchyLevel < 0 && parent.projectId !== c.project.id) {
      return 'A sub-task must be in the same project as its parent.';
    }
    draft.parentId = parent.id;
    return undefined;
  }

  private setIssueType(draft: IssueDoc, value: unknown, c: FieldInputContext): string | undefined {
    const parsed = idOrName.safeParse(value);
    const type = parsed.success
      ? parsed.data.id !== undefined
        ? this.d.issueTypes.byId(String(parsed.data.id))
        : parsed.data.name !== undefined
          ? this.d.issueTypes.byName(parsed.data.name)
          : undefined
      : undefined;
    const scheme = this.d.issueTypeSchemes.byId(c.project.issueTypeSchemeId);
    if (!type || !scheme || !this.d.issueTypeSchemes.typeIdsOf(scheme).includes(type.id)) {
      return 'The issue type selected is invalid.';
    }
    if (type.hierarchyLevel < 0 !== c.issueType.hierarchyLevel < 0) {
      return 'Changing between sub-task and standard issue types is not supported by edit.';
    }
    draft.issueTypeId = type.id;
    return undefined;
  }

  private setCustom(
    draft: IssueDoc,
    info: FieldInfo,
    value: unknown,
    c: FieldInputContext,
  ): string | undefined {
    const field = info.customField;
    if (!field) return cannotBeSet(info.id);
    if (!this.d.customFields.applicableContext(field.id, c.project.id, draft.issueTypeId))
      return cannotBeSet(info.id);
    if (value === null) {
      draft.custom[field.id] = null;
      return undefined;
    }
    switch (field.kind) {
      case 'select': {
        const r = this.parseOption(info, value, c, draft.issueTypeId);
        if (typeof r === 'object') return r.error;
        draft.custom[field.id] = r;
        return undefined;
      }
      case 'multiselect': {
        if (!Array.isArray(value)) return 'data was not an array';
        const ids: string[] = [];
        for (const item of value) {
          const r = this.parseOption(info, item, c, draft.issueTypeId);
          if (typeof r === 'object') return r.error;
          if (!ids.includes(r)) ids.push(r);
        }
        draft.custom[field.id] = ids.length ? ids : null;
        return undefined;
      }
      case 'textfield':
      case 'url': {
        if (typeof value !== 'string') return 'Operation value must be a string';
        if (value.length > 255) return 'Text fields cannot be more than 255 characters.';
        if (field.kind === 'url' && value !== '' && !/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(value))
          return `Not a valid URL`;
        draft.custom[field.id] = value === '' ? null : value;
        return undefined;
      }
      case 'textarea': {
        const parsed = adfDocSchema.safeParse(value);
        if (!parsed.success) return ADF_MESSAGE;
        draft.custom[field.id] = parsed.data;
        return undefined;
      }
      case 'datepicker': {
        if (typeof value !== 'string' || !isJiraDate(value))
          return `Error parsing date string: ${String(value)}`;
        draft.custom[field.id] = value;
        return undefined;
      }
      case 'datetime': {
        const d = typeof value === 'string' ? parseJiraDateTime(value) : undefined;
        if (!d) return `Error parsing date string: ${String(value)}`;
        draft.custom[field.id] = d.toISOString();
        return undefined;
      }
      case 'userpicker': {
        const accountId = this.parseUser(value, c, info.id);
        if (!accountId)
          return 'Specified user does not exist or you do not have required permissions';
        draft.custom[field.id] = accountId;
        return undefined;
      }
      case 'multiuserpicker': {
        if (!Array.isArray(value)) return 'data was not an array';
        const ids: string[] = [];
        for (const item of value) {
          const accountId = this.parseUser(item, c, info.id);
          if (!accountId)
            return 'Specified user does not exist or you do not have required permissions';
          if (!ids.includes(accountId)) ids.push(accountId);
        }
        draft.custom[field.id] = ids.length ? ids : null;
        return undefined;
      }
      case 'float': {
        if (typeof value !== 'number' || !Number.isFinite(value))
          return 'Operation value must be a number';
        draft.custom[field.id] = value;
        return undefined;
      }
      case 'labels': {
        if (!Array.isArray(value)) return 'data was not an array';
        for (const label of value) {
          const error = labelError(label);
          if (error) return error;
        }
        draft.custom[field.id] = value.length ? [...new Set(value as string[])] : null;
        return undefined;
      }
    }
  }

  private parseOption(
    info: FieldInfo,
    value: unknown,
    c: FieldInputContext,
    issueTypeId?: string,
  ): string | { error: string } {
    const parsed = optionRef.safeParse(value);
    if (!parsed.success || (parsed.data.id === undefined && parsed.data.value === undefined)) {
      return { error: `Specify a valid 'id' or 'value' for ${info.name}` };
    }
    const context = this.d.customFields.applicableContext(
      info.id,
      c.project.id,
      issueTypeId ?? c.issueType.id,
    );
    const options = context
      ? this.d.customFields.optionsOf(context.id).filter((o) => !o.disabled)
      : [];
    if (parsed.data.id !== undefined) {
      const id = String(parsed.data.id);
      return options.find((o) => o.id === id)?.id ?? { error: `Option id '${id}' is not valid` };
    }
    const v = parsed.data.value ?? '';
    return options.find((o) => o.value === v)?.id ?? { error: `Option value '${v}' is not valid` };
  }

  private parseUser(value: unknown, c: FieldInputContext, _fieldId: string): string | undefined {
    const parsed = userRef.safeParse(value);
    if (!parsed.success) return undefined;
    const user = this.d.users.byAccountId(parsed.data.accountId);
    void c;
    return user && user.active ? user.accountId : undefined;
  }
}

export function isMultiValued(info: FieldInfo): boolean {
  if (info.id === 'labels') return true;
  const kind = info.customField?.kind;
  return kind === 'multiselect' || kind === 'multiuserpicker' || kind === 'labels';
}

function labelError(label: unknown): string | undefined {
  if (typeof label !== 'string' || label === '') return 'Labels must be non-empty strings.';
  if (/\s/.test(label)) return `The label '${label}' contains spaces which is invalid.`;
  if (label.length > 255) return 'The label must not exceed 255 characters.';
  return undefined;
}
