/**
 * The review of AI system impact assessments (8.4, A.5.2): for every completed assessment whose
 * next review date has come, the daily scan opens ONE "AIMS Action" to review it
 * (due-review-actions.ts keeps it to one per assessment and review date).
 */
import { impactReviewActionLabel, isImpactReviewDue } from '../domain/ai-system';
import type { ActiveAims } from '../jira/active-aims';
import type { JqlClause } from '../jira/jql-builder';
import { customField, jql } from '../jira/jql-builder';
import type { DueReviewKind } from './due-review-actions';

/** The issue property where an assessment keeps the review action opened for it. */
export const IMPACT_REVIEW_PROPERTY = 'aims-impact-review-action';

/** Completed impact assessments of the project whose next review date is on or before `today`. */
export function dueImpactReviewsJql(aims: ActiveAims, today: string): JqlClause | undefined {
  const { state, config } = aims;
  const completed = state.statuses.impactCompleted;
  const nextReview = state.fields.impactNextReview;
  if (!completed || !nextReview) return undefined;
  return jql.and(
    jql.eq('project', state.projectKey),
    jql.eq('issuetype', config.issueTypeNames.impactAssessment),
    jql.eq('status', completed),
    jql.lte(customField(nextReview), today),
  );
}

export const IMPACT_REVIEWS: DueReviewKind = {
  property: IMPACT_REVIEW_PROPERTY,
  dateField: 'impactNextReview',
  counter: 'impactReviews',
  dueJql: dueImpactReviewsJql,
  isDue: (aims, reviewDate, statusId, today) =>
    isImpactReviewDue(reviewDate, statusId === aims.state.statuses.impactCompleted, today),
  label: impactReviewActionLabel,
  action: (key, reviewDate) => ({
    summary: `Review the impact assessment ${key}`,
    description: `The AI system impact assessment ${key} was due for review on ${reviewDate} (ISO/IEC 42001 8.4, A.5.2).\nReopen it, check the consequences, misuse and context against the AI system as it is now, and complete it again with a new next review date.`,
  }),
};
