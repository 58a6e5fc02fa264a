/**
 * The edit form's fields, from GET /issue/{key}/editmeta: which input each field gets (text,
 * ADF textarea, select, multi-select, user picker, date, date-time, URL, number, labels), the
 * form value of the issue's current value, and the Jira `fields` value of what was submitted.
 */
import { z } from 'zod';
import type { SafeHtml } from './html';
import { html } from './html';
import { fieldMetaSchema } from './jira-schemas';

const CUSTOM = 'com.atlassian.jira.plugin.system.customfieldtypes:';
/** Shown or changed elsewhere on the issue view (or not by a person). */
const NOT_EDITED_HERE = new Set([
  'issuetype',
  'project',
  'parent',
  'issuelinks',
  'attachment',
  'comment',
  'reporter',
  'security',
]);

export const editMetaSchema = z.looseObject({ fields: z.record(z.string(), fieldMetaSchema) });
type EditMetaFieldJson = z.infer<typeof editMetaSchema>['fields'][string];

export type EditKind =
  | 'text'
  | 'url'
  | 'adf'
  | 'number'
  | 'date'
  | 'datetime'
  | 'option'
  | 'options'
  | 'user'
  | 'labels';

export interface EditField {
  id: string;
  name: string;
  required: boolean;
  kind: EditKind;
  choices: { id: string; label: string }[];
}

export interface PersonChoice {
  accountId: string;
  displayName: string;
}

function kindOf(id: string, f: EditMetaFieldJson): EditKind | undefined {
  const s = f.schema;
  if (!s) return undefined;
  if (id === 'description' || s.custom === `${CUSTOM}textarea`) return 'adf';
  if (s.custom === `${CUSTOM}url`) return 'url';
  switch (s.type) {
    case 'string':
      return 'text';
    case 'number':
      return 'number';
    case 'date':
      return 'date';
    case 'datetime':
      return 'datetime';
    case 'option':
    case 'priority':
      return 'option';
    case 'user':
      return 'user';
    case 'array':
      return s.items === 'option' ? 'options' : s.items === 'string' ? 'labels' : undefined;
    default:
      return undefined;
  }
}

function choicesOf(f: EditMetaFieldJson): { id: string; label: string }[] {
  return (f.allowedValues ?? []).flatMap((v) => {
    const o = z
      .looseObject({ id: z.string(), value: z.string().optional(), name: z.string().optional() })
      .safeParse(v);
    const label = o.success ? (o.data.value ?? o.data.name) : undefined;
    return o.success && label ? [{ id: o.data.id, label }] : [];
  });
}

/** The fields this form edits, summary and description first, then in editmeta's order. */
export function editFields(meta: z.infer<typeof editMetaSchema>): EditField[] {
  const out: EditField[] = [];
  for (const [id, f] of Object.entries(meta.fields)) {
    const kind = kindOf(id, f);
    if (!kind || NOT_EDITED_HERE.has(id)) continue;
    out.push({ id, name: f.name, required: f.required, kind, choices: choicesOf(f) });
  }
  const rank = (f: EditField): number => (f.id === 'summary' ? 0 : f.id === 'description' ? 1 : 2);
  return out.sort((a, b) => rank(a) - rank(b));
}

/** Plain text of an ADF document: paragraphs and other blocks separated by blank lines. */
export function adfPlainText(node: unknown): string {
  const blocks: string[] = [];
  const textOf = (n: unknown): string => {
    if (!n || typeof n !== 'object') return '';
    const o = n as { type?: unknown; text?: unknown; content?: unknown };
    if (o.type === 'text' && typeof o.text === 'string') return o.text;
    if (o.type === 'hardBreak') return '\n';
    return Array.isArray(o.content) ? o.content.map(textOf).join('') : '';
  };
  const content = (node as { content?: unknown } | null)?.content;
  for (const block of Array.isArray(content) ? content : []) blocks.push(textOf(block));
  return blocks.filter((b) => b.length > 0).join('\n\n');
}

/** The form value (or values) of a field's current REST value. */
export function formValueOf(field: EditField, value: unknown): string | string[] {
  if (value === null || value === undefined) return field.kind === 'options' ? [] : '';
  const o = value as Record<string, unknown>;
  switch (field.kind) {
    case 'adf':
      return typeof value === 'string' ? value : adfPlainText(value);
    case 'option':
      return typeof o.id === 'string' ? o.id : '';
    case 'options':
      return Array.isArray(value) ? value.map((v) => String((v as { id?: unknown }).id ?? '')) : [];
    case 'user':
      return typeof o.accountId === 'string' ? o.accountId : '';
    case 'labels':
      return Array.isArray(value) ? value.map(String).join(' ') : '';
    case 'datetime':
      return typeof value === 'string' ? value.slice(0, 16) : '';
    default:
      return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  }
}

