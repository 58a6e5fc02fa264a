import type { Clause, OrderBy, Query, TerminalClause } from '@atlaskit/jql-ast';
import { resolveJqlField } from '../jql/compile-clause';
import type { Term } from '../jql/jql-terms';
import { operandTerms } from '../jql/jql-terms';
import type { JqlEnvironment, JqlFieldRef } from '../jql';
import { fieldSemantics } from '../jql/field-semantics';
import { DATE_COLUMNS } from '../models/issue-index';
import type { JiraModels } from '../models/jira-models';

/** A SQL condition on `jira_issues i`, with its parameters. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/**
 * How a search reads the issue table (see ./run-search.ts). The clauses on project, issue type,
 * status, status category, key/id, linkedIssues(), labels and select (option) fields become SQL on
 * the precomputed columns and terms (models/issue-index.ts); any other clause leaves the plan
 * inexact, and the candidates are then checked by the compiled JQL. The engine (emulator/jira/jql)
 * stays the reference: a plan only ever narrows, never decides alone what it cannot express.
 */
export interface SearchPlan {
  /** Narrows the candidates; undefined: every issue is a candidate. */
  where: SqlCondition | undefined;
  /** `where` is exactly the query's WHERE: the candidates need no check by the engine. */
  exact: boolean;
  /** The query's ORDER BY as SQL, when the columns hold it; else the engine sorts. */
  orderBy: string | undefined;
}

interface Planned extends SqlCondition {
  exact: boolean;
}

const lower = (s: string): string => s.toLowerCase();

/**
 * `expr IN (values)` (or NOT IN): `= ?` for one value, which lets SQLite use its indexes best;
 * a JSON array through json_each for more (no limit on the number of parameters).
 */
function inList(expr: string, values: readonly unknown[], negate = false): SqlCondition {
  if (values.length === 1) return { sql: `${expr} ${negate ? '!=' : '='} ?`, params: [values[0]] };
  return {
    sql: `${expr} ${negate ? 'NOT ' : ''}IN (SELECT value FROM json_each(?))`,
    params: [JSON.stringify(values)],
  };
}

/** Jira's fixed status categories, as the engine names them (id, key, name). */
const STATUS_CATEGORIES = [
  { id: '1', key: 'undefined', name: 'no category' },
  { id: '2', key: 'new', name: 'to do' },
  { id: '4', key: 'indeterminate', name: 'in progress' },
  { id: '3', key: 'done', name: 'done' },
];

export function planSearch(
  query: Query | undefined,
  env: JqlEnvironment,
  m: JiraModels,
): SearchPlan {
  const where = query?.where ? planClause(query.where, env, m) : undefined;
  return {
    where,
    exact: query?.where ? where !== undefined && where.exact : true,
    orderBy: planOrder(query?.orderBy ?? undefined, env),
  };
}

function planClause(clause: Clause, env: JqlEnvironment, m: JiraModels): Planned | undefined {
  switch (clause.clauseType) {
    case 'compound': {
      const parts = clause.clauses.map((c) => planClause(c, env, m));
      const planned = parts.filter((p): p is Planned => p !== undefined);
      const and = clause.operator.value === 'and';
      // An OR narrows only when every branch does; an AND by any planned branch.
      if (planned.length === 0 || (!and && planned.length < parts.length)) return undefined;
      return {
        sql: `(${planned.map((p) => p.sql).join(and ? ' AND ' : ' OR ')})`,
        params: planned.flatMap((p) => p.params),
        exact: planned.length === parts.length && planned.every((p) => p.exact),
      };
    }
    case 'not': {
      const inner = planClause(clause.clause, env, m);
      return inner?.exact
        ? { sql: `(NOT ${inner.sql})`, params: inner.params, exact: true }
        : undefined;
    }
    case 'terminal':
      return planTerminal(clause, env, m);
  }
}

const exact = (c: SqlCondition): Planned => ({ sql: `(${c.sql})`, params: c.params, exact: true });

/** A column that is never empty: = / IN / != / NOT IN on the ids the terms name. */
function onColumn(column: string, ids: string[], positive: boolean): Planned {
  return exact(inList(`i.${column}`, ids, !positive));
}

