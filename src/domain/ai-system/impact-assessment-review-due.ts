/**
 * When an impact assessment is due for review (8.4, A.5.2): on its next review date and after.
 * Only a completed assessment is due; one already reopened is being reviewed.
 */
export function isImpactReviewDue(
  nextReviewDate: string | null | undefined,
  completed: boolean,
  today: string,
): boolean {
  return completed && typeof nextReviewDate === 'string' && nextReviewDate <= today;
}

/** The label marking the AIMS Action opened for one review date of one assessment (idempotence). */
export function impactReviewActionLabel(assessmentKey: string, nextReviewDate: string): string {
  return `aims-impact-review-${assessmentKey}-${nextReviewDate}`.toLowerCase();
}