/** The submitted form value, normalised like formValueOf. */
export function submittedValue(field: EditField, raw: unknown): string | string[] {
  const list = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string');
  if (field.kind === 'options') return list.filter((v) => v !== '');
  const first = (list[0] ?? '').replace(/\r\n/g, '\n');
  return first.trim();
}

const sameValue = (a: string | string[], b: string | string[]): boolean =>
  JSON.stringify(Array.isArray(a) ? [...a].sort() : a) ===
  JSON.stringify(Array.isArray(b) ? [...b].sort() : b);

/** Jira's `fields` value for a submitted form value (null clears the field). */
export function jiraValueOf(field: EditField, value: string | string[]): unknown {
  if (Array.isArray(value)) return value.map((id) => ({ id }));
  if (value === '') return field.kind === 'labels' ? [] : null;
  switch (field.kind) {
    case 'adf':
      return {
        type: 'doc',
        version: 1,
        content: value
          .split(/\n{2,}/)
          .map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] })),
      };
    case 'number':
      return Number(value);
    case 'option':
      return { id: value };
    case 'user':
      return { accountId: value };
    case 'labels':
      return value.split(/\s+/).filter(Boolean);
    case 'datetime':
      return `${value}:00.000+0000`;
    default:
      return value;
  }
}

/** Only what the person changed: the `fields` of the PUT. */
export function changedFields(
  fields: readonly EditField[],
  current: Record<string, unknown>,
  form: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const before = formValueOf(f, current[f.id]);
    const after = submittedValue(f, form[`f_${f.id}`]);
    if (!sameValue(before, after)) out[f.id] = jiraValueOf(f, after);
  }
  return out;
}

/** One labelled input; `error` is Jira's message for the field, tied to it with aria-describedby. */
export function fieldInput(
  f: EditField,
  value: string | string[],
  people: readonly PersonChoice[],
  error?: string,
): SafeHtml {
  const id = `f_${f.id}`;
  const str = Array.isArray(value) ? '' : value;
  const selected = Array.isArray(value) ? value : [value];
  const attrs = html`id="${id}"
  name="${id}"${f.required ? html` required aria-required="true"` : ''}${error ? html` aria-invalid="true" aria-describedby="${id}-error"` : ''}`;
  const option = (v: string, label: string) =>
    html`<option value="${v}" ${selected.includes(v) ? html` selected` : ''}>${label}</option>`;
  let input: SafeHtml;
  switch (f.kind) {
    case 'adf':
      input = html`<textarea ${attrs} rows="4">${str}</textarea>`;
      break;
    case 'number':
      input = html`<input type="number" step="any" ${attrs} value="${str}" />`;
      break;
    case 'date':
      input = html`<input type="date" ${attrs} value="${str}" />`;
      break;
    case 'datetime':
      input = html`<input type="datetime-local" ${attrs} value="${str}" />`;
      break;
    case 'url':
      input = html`<input type="url" ${attrs} value="${str}" />`;
      break;
    case 'option':
      input = html`<select ${attrs}>
        <option value="">None</option>
        ${f.choices.map((c) => option(c.id, c.label))}
      </select>`;
      break;
    case 'options':
      input = html`<select multiple ${attrs}>
        ${f.choices.map((c) => option(c.id, c.label))}
      </select>`;
      break;
    case 'user':
      input = html`<select ${attrs}>
        <option value="">${f.id === 'assignee' ? 'Unassigned' : 'None'}</option>
        ${people.map((p) => option(p.accountId, p.displayName))}
      </select>`;
      break;
    case 'labels':
      input = html`<input type="text" ${attrs} value="${str}" />
        <p class="field-help">Separate labels with spaces.</p>`;
      break;
    default:
      input = html`<input type="text" ${attrs} value="${str}" />`;
  }
  return html`<div class="field">
    <label for="${id}"
      >${f.name}${f.required ? html` <span class="required" aria-hidden="true">*</span>` : ''}</label
    >
    ${input}${error ? html`<p class="field-help required" id="${id}-error">${error}</p>` : ''}
  </div>`;
}
