/**
 * The review of AI system impact assessments (8.4, A.5.2): for every completed assessment whose
 * next review date has come, the daily scan opens ONE "AIMS Action" to review it, once per
 * assessment and review date (dated-issue-actions.ts).
 */
import { impactReviewActionLabel, isImpactReviewDue } from '../domain/ai-system';
import type { ActiveAims } from '../jira/active-aims';
import { fieldIdOf } from '../jira/aims-issue';
import { createLabelledAimsAction } from '../jira/labelled-aims-action';
import type { JqlClause } from '../jira/jql-builder';
import { customField, jql } from '../jira/jql-builder';
import type { ProductClient } from '../jira/product-client';
import { openDueDatedActions } from './dated-issue-actions';
import type { ScanProgress } from './resumable-scan';

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

/**
 * The impact-review phase of the daily scan: opens the review actions of the due assessments after
 * the cursor's last key until the part should stop. True when it went through all of them.
 */
export function openDueImpactReviews(
  jira: ProductClient,
  aims: ActiveAims,
  progress: ScanProgress,
  opened: string[],
): Promise<boolean> {
  const completed = aims.state.statuses.impactCompleted;
  return openDueDatedActions(
    jira,
    aims,
    progress,
    {
      where: dueImpactReviewsJql(aims, progress.cursor.day),
      dateFieldId: aims.state.fields.impactNextReview
        ? fieldIdOf(aims.state, 'impactNextReview')
        : '',
      isDue: (date, status, today) => isImpactReviewDue(date, status === completed, today),
      property: IMPACT_REVIEW_PROPERTY,
      label: impactReviewActionLabel,
      create: (assessmentKey, reviewDate) =>
        createLabelledAimsAction(jira, aims.state, {
          summary: `Review the impact assessment ${assessmentKey}`,
          description: `The AI system impact assessment ${assessmentKey} was due for review on ${reviewDate} (ISO/IEC 42001 8.4, A.5.2).\nReopen it, check the consequences, misuse and context against the AI system as it is now, and complete it again with a new next review date.`,
          label: impactReviewActionLabel(assessmentKey, reviewDate),
          dueDate: reviewDate,
          values: { actionSource: 'Other' },
        }),
      counter: 'impactReviews',
    },
    opened,
  );
}
