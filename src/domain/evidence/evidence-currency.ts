/**
 * Whether evidence is still current (7.5.2, 7.5.3: documented information is reviewed and kept
 * suitable). An item is stale once its review date has come; an item without a review date (or
 * without an effective date) cannot be shown to be current. The earliest review date of a
 * control's items is the date the daily scan opens an AIMS Action on.
 */
import { addDays } from '../calendar';
import type { EvidenceItem } from './evidence-item';

/** Days before its review date an item counts as "review due soon". */
export const EVIDENCE_REVIEW_WARNING_DAYS = 30;

export type EvidenceCurrency = 'current' | 'review-soon' | 'stale' | 'undated';

export function evidenceCurrency(
  item: Pick<EvidenceItem, 'effectiveDate' | 'reviewDate'>,
  today: string,
): EvidenceCurrency {
  if (!item.effectiveDate || !item.reviewDate) return 'undated';
  if (item.reviewDate <= today) return 'stale';
  if (item.reviewDate <= addDays(today, EVIDENCE_REVIEW_WARNING_DAYS)) return 'review-soon';
  return 'current';
}

/** True when the item's review date has come (on or before `today`). */
export const isEvidenceStale = (
  item: Pick<EvidenceItem, 'effectiveDate' | 'reviewDate'>,
  today: string,
): boolean => evidenceCurrency(item, today) === 'stale';

/** The earliest review date of the items (null when none has one): when the control's evidence is next due. */
export function nextEvidenceReviewDate(
  items: readonly Pick<EvidenceItem, 'reviewDate'>[],
): string | null {
  let earliest: string | null = null;
  for (const { reviewDate } of items)
    if (reviewDate && (earliest === null || reviewDate < earliest)) earliest = reviewDate;
  return earliest;
}

/** What a reader is told about one item that is not current (null when it is current). */
export function evidenceCurrencyWarning(item: EvidenceItem, today: string): string | null {
  const name = item.label ?? item.url ?? 'An evidence item';
  switch (evidenceCurrency(item, today)) {
    case 'stale':
      return `Stale evidence: "${name}" was due for review on ${item.reviewDate}; review it and record its new dates, or replace it (7.5).`;
    case 'undated':
      return `"${name}" has no ${item.effectiveDate ? 'review' : 'effective'} date: write the line as "effective/review date label link", e.g. 2026-01-15/2027-01-15 (7.5).`;
    default:
      return null;
  }
}

/** The label marking the AIMS Action opened for one review date of one control's evidence. */
export function evidenceExpiryActionLabel(controlKey: string, reviewDate: string): string {
  return `aims-evidence-review-${controlKey}-${reviewDate}`.toLowerCase();
}
