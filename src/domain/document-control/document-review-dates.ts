/**
 * When a controlled document is due for its next review (7.5.2; for the AI policy A.2.4): the
 * review falls due on its date and is overdue from the day after. (A "review" elsewhere in the
 * app is the management review of clause 9.3.)
 */
import { daysBetween } from '../calendar';

export type DocumentReviewState = 'none' | 'scheduled' | 'due' | 'overdue';

/** Where a document review stands on `today` (`YYYY-MM-DD`). */
export function documentReviewStateOn(
  nextReviewDate: string | undefined,
  today: string,
): { state: DocumentReviewState; daysOverdue: number } {
  if (!nextReviewDate) return { state: 'none', daysOverdue: 0 };
  const late = daysBetween(nextReviewDate, today);
  if (late > 0) return { state: 'overdue', daysOverdue: late };
  if (late === 0) return { state: 'due', daysOverdue: 0 };
  return { state: 'scheduled', daysOverdue: 0 };
}

/** True when a document review should be opened today (the date has come). */
export function isDocumentReviewDue(nextReviewDate: string | undefined, today: string): boolean {
  const { state } = documentReviewStateOn(nextReviewDate, today);
  return state === 'due' || state === 'overdue';
}
