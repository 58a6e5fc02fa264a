import { instantOf, parseDateValue, startOfLocalDay } from './jql-dates';
import { JqlError, unknownValue } from './jql-error';
import type { Term } from './jql-terms';
import { describeTerm } from './jql-terms';
import type { TextQuery } from './text-match';
import { compileTextQuery } from './text-match';
import type { JqlEnvironment, JqlFieldKind, JqlFieldRef, JqlIssue } from './types';

/** A value ORDER BY and the comparison operators can compare (arrays compare element-wise). */
export type SortKey = number | string | (number | string)[];

/**
 * How one field behaves in JQL: which operators it accepts, how a term is matched against one
 * element of the field's value, and how values order. Built once per clause at compile time.
 */
export interface FieldSemantics {
  operators: ReadonlySet<string>;
  /** The field's value in an issue as 0..n elements (empty field = no elements). */
  elements(issue: JqlIssue): unknown[];
  /** For = != IN NOT IN: a test of one element against a non-EMPTY term (throws JqlError if the term is invalid). */
  equals?(term: Term): (element: unknown) => boolean;
  /** For > >= < <=: the term's position in the field's order. */
  termKey?(term: Term): SortKey;
  /** For ~ and !~. */
  like?(term: Term): TextQuery;
  /** The element's position for comparisons and ORDER BY; undefined sorts as empty. */
  sortKey(element: unknown): SortKey | undefined;
}

const LIST_OPS = ['=', '!=', 'in', 'not in', 'is', 'is not'];
const ORDERED_OPS = [...LIST_OPS, '>', '>=', '<', '<='];

const lower = (v: unknown): string => String(v ?? '').toLowerCase();

const asRecord = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};

function valueElements(fieldId: string): (issue: JqlIssue) => unknown[] {
  return (issue) => {
    const v = issue.value(fieldId);
    if (v === null || v === undefined || v === '') return [];
    return Array.isArray(v) ? v.filter((e) => e !== null && e !== undefined && e !== '') : [v];
  };
}

function termText(term: Term, field: JqlFieldRef): string {
  if (term.type === 'value') return term.text;
  throw new JqlError(`The value '${describeTerm(term)}' is invalid for the field '${field.name}'.`);
}

/** Kinds whose values are named things the site knows; `env.valueExists` may veto unknown ones. */
const CHECKED_KINDS: ReadonlySet<JqlFieldKind> = new Set([
  'project',
  'issuetype',
  'status',
  'resolution',
  'priority',
  'option',
]);

/** Jira's fixed status categories (id, key, name). */
const STATUS_CATEGORIES = [
  { id: '1', key: 'undefined', name: 'No Category', order: 0 },
  { id: '2', key: 'new', name: 'To Do', order: 1 },
  { id: '4', key: 'indeterminate', name: 'In Progress', order: 2 },
  { id: '3', key: 'done', name: 'Done', order: 3 },
];

/** Matches an element object by any of the given properties, case-insensitively. */
function byProperties(field: JqlFieldRef, env: JqlEnvironment, props: string[]) {
  return (term: Term): ((element: unknown) => boolean) => {
    if (term.type === 'issues') return (e) => term.ids.has(String(asRecord(e).id));
    const text = termText(term, field);
    if (CHECKED_KINDS.has(field.kind) && env.valueExists?.(field, text) === false) {
      throw unknownValue(text, field.name);
    }
    const wanted = text.toLowerCase();
    return (e) => {
      if (typeof e === 'string') return e.toLowerCase() === wanted;
      const record = asRecord(e);
      return props.some((p) => record[p] !== undefined && lower(record[p]) === wanted);
    };
  };
}

function numberOf(term: Term, field: JqlFieldRef): number {
  const text = termText(term, field).trim();
  const n = Number(text);
  if (text === '' || !Number.isFinite(n)) {
    throw new JqlError(`The value '${text}' is an invalid number for the field '${field.name}'.`);
  }
  return n;
}

const ISSUE_KEY = /^([A-Za-z][A-Za-z0-9_]*)-(\d+)$/;

function issueKeyOrder(key: string): SortKey | undefined {
  const m = ISSUE_KEY.exec(key);
  return m ? [(m[1] ?? '').toUpperCase(), Number(m[2])] : undefined;
}

function issueTerm(term: Term, field: JqlFieldRef): (e: unknown) => boolean {
  if (term.type === 'issues') return (e) => term.ids.has(String(asRecord(e).id));
  const text = termText(term, field).trim();
  if (/^\d+$/.test(text)) return (e) => String(asRecord(e).id) === text;
  if (!ISSUE_KEY.test(text)) {
    throw new JqlError(`The issue key '${text}' for field '${field.name}' is invalid.`);
  }
  const wanted = text.toUpperCase();
  return (e) => String(asRecord(e).key).toUpperCase() === wanted;
}

