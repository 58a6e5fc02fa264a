/**
 * What of an SoA a viewer may see. The domain builder always lists the 38 Annex A controls; when
 * the AI Control issue behind one of them is hidden from the viewer, showing the row as
 * "undecided" would be wrong, so the row is left out and counted as hidden instead. An approved
 * snapshot is filtered for each viewer the same way, by the keys it stores.
 */
import { ANNEX_A_OBJECTIVES } from '../../domain/catalog/annex-a';
import type { SoaGroup, SoaRow, StatementOfApplicability } from '../../domain/soa';
import { contentHash } from '../../domain/integrity/canonical-hash';
import { hasUnlistedRisks, riskCountOf, soaTotals } from '../../domain/soa';

/** Regroups rows by objective (A.2–A.10, then organization controls) with the domain's totals. */
export function groupRows(rows: readonly SoaRow[]): SoaGroup[] {
  const groups: SoaGroup[] = ANNEX_A_OBJECTIVES.map((objective) => {
    const own = rows.filter((r) => r.objectiveId === objective.id);
    return {
      id: objective.id,
      ref: objective.ref,
      title: objective.title,
      rows: own,
      totals: soaTotals(own),
    };
  });
  const org = rows.filter((r) => r.source === 'organization');
  if (org.length > 0) {
    groups.push({
      id: 'ORG',
      ref: 'ORG',
      title: 'Organization controls',
      rows: org,
      totals: soaTotals(org),
    });
  }
  return groups;
}

/**
 * Leaves out Annex A rows whose provisioned AI Control issue the viewer cannot see. Only applies
 * when the viewer has hidden controls at all (so an issue deleted from Jira still shows, as
 * undecided, to someone who sees everything). The hidden count is not changed: those issues are
 * already counted.
 */
export function withoutHiddenAnnexRows(
  soa: StatementOfApplicability,
  provisionedControls: Readonly<Record<string, string>>,
  visibleControlKeys: ReadonlySet<string>,
): StatementOfApplicability {
  if (soa.hidden.controls === 0) return soa;
  const hiddenRow = (row: SoaRow): boolean => {
    if (row.source !== 'annex-a' || row.recordKey !== null) return false;
    const key = provisionedControls[row.controlId];
    return key !== undefined && !visibleControlKeys.has(key);
  };
  const rows = soa.rows.filter((r) => !hiddenRow(r));
  return { ...soa, rows, groups: groupRows(rows), totals: soaTotals(rows) };
}

export interface VisibleSnapshot {
  rows: SoaRow[];
  hiddenRows: number;
  hiddenRisks: number;
}

/** Every issue an approved snapshot names: its rows' control issues and their listed risks. */
export function snapshotIssueKeys(rows: readonly SoaRow[]): string[] {
  const keys = rows.flatMap((row) => [
    ...(row.recordKey !== null ? [row.recordKey] : []),
    ...row.risks.flatMap((r) => (r.key !== null ? [r.key] : [])),
  ]);
  return [...new Set(keys)];
}

/**
 * An approved snapshot as one viewer may see it, every time: rows whose control issue they cannot
 * browse, and risks they cannot browse, are left out and counted ("N hidden"); nothing else of
 * them (key, title, owner) stays. `browsable`: the snapshot's keys the viewer may browse (none
 * for an export, which has no reader).
 */
export function visibleSnapshotRows(
  rows: readonly SoaRow[],
  browsable: ReadonlySet<string>,
): VisibleSnapshot {
  let hiddenRows = 0;
  let hiddenRisks = 0;
  const out: SoaRow[] = [];
  for (const row of rows) {
    if (row.recordKey !== null && !browsable.has(row.recordKey)) {
      hiddenRows += 1;
      continue;
    }
    const risks = row.risks.filter((r) => r.key === null || browsable.has(r.key));
    const removed = row.risks.length - risks.length;
    hiddenRisks += removed;
    out.push(removed === 0 ? row : withoutListedRisks(row, risks, removed));
  }
  return { rows: out, hiddenRows, hiddenRisks };
}

/**
 * A row without some of its listed risks. When the row listed all of its risks the digest is made
 * again over what is left (so it compares equal to the viewer's live row); risks beyond the
 * listed ones were never in the snapshot, so they cannot be checked here.
 */
function withoutListedRisks(row: SoaRow, risks: SoaRow['risks'], removed: number): SoaRow {
  return hasUnlistedRisks(row)
    ? { ...row, risks, riskCount: riskCountOf(row) - removed }
    : {
        ...row,
        risks,
        riskCount: risks.length,
        riskDigest: contentHash(risks.map((r) => ({ key: r.key, title: r.title }))),
      };
}
