/**
 * Evidence that has to be reviewed (7.5): for every AI Control whose "Evidence review date" (the
 * earliest review date of its evidence items) has come, the daily scan opens ONE AIMS Action to
 * review or replace the evidence, once per control and review date (due-review-actions.ts).
 */
import { evidenceExpiryActionLabel } from '../domain/evidence';
import type { ActiveAims } from '../jira/active-aims';
import type { JqlClause } from '../jira/jql-builder';
import type { DueReviewKind } from './due-review-actions';
import { recordsDueJql } from './due-review-actions';

/** The issue property where an AI Control keeps the action opened for its evidence review. */
export const EVIDENCE_EXPIRY_PROPERTY = 'aims-evidence-review-action';

/** AI Controls of the project whose evidence review date is on or before `today`. */
export const dueEvidenceJql = (aims: ActiveAims, today: string): JqlClause | undefined =>
  recordsDueJql(aims, 'aiControl', aims.state.fields.evidenceReviewDate, today);

export const EVIDENCE_EXPIRIES: DueReviewKind = {
  property: EVIDENCE_EXPIRY_PROPERTY,
  dateField: 'evidenceReviewDate',
  counter: 'evidenceReviews',
  dueJql: dueEvidenceJql,
  isDue: (_aims, date, _status, today) => date <= today,
  label: evidenceExpiryActionLabel,
  action: (controlKey, reviewDate) => ({
    summary: `Review the evidence of ${controlKey}`,
    description: `Evidence recorded on the AI Control ${controlKey} was due for review on ${reviewDate} (ISO/IEC 42001 7.5).\nCheck that it is still current: record its new effective and review dates in "Evidence", or replace it with current evidence.`,
  }),
};
