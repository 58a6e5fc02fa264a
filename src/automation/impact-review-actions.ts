/**
 * The review of AI system impact assessments (8.4, A.5.2): for every completed assessment whose
 * next review date has come, the daily scan opens ONE "AIMS Action" to review it. Once per
 * assessment and review date, even when the scan runs twice:
 *   1. completed assessments due by today are found by JQL (key order, only the fields needed),
 *      after the cursor's last key, so a long pass goes on in its next part;
 *   2. the assessment's issue property records the review date claimed and then the action opened
 *      (read back by GET, which never lags behind like search does);
 *   3. a claim without an action (a run died between) is settled by searching the action's label
 *      before creating again.
 * Runs as the app; nothing it reads reaches a UI (the action names only the assessment's key).
 */
import { z } from 'zod';
import { impactReviewActionLabel, isImpactReviewDue } from '../domain/ai-system';
import type { ActiveAims } from '../jira/active-aims';
import { fieldIdOf } from '../jira/aims-issue';
import { readIssueProperty, writeIssueProperty } from '../jira/issue-property';
import { searchPages } from '../jira/issue-search';
import { createLabelledAimsAction, findIssueByLabel } from '../jira/labelled-aims-action';
import type { JqlClause } from '../jira/jql-builder';
import { customField, jql } from '../jira/jql-builder';
import type { ProductClient } from '../jira/product-client';
import type { ScanProgress } from './resumable-scan';

/** The issue property where an assessment keeps the review action opened for it. */
export const IMPACT_REVIEW_PROPERTY = 'aims-impact-review-action';

const reviewActionSchema = z.object({
  reviewDate: z.iso.date(),
  actionKey: z.string().optional(),
});

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

function createReviewAction(
  jira: ProductClient,
  aims: ActiveAims,
  assessmentKey: string,
  reviewDate: string,
): Promise<string> {
  return createLabelledAimsAction(jira, aims.state, {
    summary: `Review the impact assessment ${assessmentKey}`,
    description: `The AI system impact assessment ${assessmentKey} was due for review on ${reviewDate} (ISO/IEC 42001 8.4, A.5.2).\nReopen it, check the consequences, misuse and context against the AI system as it is now, and complete it again with a new next review date.`,
    label: impactReviewActionLabel(assessmentKey, reviewDate),
    dueDate: reviewDate,
    values: { actionSource: 'Other' },
  });
}

/** Opens the review action of one due assessment unless its property says it is open already. */
async function openReview(
  jira: ProductClient,
  aims: ActiveAims,
  assessment: { key: string; summary: string },
  reviewDate: string,
): Promise<string | undefined> {
  const recorded = await readIssueProperty(
    jira,
    assessment.key,
    IMPACT_REVIEW_PROPERTY,
    reviewActionSchema,
  );
  if (recorded?.reviewDate === reviewDate && recorded.actionKey) return undefined;
  const label = impactReviewActionLabel(assessment.key, reviewDate);
  const claimed = recorded?.reviewDate === reviewDate;
  if (!claimed)
    await writeIssueProperty(jira, assessment.key, IMPACT_REVIEW_PROPERTY, { reviewDate });
  const actionKey =
    (claimed ? await findIssueByLabel(jira, aims.state, label) : undefined) ??
    (await createReviewAction(jira, aims, assessment.key, reviewDate));
  await writeIssueProperty(jira, assessment.key, IMPACT_REVIEW_PROPERTY, { reviewDate, actionKey });
  return claimed ? undefined : actionKey;
}

/**
 * The impact-review phase of the daily scan: opens the review actions of the due assessments after
 * the cursor's last key until the part should stop. True when it went through all of them.
 */
export async function openDueImpactReviews(
  jira: ProductClient,
  aims: ActiveAims,
  progress: ScanProgress,
  opened: string[],
): Promise<boolean> {
  const today = progress.cursor.day;
  const where = dueImpactReviewsJql(aims, today);
  if (!where) return true;
  const after = progress.cursor.after;
  const nextReviewId = fieldIdOf(aims.state, 'impactNextReview');
  const search = {
    jql: jql.orderBy(jql.and(where, after !== undefined && jql.gt('key', after)), 'key'),
    fields: ['summary', 'status', nextReviewId],
  };
  for await (const page of searchPages(jira, search)) {
    for (const issue of page) {
      if (progress.shouldStop()) return false;
      const reviewDate = issue.fields[nextReviewId];
      // The search may lag behind an edit: check the date and status it returned.
      const status = (issue.fields.status as { id?: string } | undefined)?.id;
      const due =
        typeof reviewDate === 'string' &&
        isImpactReviewDue(reviewDate, status === aims.state.statuses.impactCompleted, today);
      const actionKey = due
        ? await openReview(
            jira,
            aims,
            { key: issue.key, summary: String(issue.fields.summary ?? '') },
            reviewDate,
          )
        : undefined;
      if (actionKey) opened.push(actionKey);
      await progress.itemDone(issue.key, actionKey ? { impactReviews: 1 } : {});
    }
  }
  return true;
}
