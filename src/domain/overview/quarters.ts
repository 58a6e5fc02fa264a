/** The calendar quarters an overview trend runs over (UTC dates, `YYYY-MM-DD`). */
import { addMonths } from '../calendar';

export interface Quarter {
  /** "2026 Q4" */
  label: string;
  /** First day of the quarter. */
  start: string;
  /** First day of the next quarter (a date range is `>= start AND < before`). */
  before: string;
}

/** The quarter holding `date`. */
export function quarterOf(date: string): Quarter {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (!Number.isInteger(year) || !(month >= 1 && month <= 12))
    throw new Error(`Not a date: ${date}`);
  const q = Math.floor((month - 1) / 3);
  const start = `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  return { label: `${year} Q${q + 1}`, start, before: addMonths(start, 3) };
}

/** The last `count` quarters up to and including the one holding `asOf`, oldest first. */
export function lastQuarters(asOf: string, count = 4): Quarter[] {
  const current = quarterOf(asOf);
  return Array.from({ length: count }, (_v, i) =>
    quarterOf(addMonths(current.start, -3 * (count - 1 - i))),
  );
}
