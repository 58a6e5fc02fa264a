/**
 * How old an open record is, in bands a person reads at a glance (under 30 days, 30–89, 90–179,
 * 180 and more), each band as the range of creation dates it holds on `asOf`, so a JQL search on
 * `created` finds exactly the records of the band.
 */
import { addDays, daysBetween } from '../calendar';

export interface AgeBand {
  id: 'under30' | 'under90' | 'under180' | 'older';
  label: string;
  /** Created on or after this day (none: no lower bound). */
  createdFrom?: string;
  /** Created before this day (none: up to now). */
  createdBefore?: string;
}

const LIMITS = [
  { id: 'under30', label: 'Under 30 days', days: 30 },
  { id: 'under90', label: '30–89 days', days: 90 },
  { id: 'under180', label: '90–179 days', days: 180 },
] as const;

/** The bands on `asOf`, youngest first; together they hold every creation date, once. */
export function ageBands(asOf: string): AgeBand[] {
  const bands: AgeBand[] = [];
  let before: string | undefined;
  for (const limit of LIMITS) {
    const from = addDays(asOf, -(limit.days - 1));
    bands.push({
      id: limit.id,
      label: limit.label,
      createdFrom: from,
      ...(before ? { createdBefore: before } : {}),
    });
    before = from;
  }
  bands.push({
    id: 'older',
    label: '180 days and more',
    ...(before ? { createdBefore: before } : {}),
  });
  return bands;
}

/** The band of a record created on `createdOn` (`YYYY-MM-DD`), seen on `asOf`. */
export function ageBandOf(bands: readonly AgeBand[], createdOn: string): AgeBand['id'] {
  const band = bands.find(
    (b) =>
      (b.createdFrom === undefined || daysBetween(b.createdFrom, createdOn) >= 0) &&
      (b.createdBefore === undefined || daysBetween(createdOn, b.createdBefore) > 0),
  );
  return band?.id ?? 'older';
}
