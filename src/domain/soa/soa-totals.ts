import type { SoaRow, SoaTotals } from './soa-row';

/** Counts over SoA rows (one pass); the implemented share is of the applicable (included) rows. */
export function soaTotals(rows: readonly SoaRow[]): SoaTotals {
  let applicable = 0;
  let implemented = 0;
  let excluded = 0;
  let undecided = 0;
  let justificationMissing = 0;
  for (const r of rows) {
    if (r.applicability === 'included') {
      applicable += 1;
      if (r.implementationStatus === 'implemented') implemented += 1;
    } else if (r.applicability === 'excluded') excluded += 1;
    else undecided += 1;
    if (r.flags.includes('justification-missing')) justificationMissing += 1;
  }
  return {
    rows: rows.length,
    applicable,
    implemented,
    implementedPercent:
      applicable === 0 ? null : Math.round((implemented / applicable) * 1000) / 10,
    excluded,
    undecided,
    justificationMissing,
  };
}
