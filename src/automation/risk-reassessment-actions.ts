/**
 * The reassessment of AI risks (8.2, 6.1.2): for every assessed, planned or treated risk whose
 * reassessment date has come, the daily scan opens ONE "AIMS Action" to reassess it
 * (due-review-actions.ts keeps it to one per risk and reassessment date).
 */
import { isRiskReassessmentDue, riskReassessmentActionLabel } from '../domain/risk';
import type { ActiveAims } from '../jira/active-aims';
import type { JqlClause } from '../jira/jql-builder';
import { customField, jql } from '../jira/jql-builder';
import type { DueReviewKind } from './due-review-actions';

/** The issue property where a risk keeps the reassessment action opened for it. */
export const RISK_REASSESSMENT_PROPERTY = 'aims-risk-reassessment-action';

/** The ids of the statuses in which a risk is reassessed when due. */
function openRiskStatusIds(aims: ActiveAims): string[] {
  const { statuses } = aims.state;
  return [statuses.riskAssessed, statuses.riskTreatmentPlanned, statuses.riskMonitoring].filter(
    (id): id is string => typeof id === 'string',
  );
}

/** Open AI risks of the project whose reassessment date is on or before `today`. */
export function dueRiskReassessmentsJql(aims: ActiveAims, today: string): JqlClause | undefined {
  const { state, config } = aims;
  const date = state.fields.riskReassessmentDate;
  const open = openRiskStatusIds(aims);
  if (!date || open.length === 0) return undefined;
  return jql.and(
    jql.eq('project', state.projectKey),
    jql.eq('issuetype', config.issueTypeNames.aiRisk),
    jql.in('status', open),
    jql.lte(customField(date), today),
  );
}

export const RISK_REASSESSMENTS: DueReviewKind = {
  property: RISK_REASSESSMENT_PROPERTY,
  dateField: 'riskReassessmentDate',
  counter: 'riskReassessments',
  dueJql: dueRiskReassessmentsJql,
  isDue: (aims, date, statusId, today) =>
    isRiskReassessmentDue(
      date,
      statusId !== undefined && openRiskStatusIds(aims).includes(statusId),
      today,
    ),
  label: riskReassessmentActionLabel,
  action: (key, date) => ({
    summary: `Reassess the AI risk ${key}`,
    description: `The AI risk ${key} was due for reassessment on ${date} (ISO/IEC 42001 8.2, 6.1.2).\nRe-assess it: check its likelihood, consequences and treatment against the AI system as it is now, have the treatment and the residual risk approved and accepted again, and set its next reassessment date.`,
  }),
};
