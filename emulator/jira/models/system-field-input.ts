import type { AdfDoc } from '../../adf/adf-node';
import { adfDocSchema } from '../../adf/adf-node';
import { isJiraDate } from '../jira-time';
import type { FieldInputContext, FieldInputDeps } from './field-values';
import {
  ADF_MESSAGE,
  cannotBeSet,
  idOrName,
  issueRef,
  parseEach,
  parseLabel,
  parseUser,
  Refusal,
} from './field-values';
import type { IssueDoc } from './issue-store';

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

/** Sets a field of the draft from a request value; returns an error message or undefined. */
type FieldSetter = (
  d: FieldInputDeps,
  draft: IssueDoc,
  value: unknown,
  c: FieldInputContext,
) => string | undefined;

/** Sets one system field of the draft; returns an error message or undefined. */
export function setSystemField(
  d: FieldInputDeps,
  draft: IssueDoc,
  fieldId: string,
  value: unknown,
  c: FieldInputContext,
): string | undefined {
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
      const accountId = parseUser(d, value);
      if (accountId instanceof Refusal) return accountId.error;
      const user = d.users.byAccountId(accountId);
      if (fieldId === 'assignee' && user && !d.permissions.canBrowse(user, c.project)) {
        return `User '${user.displayName}' cannot be assigned issues.`;
      }
      if (fieldId === 'assignee') draft.assigneeId = accountId;
      else draft.reporterId = accountId;
      return undefined;
    }
    case 'priority': {
      const parsed = idOrName.safeParse(value);
      const priority = parsed.success
        ? d.priorities.findPriority({
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
      const labels = parseEach(value, parseLabel);
      if (labels instanceof Refusal) return labels.error;
      draft.labels = labels;
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
      return setSecurity(d, draft, value, c);
    case 'parent':
      return setParent(d, draft, value, c);
    case 'issuetype':
      return setIssueType(d, draft, value, c);
    case 'resolution': {
      if (c.mode !== 'transition') return cannotBeSet(fieldId);
      if (value === null) {
        draft.resolutionId = null;
        return undefined;
      }
      const parsed = idOrName.safeParse(value);
      const all = d.priorities.resolutions.sharedAll();
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

const setSecurity: FieldSetter = (d, draft, value, c) => {
  const schemeId = c.project.issueSecuritySchemeId;
  if (!schemeId) return cannotBeSet('security');
  if (value === null) {
    draft.securityLevelId = null;
    return undefined;
  }
  const parsed = idOrName.safeParse(value);
  const scheme = d.security.byId(schemeId);
  if (!parsed.success || !scheme) return 'Security level: Specify a valid security level.';
  const level = scheme.levels.find(
    (l) =>
      (parsed.data.id !== undefined && l.id === String(parsed.data.id)) ||
      (parsed.data.name !== undefined && l.name === parsed.data.name),
  );
  if (!level)
    return `Security level: Security level with id '${String(parsed.data.id ?? parsed.data.name)}' does not exist.`;
  if (!d.permissions.inSecurityLevel(c.actor, level.id)) {
    return `Security level: You do not have permission to set the security level '${level.name}'.`;
  }
  draft.securityLevelId = level.id;
  return undefined;
};

const setParent: FieldSetter = (d, draft, value, c) => {
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
  const parent = ref ? d.store.find(ref) : undefined;
  if (!parent || !d.permissions.canSeeIssue(c.actor, parent))
    return 'Could not find issue by id or key.';
  if (parent.id === draft.id) return 'An issue cannot be its own parent.';
  const parentType = d.issueTypes.byId(parent.issueTypeId);
  if (!parentType || parentType.hierarchyLevel <= c.issueType.hierarchyLevel) {
    return 'Given parent work item does not belong to appropriate hierarchy.';
  }
  if (c.issueType.hierarchyLevel < 0 && parent.projectId !== c.project.id) {
    return 'A sub-task must be in the same project as its parent.';
  }
  draft.parentId = parent.id;
  return undefined;
};

const setIssueType: FieldSetter = (d, draft, value, c) => {
  const parsed = idOrName.safeParse(value);
  const type = parsed.success
    ? parsed.data.id !== undefined
      ? d.issueTypes.byId(String(parsed.data.id))
      : parsed.data.name !== undefined
        ? d.issueTypes.byName(parsed.data.name)
        : undefined
    : undefined;
  const scheme = d.issueTypeSchemes.byId(c.project.issueTypeSchemeId);
  if (!type || !scheme || !d.issueTypeSchemes.typeIdsOf(scheme).includes(type.id)) {
    return 'The issue type selected is invalid.';
  }
  if (type.hierarchyLevel < 0 !== c.issueType.hierarchyLevel < 0) {
    return 'Changing between sub-task and standard issue types is not supported by edit.';
  }
  draft.issueTypeId = type.id;
  return undefined;
};
