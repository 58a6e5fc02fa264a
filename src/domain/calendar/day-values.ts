/**
 * Days of the values Jira answers — a date field (`2026-07-03`), a date-time
 * (`2026-07-03T10:00:00.000+0200`), or nothing — compared as calendar days, written as stored.
 */

/** The calendar day of a date or date-time string as written (`2026-07-03T10:00+02:00` → `2026-07-03`). */
export const dayOf = (value: string): string => value.slice(0, 10);

/** The calendar day of a field's value; null when it is empty or not a date. */
export const dayOfValue = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? dayOf(value) : null;

/** Whether a value's day is before `day`; false when it is empty. */
export function isBefore(value: unknown, day: string): boolean {
  const d = dayOfValue(value);
  return d !== null && d < day;
}

/** Whether a value's day is from `from` to `to`, both included; false when it is empty. */
export function isWithin(value: unknown, from: string, to: string): boolean {
  const d = dayOfValue(value);
  return d !== null && d >= from && d <= to;
}
