import type { OrderBy } from '@atlaskit/jql-ast';
import { resolveJqlField } from './compile-clause';
import type { SortKey } from './field-semantics';
import { compareKeys, fieldSemantics } from './field-semantics';
import { JqlError } from './jql-error';
import type { JqlEnvironment, JqlIssue } from './types';

export interface OrderTerm {
  fieldId: string;
  direction: 'ASC' | 'DESC';
  key(issue: JqlIssue): SortKey | undefined;
}

/** Jira's default order of a REST search without ORDER BY. */
const DEFAULT_ORDER: { fieldId: string; direction: 'ASC' | 'DESC' } = {
  fieldId: 'created',
  direction: 'DESC',
};

/** Resolves ORDER BY terms (default direction ASC); without ORDER BY, `created DESC`. */
export function compileOrderBy(orderBy: OrderBy | undefined, env: JqlEnvironment): OrderTerm[] {
  if (!orderBy) {
    const sem = fieldSemantics({ id: 'created', kind: 'datetime', name: 'created' }, env, []);
    return [{ ...DEFAULT_ORDER, key: firstKey(sem.elements, sem.sortKey) }];
  }
  return orderBy.fields.map((orderField) => {
    const field = resolveJqlField(orderField.field, env);
    if (field.sortable === false)
      throw new JqlError(`Field '${field.name}' does not support sorting.`);
    const sem = fieldSemantics(field, env, []);
    return {
      fieldId: field.id,
      direction: orderField.direction ? orderField.direction.value : 'ASC',
      key: firstKey(sem.elements, sem.sortKey),
    };
  });
}

function firstKey(
  elements: (issue: JqlIssue) => unknown[],
  sortKey: (element: unknown) => SortKey | undefined,
): (issue: JqlIssue) => SortKey | undefined {
  return (issue) => {
    const [first] = elements(issue);
    return first === undefined ? undefined : sortKey(first);
  };
}

/**
 * A comparator over the terms: empty values last in ASC and first in DESC, ties broken by
 * issue id descending. Sort keys are computed once per issue object.
 */
export function orderComparator(terms: OrderTerm[]): (a: JqlIssue, b: JqlIssue) => number {
  const cache = new WeakMap<JqlIssue, (SortKey | undefined)[]>();
  const keysOf = (issue: JqlIssue): (SortKey | undefined)[] => {
    let keys = cache.get(issue);
    if (!keys) {
      keys = terms.map((t) => t.key(issue));
      cache.set(issue, keys);
    }
    return keys;
  };
  return (a, b) => {
    const [ka, kb] = [keysOf(a), keysOf(b)];
    for (let i = 0; i < terms.length; i++) {
      const [x, y] = [ka[i], kb[i]];
      if (x === undefined && y === undefined) continue;
      const ascending = x === undefined ? 1 : y === undefined ? -1 : compareKeys(x, y);
      if (ascending !== 0) return terms[i]?.direction === 'DESC' ? -ascending : ascending;
    }
    return compareIds(b.id, a.id);
  };
}

function compareIds(a: string, b: string): number {
  const [na, nb] = [Number(a), Number(b)];
  if (Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}
