/**
 * The issues a held review's counts include that carry an issue security level (9.3.2 figures:
 * trends, list totals, risk levels, audit results, incidents, competence, controls). Kept, keys
 * only, inside the sealed record at hold time, so that each later viewer is told how many of the
 * counted issues they cannot see — never a figure recomputed for them, never one revealing more.
 */
import { aimsTypeJql } from '../../jira/aims-jql';
import { customField, jql } from '../../jira/jql-builder';
import type { JqlClause } from '../../jira/jql-builder';
import { fieldIdOf } from '../../jira/aims-issue';
import { searchPages } from '../../jira/issue-search';
import type { ProductClient } from '../../jira/product-client';
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

/**
 * Keys of the counted issues that have an issue security level, read as the person holding the
 * review (what they counted): one keys-only search per counted set, every page.
 */
export async function readRestrictedCountedKeys(
  jira: ProductClient,
  sets: readonly JqlClause[],
): Promise<string[]> {
  const keys = new Set<string>();
  for (const set of sets) {
    const where = jql.and(set, jql.isNotEmpty('level'));
    for await (const page of searchPages(jira, { jql: where, fields: ['key'] })) {
      for (const issue of page) keys.add(issue.key);
    }
  }
  return [...keys].sort();
}
