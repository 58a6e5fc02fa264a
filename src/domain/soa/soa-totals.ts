import type { SoaRow, SoaTotals } from './soa-row';

/** Counts over SoA rows; the implemented share is of the applicable (included) rows. */
export function soaTotals(rows: readonly SoaRow[]): SoaTotals {
  const applicableRows = rows.filter((r) => r.applicability === 'included');
  const implemented = applicableRows.filter((r) => r.implementationStatus === 'implemented').length;
  return {
    rows: rows.length,
    applicable: applicableRows.length,
    implemented,
    implementedPercent:
      applicableRows.length === 0
        ? null
        : Math.round((implemented / applicableRows.length) * 1000) / 10,
    excluded: rows.filter((r) => r.applicability === 'excluded').length,
    undecided: rows.filter((r) => r.applicability === 'undecided').length,
    justificationMissing: rows.filter((r) => r.flags.includes('justification-missing')).length,
  };
}
