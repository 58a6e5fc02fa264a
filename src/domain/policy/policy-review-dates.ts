/**
 * When the AI policy is due for its next policy review (A.2.4, 7.5.2): the review falls due on
 * its date and is overdue from the day after. (A "review" elsewhere in the app is the management
 * review of clause 9.3.)
 */
import { daysBetween } from '../calendar';

export type PolicyReviewState = 'none' | 'scheduled' | 'due' | 'overdue';

/** Where a policy review stands on `today` (`YYYY-MM-DD`). */
export function policyReviewStateOn(
  nextReviewDate: string | undefined,
  today: string,
): { state: PolicyReviewState; daysOverdue: number } {
  if (!nextReviewDate) return { state: 'none', daysOverdue: 0 };
  const late = daysBetween(nextReviewDate, today);
  if (late > 0) return { state: 'overdue', daysOverdue: late };
  if (late === 0) return { state: 'due', daysOverdue: 0 };
  return { state: 'scheduled', daysOverdue: 0 };
}

/** True when a policy review should be opened today (the date has come). */
export function isPolicyReviewDue(nextReviewDate: string | undefined, today: string): boolean {
  const { state } = policyReviewStateOn(nextReviewDate, today);
  return state === 'due' || state === 'overdue';
}
