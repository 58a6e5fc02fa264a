/**
 * The risks an approved SoA counts but does not list (a row lists its first SOA_RISKS_LISTED and
 * counts the rest) that carry an issue security level. Kept, keys only, in the sealed approval, so
 * that each later viewer is told how many of the counted risks they cannot see; the listed ones
 * are already left out for them and counted as hidden (soa-visibility.ts).
 */
import type { SoaRow } from '../../domain/soa';
import { hasUnlistedRisks } from '../../domain/soa';
import type { JqlClause } from '../../jira/jql-builder';
import { jql } from '../../jira/jql-builder';
import type { ProductClient } from '../../jira/product-client';
import { readRestrictedCountedKeys } from '../../jira/restricted-issue-keys';
import { snapshotIssueKeys } from './soa-visibility';

/** Read as the approver, in one search over every row that counts more risks than it lists. */
export async function readRestrictedUnlistedRiskKeys(
  jira: ProductClient,
  rows: readonly SoaRow[],
  risksClauseOf: (controlKey: string) => JqlClause,
): Promise<string[]> {
  const controls = rows.flatMap((r) =>
    r.recordKey !== null && hasUnlistedRisks(r) ? [r.recordKey] : [],
  );
  if (controls.length === 0) return [];
  const listed = new Set(snapshotIssueKeys(rows));
  const keys = await readRestrictedCountedKeys(jira, [jql.or(...controls.map(risksClauseOf))]);
  return keys.filter((k) => !listed.has(k));
}
