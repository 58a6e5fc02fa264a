import { setCustomField } from './custom-field-input';
import type { FieldInfo } from './field-catalog';
import type { FieldInputContext, FieldInputDeps } from './field-values';
import {
  cannotBeSet,
  isMultiValued,
  onScreen,
  parseLabel,
  parseOption,
  parseUser,
  Refusal,
} from './field-values';
import type { IssueDoc } from './issue-store';
import { setSystemField } from './system-field-input';

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
      if (!onScreen(fieldId, c)) {
        errors[fieldId] = cannotBeSet(fieldId);
        continue;
      }
      const error = this.setField(draft, fieldId, value, c);
      if (error) errors[fieldId] = error;
    }
    for (const [fieldId, ops] of Object.entries(update)) {
      if (errors[fieldId]) continue;
      if (!onScreen(fieldId, c)) {
        errors[fieldId] = cannotBeSet(fieldId);
        continue;
      }
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
        const parsed = this.parseSingleForArray(info, value, c);
        if (parsed instanceof Refusal) return parsed.error;
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
    info: FieldInfo,
    value: unknown,
    c: FieldInputContext,
  ): string | Refusal {
    const kind = info.customField?.kind;
    if (info.id === 'labels' || kind === 'labels') return parseLabel(value);
    if (kind === 'multiselect') return parseOption(this.d, info, value, c);
    if (kind === 'multiuserpicker') return parseUser(this.d, value);
    return new Refusal(cannotBeSet(info.id));
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
    if (info.custom) return setCustomField(this.d, draft, info, value, c);
    return setSystemField(this.d, draft, fieldId, value, c);
  }
}