const TERMS_OF = 'SELECT issue_id FROM jira_issue_terms WHERE field_id = ?';

/** A field held as terms (labels, select fields): Jira's = / != / IS EMPTY semantics on sets. */
function onTerms(
  fieldId: string,
  values: string[],
  operator: string,
  listsEmpty: boolean,
): Planned {
  const value = inList('value', values);
  const has = `i.id IN (${TERMS_OF} AND ${value.sql})`;
  const any = `i.id IN (${TERMS_OF})`;
  switch (operator) {
    case 'is':
      return exact({ sql: `i.id NOT IN (${TERMS_OF})`, params: [fieldId] });
    case 'is not':
      return exact({ sql: any, params: [fieldId] });
    case '=':
    case 'in':
      return listsEmpty
        ? exact({
            sql: `${has} OR i.id NOT IN (${TERMS_OF})`,
            params: [fieldId, ...value.params, fieldId],
          })
        : exact({ sql: has, params: [fieldId, ...value.params] });
    default:
      // != and NOT IN: the field has a value, and none of the listed ones.
      return exact({ sql: `${any} AND NOT ${has}`, params: [fieldId, fieldId, ...value.params] });
  }
}

const COMPARISONS: Record<string, string> = { '<': '<', '<=': '<=', '>': '>', '>=': '>=' };

/**
 * created, updated, resolutiondate and duedate on their ms columns, with the engine's own bounds
 * (`termKey`, already normalised to the day for due dates). Empty dates never compare.
 */
function onDate(
  column: string,
  field: JqlFieldRef,
  env: JqlEnvironment,
  operator: string,
  valueTerms: Term[],
  listsEmpty: boolean,
): Planned | undefined {
  const col = `i.${column}`;
  if (operator === 'is') return exact({ sql: `${col} IS NULL`, params: [] });
  if (operator === 'is not') return exact({ sql: `${col} IS NOT NULL`, params: [] });
  const termKey = fieldSemantics(field, env, []).termKey;
  if (!termKey) return undefined;
  const bounds = valueTerms.map((t) => Number(termKey(t)));
  const comparison = COMPARISONS[operator];
  if (comparison) {
    return exact({ sql: `${col} IS NOT NULL AND ${col} ${comparison} ?`, params: [bounds[0]] });
  }
  if (!EQUALITY.has(operator)) return undefined;
  const positive = operator === '=' || operator === 'in';
  const listed = inList(col, bounds, !positive);
  const sql = `${col} IS NOT NULL AND ${listed.sql}`;
  return exact({
    sql: positive && listsEmpty ? `(${sql}) OR ${col} IS NULL` : sql,
    params: listed.params,
  });
}

const EQUALITY = new Set(['=', 'in', '!=', 'not in']);
const POSITIVE = new Set(['=', 'in', 'is not']);

function planTerminal(
  clause: TerminalClause,
  env: JqlEnvironment,
  m: JiraModels,
): Planned | undefined {
  const operator = clause.operator?.value;
  if (!operator || !clause.operand || clause.predicates.length > 0) return undefined;
  const field = resolveJqlField(clause.field, env);
  const terms = operandTerms(clause.operand, field, env);
  const texts = terms
    .filter((t): t is Extract<Term, { type: 'value' }> => t.type === 'value')
    .map((t) => t.text);
  const valueTerms = terms.filter((t) => t.type !== 'empty');
  const positive = POSITIVE.has(operator);
  const listsEmpty = terms.some((t) => t.type === 'empty');
  const dateColumn = DATE_COLUMNS[field.id];
  // Dates are held in UTC: a searcher in another time zone is left to the engine.
  if (dateColumn && !env.timeZoneOffsetMinutes) {
    return valueTerms.every((t) => t.type === 'value' || t.type === 'instant')
      ? onDate(dateColumn, field, env, operator, valueTerms, listsEmpty)
      : undefined;
  }
  // Only literal values (and, for keys, linkedIssues()) are planned; functions are left to the engine.
  const literal = valueTerms.every(
    (t) => t.type === 'value' || (field.kind === 'issuekey' && t.type === 'issues'),
  );
  if (!literal) return undefined;
  switch (field.kind) {
    case 'project':
    case 'issuetype':
    case 'status':
    case 'statusCategory': {
      if (!EQUALITY.has(operator)) return undefined;
      const ids = texts.flatMap((t) => namedIds(field, t, m));
      return onColumn(
        field.kind === 'project'
          ? 'project_id'
          : field.kind === 'issuetype'
            ? 'issue_type_id'
            : 'status_id',
        ids,
        positive,
      );
    }
    case 'issuekey':
      return EQUALITY.has(operator) ? onKeys(valueTerms, positive) : undefined;
    case 'labels':
      return EQUALITY.has(operator) || operator === 'is' || operator === 'is not'
        ? onTerms('labels', texts.map(lower), operator, listsEmpty)
        : undefined;
    case 'option': {
      if (!(EQUALITY.has(operator) || operator === 'is' || operator === 'is not')) return undefined;
      return onTerms(
        field.id,
        texts.flatMap((t) => optionIds(field, t, m)),
        operator,
        listsEmpty,
      );
    }
    default:
      return undefined;
  }
}

