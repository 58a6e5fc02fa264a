/**
 * The sets a held review's figures count (9.3.2: trends, list totals, risk levels, audit results,
 * incidents, competence, controls), whose issues with a security level are kept in the sealed record
 * at hold time (src/jira/restricted-issue-keys.ts).
 */
import { aimsTypeJql } from '../../jira/aims-jql';
import { customField, jql } from '../../jira/jql-builder';
import type { JqlClause } from '../../jira/jql-builder';
import { fieldIdOf } from '../../jira/aims-issue';
import type { ReviewPeriod } from '../../domain/review';
import type { ProvisioningState } from '../../storage/provisioning-state';
import { dayAfter } from './review-source-mapping';
import {
  competenceJqls,
  improvementItemsJql,
  incidentsReportedJql,
  opportunityFindingsJql,
  touchesPeriod,
} from './review-jira-reader';

/**
 * The sets the review's figures are counted from — trends (nonconformities, corrective actions),
 * the totals of its lists, and its tallies — each as the reader searches it.
 */
export function reviewCountedSets(
  state: ProvisioningState,
  period: ReviewPeriod,
  asOf: string,
): JqlClause[] {
  const competence = competenceJqls(state, period, asOf);
  return [
    jql.and(aimsTypeJql(state, 'nonconformity'), touchesPeriod(period)),
    jql.and(aimsTypeJql(state, 'correctiveAction'), touchesPeriod(period)),
    opportunityFindingsJql(state, period),
    improvementItemsJql(state),
    jql.and(aimsTypeJql(state, 'aiRisk'), jql.statusCategoryNot('done')),
    jql.and(
      aimsTypeJql(state, 'auditFinding'),
      jql.gte('created', period.start),
      jql.lt('created', dayAfter(period.end)),
    ),
    jql.and(
      aimsTypeJql(state, 'aiControl'),
      jql.eq(customField(fieldIdOf(state, 'applicability')), 'Included'),
    ),
    ...(state.issueTypes.aiIncident
      ? [
          incidentsReportedJql(state, period),
          jql.and(aimsTypeJql(state, 'aiIncident'), jql.statusCategoryNot('done')),
        ]
      : []),
    ...(competence ? [competence.expired, competence.expiring] : []),
  ];
}
