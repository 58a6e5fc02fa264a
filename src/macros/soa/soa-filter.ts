/** The SoA macro's filters: by objective group (A.2–A.10, organization) and by status. */
import { z } from 'zod';
import type { SoaRow } from '../../domain/soa';

export const SOA_STATUS_FILTERS = [
  'included',
  'excluded',
  'undecided',
  'implemented',
  'in-progress',
  'planned',
  'not-started',
  'justification-missing',
] as const;
export type SoaStatusFilter = (typeof SOA_STATUS_FILTERS)[number];

export const SOA_STATUS_FILTER_LABELS: Record<SoaStatusFilter, string> = {
  included: 'Included',
  excluded: 'Excluded',
  undecided: 'Undecided',
  implemented: 'Implemented',
  'in-progress': 'In progress',
  planned: 'Planned',
  'not-started': 'Not started',
  'justification-missing': 'Justification missing',
};

export const soaFilterSchema = z.object({
  objective: z
    .string()
    .regex(/^(ISO42001:A\.(?:[2-9]|10)|ORG)$/, {
      error: 'Objective must be an Annex A objective like ISO42001:A.6, or ORG',
    })
    .nullish(),
  status: z
    .enum(SOA_STATUS_FILTERS, { error: `Status must be one of: ${SOA_STATUS_FILTERS.join(', ')}` })
    .nullish(),
});
export type SoaFilter = z.infer<typeof soaFilterSchema>;

function matchesStatus(row: SoaRow, status: SoaStatusFilter): boolean {
  switch (status) {
    case 'included':
    case 'excluded':
    case 'undecided':
      return row.applicability === status;
    case 'justification-missing':
      return row.flags.includes('justification-missing');
    default:
      return row.implementationStatus === status;
  }
}

/** Rows matching the filter (no filter: all rows). */
export function filterRows(rows: readonly SoaRow[], filter: SoaFilter): SoaRow[] {
  return rows.filter(
    (row) =>
      (!filter.objective ||
        (filter.objective === 'ORG'
          ? row.source === 'organization'
          : row.objectiveId === filter.objective)) &&
      (!filter.status || matchesStatus(row, filter.status)),
  );
}
