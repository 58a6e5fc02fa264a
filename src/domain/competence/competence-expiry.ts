/**
 * When a competence record (7.2, A.4.6) needs action: its training or qualification expires on
 * its expiry date, and the daily scan opens one AIMS Action for that date. Records expiring
 * within the warning window are shown to management review as expiring.
 */
import { addDays } from '../calendar';

/** Days after the review date a record counts as expiring (management review inputs). */
export const COMPETENCE_EXPIRY_WARNING_DAYS = 30;

/**
 * The expiry dates a management review counts (9.3.2 d): expired from the start of the reviewed
 * period up to the review date — a record that lapsed before the period was already before the
 * previous review, and a renewal is a new record, so the old one would be counted for ever — and
 * expiring after the review date, up to COMPETENCE_EXPIRY_WARNING_DAYS after it.
 */
export interface CompetenceReviewWindow {
  readonly expiredFrom: string;
  readonly reviewDate: string;
  readonly expiringUntil: string;
}

export function competenceReviewWindow(
  periodStart: string,
  reviewDate: string,
): CompetenceReviewWindow {
  return {
    expiredFrom: periodStart < reviewDate ? periodStart : reviewDate,
    reviewDate,
    expiringUntil: addDays(reviewDate, COMPETENCE_EXPIRY_WARNING_DAYS),
  };
}

/** True when the record's expiry date has come (on or before `today`, YYYY-MM-DD). */
export function isCompetenceExpired(expiryDate: string | null | undefined, today: string): boolean {
  return typeof expiryDate === 'string' && expiryDate <= today;
}

/** The label marking the AIMS Action opened for one expiry date of one record (idempotence). */
export function competenceExpiryActionLabel(recordKey: string, expiryDate: string): string {
  return `aims-competence-expiry-${recordKey}-${expiryDate}`.toLowerCase();
}
