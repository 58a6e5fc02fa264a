import { canonicalJson } from '../integrity/canonical-hash';
import type { SoaRow } from './soa-row';
import { risksDiffer } from './soa-risk-digest';

/**
 * Fields of a row that a reader of the SoA would notice changing. `risks` stands for every risk
 * the control treats (the listed ones as shown, the others by the digest of which they are).
 */
export const SOA_COMPARED_FIELDS = [
  'title',
  'applicability',
  'justification',
  'implementationStatus',
  'ownerAccountId',
  'risks',
  'evidence',
  'recordKey',
] as const satisfies readonly (keyof SoaRow)[];

export type SoaComparedField = (typeof SOA_COMPARED_FIELDS)[number];

export interface SoaRowChange {
  readonly controlId: string;
  readonly fields: readonly SoaComparedField[];
  readonly before: SoaRow;
  readonly after: SoaRow;
}

export interface SoaDiff {
  readonly added: readonly SoaRow[];
  readonly removed: readonly SoaRow[];
  readonly changed: readonly SoaRowChange[];
  readonly unchangedCount: number;
  /** True when nothing was added, removed or changed. */
  readonly identical: boolean;
}

/** What changed between the approved SoA and the current one, row by row (keyed by control ID). */
export function diffSoa(approved: readonly SoaRow[], current: readonly SoaRow[]): SoaDiff {
  const before = new Map(approved.map((r) => [r.controlId, r]));
  const after = new Map(current.map((r) => [r.controlId, r]));
  const added = current.filter((r) => !before.has(r.controlId));
  const removed = approved.filter((r) => !after.has(r.controlId));
  const changed: SoaRowChange[] = [];
  let unchangedCount = 0;
  for (const row of current) {
    const old = before.get(row.controlId);
    if (!old) continue;
    const fields = SOA_COMPARED_FIELDS.filter((field) =>
      field === 'risks'
        ? risksDiffer(old, row)
        : canonicalJson(old[field]) !== canonicalJson(row[field]),
    );
    if (fields.length > 0)
      changed.push({ controlId: row.controlId, fields, before: old, after: row });
    else unchangedCount += 1;
  }
  return {
    added,
    removed,
    changed,
    unchangedCount,
    identical: added.length === 0 && removed.length === 0 && changed.length === 0,
  };
}
