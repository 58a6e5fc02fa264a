/**
 * When a competence record (7.2, A.4.6) needs action: its training or qualification expires on
 * its expiry date, and the daily scan opens one AIMS Action for that date. Records expiring
 * within the warning window are shown to management review as expiring.
 */

/** Days before the expiry date a record counts as expiring (management review inputs). */
export const COMPETENCE_EXPIRY_WARNING_DAYS = 60;

/** True when the record's expiry date has come (on or before `today`, YYYY-MM-DD). */
export function isCompetenceExpired(expiryDate: string | null | undefined, today: string): boolean {
  return typeof expiryDate === 'string' && expiryDate <= today;
}

/** The label marking the AIMS Action opened for one expiry date of one record (idempotence). */
export function competenceExpiryActionLabel(recordKey: string, expiryDate: string): string {
  return `aims-competence-expiry-${recordKey}-${expiryDate}`.toLowerCase();
}
