/** Words the management review shows for the domain's codes, in the macro and in its export. */
import type { FindingGrade } from '../domain/records/audit-finding';
import type { ReviewDecisionKind } from '../domain/records/management-review';

export const GRADE_LABELS: Record<FindingGrade, string> = {
  'major-nc': 'Major nonconformity',
  'minor-nc': 'Minor nonconformity',
  observation: 'Observation',
  'opportunity-for-improvement': 'Opportunity for improvement',
};

export const DECISION_KIND_LABELS: Record<ReviewDecisionKind, string> = {
  'continual-improvement': 'Continual improvement',
  'aims-change': 'Change to the AIMS',
  other: 'Other',
};

/** What the counts of risk levels and audit results are (Jira's search index, not a snapshot). */
export const COUNTED_BY_JIRA =
  'Counted by Jira’s search, as you may see the issues; a change made in the last moments may not be counted yet.';

/** The AI incidents of a review period in one sentence (A.8.4, 10.2), in the macro and its export. */
export function incidentFiguresText(
  incidents: { reported: number; breached: number; open: number } | null | undefined,
): string {
  if (!incidents) return 'AI incidents were not counted for this review.';
  return `${incidents.reported} AI incident(s) reported in the period, ${incidents.breached} of them breached a requirement (each raises a Nonconformity); ${incidents.open} open now.`;
}
