/**
 * When an AI risk is due for reassessment (8.2: at planned intervals): on its reassessment date
 * and after, while it is assessed, planned or treated (an identified risk is not assessed yet, a
 * closed one needs none).
 */
export function isRiskReassessmentDue(
  reassessmentDate: string | null | undefined,
  open: boolean,
  today: string,
): boolean {
  return open && typeof reassessmentDate === 'string' && reassessmentDate <= today;
}

/** The label marking the AIMS Action opened for one reassessment date of one risk (idempotence). */
export function riskReassessmentActionLabel(riskKey: string, reassessmentDate: string): string {
  return `aims-risk-reassessment-${riskKey}-${reassessmentDate}`.toLowerCase();
}
