/** Review dates of controlled documents: calendar arithmetic on `YYYY-MM-DD`, in UTC. */

/** `YYYY-MM-DD` of an instant, in UTC. */
export function utcDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** Adds whole months; the day is clamped to the end of a shorter month (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`Not a date: ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const target = new Date(Date.UTC(year, month + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return utcDate(target);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export type ReviewState = 'none' | 'scheduled' | 'due' | 'overdue';

/** A review falls due on its date and is overdue from the day after. */
export function reviewStateOn(
  nextReviewDate: string | undefined,
  today: string,
): { state: ReviewState; daysOverdue: number } {
  if (!nextReviewDate) return { state: 'none', daysOverdue: 0 };
  const late = daysBetween(nextReviewDate, today);
  if (late > 0) return { state: 'overdue', daysOverdue: late };
  if (late === 0) return { state: 'due', daysOverdue: 0 };
  return { state: 'scheduled', daysOverdue: 0 };
}

/** True when a policy review should be opened today (the date has come). */
export function isReviewDue(nextReviewDate: string | undefined, today: string): boolean {
  const { state } = reviewStateOn(nextReviewDate, today);
  return state === 'due' || state === 'overdue';
}
