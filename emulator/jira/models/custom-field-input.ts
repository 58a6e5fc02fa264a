import { adfDocSchema } from '../../adf/adf-node';
import { isJiraDate, parseJiraDateTime } from '../jira-time';
import type { CustomFieldKind } from './custom-field-types';
import type { FieldInfo } from './field-catalog';
import type { FieldInputContext, FieldInputDeps } from './field-values';
import {
  ADF_MESSAGE,
  cannotBeSet,
  parseEach,
  parseLabel,
  parseOption,
  parseUser,
  Refusal,
} from './field-values';
import type { IssueDoc } from './issue-store';

type Stored = string | number | string[] | Record<string, unknown> | null;

/** The stored form of a custom field value by the field's kind, or why it is refused. */
function customValue(
  d: FieldInputDeps,
  draft: IssueDoc,
  info: FieldInfo,
  kind: CustomFieldKind,
  value: unknown,
  c: FieldInputContext,
): Stored | Refusal {
  const option = (item: unknown): string | Refusal =>
    parseOption(d, info, item, c, draft.issueTypeId);
  const user = (item: unknown): string | Refusal => parseUser(d, item);
  const list = (values: string[] | Refusal): Stored | Refusal =>
    Array.isArray(values) && values.length === 0 ? null : values;
  switch (kind) {
    case 'select':
      return option(value);
    case 'multiselect':
      return list(parseEach(value, option));
    case 'userpicker':
      return user(value);
    case 'multiuserpicker':
      return list(parseEach(value, user));
    case 'labels':
      return list(parseEach(value, parseLabel));
    case 'textfield':
    case 'url': {
      if (typeof value !== 'string') return new Refusal('Operation value must be a string');
      if (value.length > 255) return new Refusal('Text fields cannot be more than 255 characters.');
      if (kind === 'url' && value !== '' && !/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(value))
        return new Refusal('Not a valid URL');
      return value === '' ? null : value;
    }
    case 'textarea': {
      const parsed = adfDocSchema.safeParse(value);
      return parsed.success ? parsed.data : new Refusal(ADF_MESSAGE);
    }
    case 'datepicker':
      return typeof value === 'string' && isJiraDate(value)
        ? value
        : new Refusal(`Error parsing date string: ${String(value)}`);
    case 'datetime': {
      const date = typeof value === 'string' ? parseJiraDateTime(value) : undefined;
      return date ? date.toISOString() : new Refusal(`Error parsing date string: ${String(value)}`);
    }
    case 'float':
      return typeof value === 'number' && Number.isFinite(value)
        ? value
        : new Refusal('Operation value must be a number');
  }
}

/**
 * Sets a custom field of the draft, if the field has a context for the draft's project and issue
 * type; returns an error message or undefined.
 */
export function setCustomField(
  d: FieldInputDeps,
  draft: IssueDoc,
  info: FieldInfo,
  value: unknown,
  c: FieldInputContext,
): string | undefined {
  const field = info.customField;
  if (!field) return cannotBeSet(info.id);
  if (!d.customFields.applicableContext(field.id, c.project.id, draft.issueTypeId))
    return cannotBeSet(info.id);
  if (value === null) {
    draft.custom[field.id] = null;
    return undefined;
  }
  const stored = customValue(d, draft, info, field.kind, value, c);
  if (stored instanceof Refusal) return stored.error;
  draft.custom[field.id] = stored;
  return undefined;
}