/** Ids of the projects, issue types, statuses or status categories' statuses a value names. */
function namedIds(field: JqlFieldRef, text: string, m: JiraModels): string[] {
  const v = lower(text);
  switch (field.kind) {
    case 'project':
      return m.projects
        .all()
        .filter((p) => p.id === text || lower(p.key) === v || lower(p.name) === v)
        .map((p) => p.id);
    case 'issuetype':
      return m.issueTypes
        .all()
        .filter((t) => t.id === text || lower(t.name) === v)
        .map((t) => t.id);
    case 'status':
      return m.workflow
        .allStatuses()
        .filter((s) => s.id === text || lower(s.name) === v)
        .map((s) => s.id);
    default: {
      const category = STATUS_CATEGORIES.find((c) => c.id === v || c.key === v || c.name === v);
      return m.workflow
        .allStatuses()
        .filter((s) => s.category.key === category?.key)
        .map((s) => s.id);
    }
  }
}

function optionIds(field: JqlFieldRef, text: string, m: JiraModels): string[] {
  const v = lower(text);
  return m.customFields
    .contextsOf(field.id)
    .flatMap((c) => m.customFields.optionsOf(c.id))
    .filter((o) => o.id === text || lower(o.value) === v)
    .map((o) => o.id);
}

/** key / id / issue = / IN / != / NOT IN: by key or numeric id, or the ids linkedIssues() found. */
function onKeys(terms: Term[], positive: boolean): Planned {
  const ids: number[] = [];
  const keys: string[] = [];
  for (const t of terms) {
    if (t.type === 'issues') ids.push(...[...t.ids].map(Number));
    else if (t.type === 'value') {
      const text = t.text.trim();
      if (/^\d+$/.test(text)) ids.push(Number(text));
      else keys.push(text.toUpperCase());
    }
  }
  const parts = [
    ...(ids.length ? [inList('i.id', ids)] : []),
    ...(keys.length ? [inList('i.key', keys)] : []),
  ];
  const sql = parts.length ? parts.map((p) => p.sql).join(' OR ') : '0';
  return exact({
    sql: positive ? sql : `NOT (${sql})`,
    params: parts.flatMap((p) => p.params),
  });
}

/**
 * ORDER BY key / created (and the default `created DESC`), with the engine's tie-break id DESC
 * (needless after a key: keys are unique, and without it SQLite reads keys in index order).
 */
function planOrder(orderBy: OrderBy | undefined, env: JqlEnvironment): string | undefined {
  if (!orderBy) return 'i.created_ms DESC, i.id DESC';
  const terms: string[] = [];
  for (const f of orderBy.fields) {
    const field = resolveJqlField(f.field, env);
    const direction = f.direction ? f.direction.value.toUpperCase() : 'ASC';
    if (field.kind === 'issuekey')
      terms.push(`i.key_project ${direction}`, `i.key_num ${direction}`);
    else if (field.id === 'created') terms.push(`i.created_ms ${direction}`);
    else return undefined;
  }
  const byKey = terms.some((t) => t.startsWith('i.key_num'));
  return [...terms, ...(byKey ? [] : ['i.id DESC'])].join(', ');
}
