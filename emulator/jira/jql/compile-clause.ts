import type { Clause, Field, TerminalClause } from '@atlaskit/jql-ast';
import type { FieldSemantics } from './field-semantics';
import { compareKeys, fieldSemantics } from './field-semantics';
import { JqlError, unknownField, unsupportedFeature, unsupportedOperator } from './jql-error';
import type { Term } from './jql-terms';
import { operandTerms } from './jql-terms';
import { systemField } from './system-fields';
import { textContains } from './text-match';
import type { JqlEnvironment, JqlFieldRef, JqlIssue } from './types';

export type IssuePredicate = (issue: JqlIssue) => boolean;

/** What compiling needs besides the environment; `fieldsUsed` collects the ids read. */
export interface ClauseCompilation {
  env: JqlEnvironment;
  textFieldIds: readonly string[];
  fieldsUsed: Set<string>;
}

/** Resolves a field as written in JQL (system field, `cf[10010]`, or a custom field's name). */
export function resolveJqlField(field: Field, env: JqlEnvironment): JqlFieldRef {
  if (field.properties && field.properties.length > 0) {
    const [property] = field.properties;
    const path = property?.path ? property.path.map((p) => p.value).join('') : '';
    throw unsupportedFeature(
      `the entity property reference '${field.text}[${property?.key?.value ?? ''}]${path}'`,
    );
  }
  const name = field.value;
  const cf = /^cf\[(\d+)\]$/i.exec(name);
  if (cf) return env.resolveField(`cf[${cf[1]}]`) ?? throwError(unknownField(name));
  return systemField(name) ?? env.resolveField(name) ?? throwError(unknownField(name));
}

function throwError(error: JqlError): never {
  throw error;
}

export function compileClause(clause: Clause, c: ClauseCompilation): IssuePredicate {
  switch (clause.clauseType) {
    case 'compound': {
      const parts = clause.clauses.map((child) => compileClause(child, c));
      return clause.operator.value === 'and'
        ? (issue) => parts.every((p) => p(issue))
        : (issue) => parts.some((p) => p(issue));
    }
    case 'not': {
      const inner = compileClause(clause.clause, c);
      return (issue) => !inner(issue);
    }
    case 'terminal':
      return compileTerminal(clause, c);
  }
}

const HISTORY_OPERATORS = new Set(['was', 'was in', 'was not', 'was not in', 'changed']);

function compileTerminal(clause: TerminalClause, c: ClauseCompilation): IssuePredicate {
  const field = resolveJqlField(clause.field, c.env);
  const operator = clause.operator ? clause.operator.value : undefined;
  if (operator === undefined)
    throw new JqlError(`Error in the JQL Query: missing operator after '${field.name}'.`);
  if (HISTORY_OPERATORS.has(operator))
    throw unsupportedFeature(`the history operator '${operator.toUpperCase()}'`);
  if (clause.predicates.length > 0) {
    throw unsupportedFeature(
      `the predicate '${clause.predicates[0]?.operator.value.toUpperCase() ?? ''}'`,
    );
  }
  const sem = fieldSemantics(field, c.env, c.textFieldIds);
  if (!sem.operators.has(operator)) throw unsupportedOperator(operator, field.name);
  for (const id of field.id === 'text'
    ? c.textFieldIds
    : field.kind === 'issuekey'
      ? []
      : [field.id]) {
    c.fieldsUsed.add(id);
  }
  const operand = clause.operand ? clause.operand : undefined;
  if (!operand)
    throw new JqlError(`Error in the JQL Query: expecting a value after '${operator}'.`);
  const terms = operandTerms(operand, field, c.env).map((term) => unresolvedAsEmpty(term, field));

  switch (operator) {
    case 'is':
    case 'is not': {
      if (terms.some((t) => t.type !== 'empty')) {
        throw new JqlError(
          `The operator '${operator}' only supports EMPTY or NULL, for field '${field.name}'.`,
        );
      }
      const wantEmpty = operator === 'is';
      return (issue) => (sem.elements(issue).length === 0) === wantEmpty;
    }
    case '=':
    case 'in':
      return equality(sem, terms, field, true);
    case '!=':
    case 'not in':
      return equality(sem, terms, field, false);
    case '~':
    case '!~':
      return like(sem, terms, field, operator === '~');
    default:
      return comparison(sem, terms, field, operator);
  }
}

/** `resolution = Unresolved` means the resolution is empty. */
function unresolvedAsEmpty(term: Term, field: JqlFieldRef): Term {
  return field.kind === 'resolution' &&
    term.type === 'value' &&
    term.text.toLowerCase() === 'unresolved'
    ? { type: 'empty' }
    : term;
}

/**
 * = and IN match when some element equals some term (or the field is empty and EMPTY is listed).
 * != and NOT IN match when the field is NOT empty and no element equals any term — as in Jira,
 * `assignee != bob` does not return unassigned issues.
 */
function equality(
  sem: FieldSemantics,
  terms: Term[],
  field: JqlFieldRef,
  positive: boolean,
): IssuePredicate {
  const equals = sem.equals;
  if (!equals) throw unsupportedOperator(positive ? '=' : '!=', field.name);
  const listsEmpty = terms.some((t) => t.type === 'empty');
  const tests = terms.filter((t) => t.type !== 'empty').map((t) => equals(t));
  const hit = (elements: unknown[]): boolean => elements.some((e) => tests.some((test) => test(e)));
  return positive
    ? (issue) => {
        const elements = sem.elements(issue);
        return elements.length === 0 ? listsEmpty : hit(elements);
      }
    : (issue) => {
        const elements = sem.elements(issue);
        return elements.length > 0 && !hit(elements);
      };
}

/** ~ and !~ (see ./text-match.ts); an empty field matches neither. */
function like(
  sem: FieldSemantics,
  terms: Term[],
  field: JqlFieldRef,
  positive: boolean,
): IssuePredicate {
  const [term] = terms;
  if (!sem.like || !term || terms.length !== 1 || term.type === 'empty') {
    throw new JqlError(
      `The operator '${positive ? '~' : '!~'}' needs a single text value for field '${field.name}'.`,
    );
  }
  const query = sem.like(term);
  return (issue) => {
    const elements = sem.elements(issue);
    if (elements.length === 0) return false;
    return textContains(elements.map((e) => String(e)).join('\n'), query) === positive;
  };
}

const COMPARATORS: Record<string, (c: number) => boolean> = {
  '>': (c) => c > 0,
  '>=': (c) => c >= 0,
  '<': (c) => c < 0,
  '<=': (c) => c <= 0,
};

function comparison(
  sem: FieldSemantics,
  terms: Term[],
  field: JqlFieldRef,
  operator: string,
): IssuePredicate {
  const [term] = terms;
  const test = COMPARATORS[operator];
  if (!sem.termKey || !test) throw unsupportedOperator(operator, field.name);
  if (!term || terms.length !== 1 || term.type === 'empty') {
    throw new JqlError(
      `The operator '${operator}' needs a single value for field '${field.name}'.`,
    );
  }
  const bound = sem.termKey(term);
  // Issue keys only compare within the key's project: `key > DEMO-5` never returns AIMS-7.
  const sameProject = (k: unknown): boolean =>
    field.kind !== 'issuekey' || (Array.isArray(k) && Array.isArray(bound) && k[0] === bound[0]);
  return (issue) =>
    sem.elements(issue).some((e) => {
      const key = sem.sortKey(e);
      return key !== undefined && sameProject(key) && test(compareKeys(key, bound));
    });
}
