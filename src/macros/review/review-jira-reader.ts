/**
 * Reads what input 9.3.2 a) and d)–e) need from Jira, AS THE VIEWER: one JQL search per record
 * kind with only the fields needed (nextPageToken paging), and counts from approximate-count.
 * Never one request per issue.
 */
import type { ManagementReviewSource, ReviewPeriod } from '../../domain/review';
import { DEFAULT_RISK_MATRIX } from '../../domain/risk';
import type { AimsIssue } from '../../jira/aims-issue';
import { fieldIdOf, readAimsIssue } from '../../jira/aims-issue';
import type { AimsIssueTypeKey } from '../../jira/aims-schema';
import { approximateCount, searchIssues } from '../../jira/issue-search';
import type { JqlClause } from '../../jira/jql-builder';
import { customField, jql, quote } from '../../jira/jql-builder';
import type { ProductClient } from '../../jira/product-client';
import type { ProvisioningState } from '../../storage/provisioning-state';
import {
  auditFindingOf,
  correctiveActionOf,
  dayAfter,
  improvementItemOf,
  nonconformityOf,
  previousActionOf,
  riskLevelOf,
  soaFigures,
} from './review-source-mapping';

/** Label that marks an open item as an improvement opportunity (9.3.2 e, 10.1). */
export const IMPROVEMENT_LABEL = 'aims-improvement';
/** A UI safety bound per record kind. */
const LIMIT = 2000;

type JiraPart = Omit<
  ManagementReviewSource,
  'asOf' | 'externalInternalIssues' | 'interestedParties'
>;

export interface ReviewJiraFacts {
  source: JiraPart;
  /** Findings in scope that have no grade (left out of the grade counts). */
  ungradedFindings: number;
}

const BASE_FIELDS = ['summary', 'status', 'created', 'resolutiondate', 'updated', 'duedate'];

function typeClause(state: ProvisioningState, type: AimsIssueTypeKey): JqlClause {
  const id = state.issueTypes[type];
  if (!id)
    throw new Error(
      `The issue type '${type}' is not provisioned in ${state.projectKey}; run provisioning again.`,
    );
  return jql.and(jql.eq('project', state.projectKey), jql.eq('issuetype', id));
}

async function search(
  jira: ProductClient,
  state: ProvisioningState,
  where: JqlClause,
  fields: readonly string[],
): Promise<AimsIssue[]> {
  const raw = await searchIssues(jira, { jql: jql.orderBy(where, 'key'), fields, limit: LIMIT });
  return raw.map((r) => readAimsIssue(r, state));
}

/** AIMS Actions decided on the review page `reviewPageId` (their "Management review reference"). */
export async function readReviewActions(
  jira: ProductClient,
  state: ProvisioningState,
  reviewPageId: string,
): Promise<AimsIssue[]> {
  const refField = fieldIdOf(state, 'reviewReference');
  // A text field: JQL can only match words (~); the exact value is checked on what comes back.
  const found = await search(
    jira,
    state,
    jql.and(typeClause(state, 'aimsAction'), clauseText(customField(refField), reviewPageId)),
    [...BASE_FIELDS, 'assignee', 'labels', refField],
  );
  return found.filter((issue) => issue.values.reviewReference === reviewPageId);
}

const clauseText = (field: string, value: string): JqlClause =>
  `${field} ~ ${quote(value)}` as JqlClause;

/** The Jira side of the review source for a period (see the file comment). */
export async function readReviewJiraFacts(
  jira: ProductClient,
  state: ProvisioningState,
  period: ReviewPeriod,
  previousReviewPageId: string | undefined,
): Promise<ReviewJiraFacts> {
  const afterEnd = dayAfter(period.end);
  // Relevant to the period: opened before its end and not closed before its start.
  const touchesPeriod = jql.and(
    jql.lt('created', afterEnd),
    jql.or(jql.isEmpty('resolutiondate'), jql.gte('resolutiondate', period.start)),
  );
  const ncSource = fieldIdOf(state, 'ncSource');
  const grade = fieldIdOf(state, 'findingGrade');
  const inherent = fieldIdOf(state, 'inherentLevel');
  const residual = fieldIdOf(state, 'residualLevel');
  const applicability = customField(fieldIdOf(state, 'applicability'));
  const implementation = customField(fieldIdOf(state, 'implementationStatus'));
  const controls = typeClause(state, 'aiControl');

  const [previous, ncs, cas, findings, risks, improvements, applicable, implemented] =
    await Promise.all([
      previousReviewPageId
        ? readReviewActions(jira, state, previousReviewPageId)
        : Promise.resolve([]),
      search(jira, state, jql.and(typeClause(state, 'nonconformity'), touchesPeriod), [
        ...BASE_FIELDS,
        ncSource,
      ]),
      search(jira, state, jql.and(typeClause(state, 'correctiveAction'), touchesPeriod), [
        ...BASE_FIELDS,
        'issuelinks',
      ]),
      search(
        jira,
        state,
        jql.and(
          typeClause(state, 'auditFinding'),
          jql.or(
            jql.and(jql.gte('created', period.start), jql.lt('created', afterEnd)),
            jql.and(
              jql.eq(customField(grade), 'Opportunity for improvement'),
              jql.statusCategoryNot('done'),
            ),
          ),
        ),
        [...BASE_FIELDS, grade],
      ),
      search(jira, state, jql.and(typeClause(state, 'aiRisk'), jql.statusCategoryNot('done')), [
        'summary',
        'status',
        inherent,
        residual,
      ]),
      search(
        jira,
        state,
        jql.and(
          jql.eq('project', state.projectKey),
          jql.eq('labels', IMPROVEMENT_LABEL),
          jql.statusCategoryNot('done'),
        ),
        ['summary', 'status'],
      ),
      approximateCount(jira, jql.and(controls, jql.eq(applicability, 'Included'))),
      approximateCount(
        jira,
        jql.and(controls, jql.eq(applicability, 'Included'), jql.eq(implementation, 'Implemented')),
      ),
    ]);

  const sourceByNc = new Map(ncs.map((nc) => [nc.key, nonconformityOf(nc).source ?? null]));
  const graded = findings.map(auditFindingOf);
  const bands = DEFAULT_RISK_MATRIX.bands;
  return {
    source: {
      previousActions: previous.map(previousActionOf),
      nonconformities: ncs.map(nonconformityOf),
      correctiveActions: cas.map((ca) => correctiveActionOf(ca, sourceByNc)),
      auditFindings: graded.filter((f) => f !== undefined),
      risks: risks.map((r) => ({ key: r.key, level: riskLevelOf(r, bands) })),
      riskBands: bands.map((b) => ({ id: b.id, label: b.label })),
      soa: applicable > 0 ? soaFigures(applicable, implemented) : null,
      improvementItems: improvements.map(improvementItemOf),
    },
    ungradedFindings: graded.filter((f) => f === undefined).length,
  };
}
