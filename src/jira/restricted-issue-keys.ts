/**
 * Which of the issues a sealed record counts carry an issue security level: kept, keys only,
 * inside the record when it is held or approved, so that each later viewer can be told how many
 * of the counted issues they cannot see — never a figure recomputed for them, never one revealing
 * more. Read as the person sealing the record (what they counted).
 */
import { jql } from './jql-builder';
import type { JqlClause } from './jql-builder';
import { searchPages } from './issue-search';
import type { ProductClient } from './product-client';

/** Keys of the issues of `sets` that have a security level: one keys-only search per set, every page. */
export async function readRestrictedCountedKeys(
  jira: ProductClient,
  sets: readonly JqlClause[],
): Promise<string[]> {
  const keys = new Set<string>();
  for (const set of sets) {
    const where = jql.and(set, jql.isNotEmpty('level'));
    for await (const page of searchPages(jira, { jql: where, fields: ['key'] })) {
      for (const issue of page) keys.add(issue.key);
    }
  }
  return [...keys].sort();
}

/** How many of a record's restricted counted keys the viewer cannot browse (`browsable`: upper-case keys). */
export function countedUnseenBy(
  restricted: readonly string[],
  browsable: ReadonlySet<string>,
): number {
  return restricted.filter((k) => !browsable.has(k.toUpperCase())).length;
}