function dateSemantics(field: JqlFieldRef, env: JqlEnvironment): FieldSemantics {
  const tz = env.timeZoneOffsetMinutes ?? 0;
  const dateOnly = field.kind === 'date';
  const normalize = (ms: number): number => (dateOnly ? startOfLocalDay(ms, tz) : ms);
  const termMs = (term: Term): number => {
    if (term.type === 'instant') return normalize(term.ms);
    const text = termText(term, field);
    const ms = parseDateValue(text, env.now(), tz);
    if (ms === undefined) {
      throw new JqlError(
        `Date value '${text}' for field '${field.name}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
      );
    }
    return normalize(ms);
  };
  const sortKey = (e: unknown): number | undefined => {
    const ms = instantOf(e, tz);
    return ms === undefined ? undefined : normalize(ms);
  };
  return {
    operators: new Set(ORDERED_OPS),
    elements: valueElements(field.id),
    equals: (term) => {
      const ms = termMs(term);
      return (e) => sortKey(e) === ms;
    },
    termKey: termMs,
    sortKey,
  };
}

function textSemantics(
  field: JqlFieldRef,
  elements: (issue: JqlIssue) => unknown[],
): FieldSemantics {
  return {
    operators: new Set(field.id === 'text' ? ['~'] : ['~', '!~', 'is', 'is not']),
    elements,
    like: (term) => {
      const query = compileTextQuery(termText(term, field));
      if (!query) {
        throw new JqlError(
          `The field '${field.name}' does not support searching for an empty string.`,
        );
      }
      return query;
    },
    sortKey: (e) => lower(e),
  };
}

/** The semantics of `field`; `textFieldIds` are the fields the `text` pseudo-field searches. */
export function fieldSemantics(
  field: JqlFieldRef,
  env: JqlEnvironment,
  textFieldIds: readonly string[],
): FieldSemantics {
  const elements = valueElements(field.id);
  switch (field.kind) {
    case 'text':
      return textSemantics(
        field,
        field.id === 'text'
          ? (issue) => textFieldIds.flatMap((id) => valueElements(id)(issue))
          : elements,
      );
    case 'string':
      return {
        ...textSemantics(field, elements),
        operators: new Set([...LIST_OPS, '~', '!~']),
        equals: (term) => {
          const wanted = termText(term, field).toLowerCase();
          return (e) => lower(e) === wanted;
        },
      };
    case 'number':
      return {
        operators: new Set(ORDERED_OPS),
        elements,
        equals: (term) => {
          const n = numberOf(term, field);
          return (e) => Number(e) === n;
        },
        termKey: (term) => numberOf(term, field),
        sortKey: (e) =>
          typeof e === 'number' ? e : Number.isFinite(Number(e)) ? Number(e) : undefined,
      };
    case 'date':
    case 'datetime':
      return dateSemantics(field, env);
    case 'user':
      return {
        operators: new Set(LIST_OPS),
        elements,
        equals: (term) => {
          if (term.type === 'user')
            return (e) => term.accountId !== undefined && e === term.accountId;
          const text = termText(term, field);
          const accountId = env.resolveUser(text);
          if (accountId === undefined) throw unknownValue(text, field.name);
          return (e) => e === accountId;
        },
        sortKey: (e) => lower(e),
      };
    case 'labels':
      return {
        operators: new Set(LIST_OPS),
        elements,
        equals: (term) => {
          const wanted = termText(term, field).toLowerCase();
          return (e) => lower(e) === wanted;
        },
        sortKey: (e) => lower(e),
      };
    case 'option':
      return {
        operators: new Set(LIST_OPS),
        elements,
        equals: byProperties(field, env, ['id', 'value']),
        sortKey: (e) => lower(typeof e === 'string' ? e : asRecord(e).value),
      };
    case 'project':
      return {
        operators: new Set(LIST_OPS),
        elements,
        equals: byProperties(field, env, ['id', 'key', 'name']),
        sortKey: (e) => lower(asRecord(e).name),
      };
    case 'issuetype':
    case 'status':
      return {
        operators: new Set(LIST_OPS),
        elements,
        equals: byProperties(field, env, ['id', 'name']),
        sortKey: (e) => lower(asRecord(e).name),
      };
    case 'resolution':
    case 'securityLevel':
      return {
        operators: new Set(LIST_OPS),
        elements,
        equals: byProperties(field, env, ['id', 'name']),
        sortKey: (e) => lower(asRecord(e).name),
      };
    case 'priority':
      return {
        operators: new Set(LIST_OPS),
        elements,
        equals: byProperties(field, env, ['id', 'name']),
        // sequence 1 is Highest: ASC lists the lowest priority first, DESC the highest first.
        sortKey: (e) => {
          const sequence = Number(asRecord(e).sequence);
          return Number.isFinite(sequence) ? -sequence : undefined;
        },
      };
    case 'statusCategory':
      return {
        operators: new Set(LIST_OPS),
        elements,
        equals: (term) => {
          const text = termText(term, field);
          const wanted = text.toLowerCase();
          const known = STATUS_CATEGORIES.find(
            (c) => c.id === wanted || c.key === wanted || c.name.toLowerCase() === wanted,
          );
          if (!known || env.valueExists?.(field, text) === false)
            throw unknownValue(text, field.name);
          return (e) => lower(asRecord(e).key) === known.key;
        },
        sortKey: (e) => STATUS_CATEGORIES.find((c) => c.key === lower(asRecord(e).key))?.order ?? 0,
      };
    case 'issuekey':
      return {
        operators: new Set(['=', '!=', 'in', 'not in', '>', '>=', '<', '<=']),
        elements: (issue) => [{ id: issue.id, key: issue.key }],
        equals: (term) => issueTerm(term, field),
        termKey: (term) => {
          const key = issueKeyOrder(termText(term, field).trim());
          if (key === undefined)
            throw new JqlError(
              `The issue key '${describeTerm(term)}' for field '${field.name}' is invalid.`,
            );
          return key;
        },
        sortKey: (e) => issueKeyOrder(String(asRecord(e).key)),
      };
    case 'issue':
      return {
        operators: new Set(LIST_OPS),
        elements,
        equals: (term) => issueTerm(term, field),
        sortKey: (e) => issueKeyOrder(String(asRecord(e).key)),
      };
  }
}

/** Compares two sort keys of the same field (numbers numerically, strings by code point, arrays element-wise). */
export function compareKeys(a: SortKey, b: SortKey): number {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const c = compareKeys(a[i] ?? '', b[i] ?? '');
      if (c !== 0) return c;
    }
    return 0;
  }
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const [sa, sb] = [String(a), String(b)];
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}
