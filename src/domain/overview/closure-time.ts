/** Mean time from a record's opening to its closure, in whole days (9.1: how fast the AIMS acts). */
import { daysBetween } from '../calendar';

export interface ClosedSpan {
  openedOn: string;
  closedOn: string;
}

export interface ClosureTime {
  /** How many records the mean is of. */
  count: number;
  /** Mean days, rounded to one decimal; null when there is none. */
  meanDays: number | null;
  /** The longest span, in days; null when there is none. */
  longestDays: number | null;
}

export function closureTime(spans: readonly ClosedSpan[]): ClosureTime {
  if (spans.length === 0) return { count: 0, meanDays: null, longestDays: null };
  const days = spans.map((s) =>
    Math.max(0, daysBetween(s.openedOn.slice(0, 10), s.closedOn.slice(0, 10))),
  );
  const mean = days.reduce((a, b) => a + b, 0) / days.length;
  return {
    count: days.length,
    meanDays: Math.round(mean * 10) / 10,
    longestDays: Math.max(...days),
  };
}
