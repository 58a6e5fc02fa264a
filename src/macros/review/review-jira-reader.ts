/**
 * Reads what input 9.3.2 a) and d)–e) need from Jira, AS THE VIEWER, complete at any size: the
 * records a trend or list is made of, read in full (one JQL search per record kind, only the
 * fields needed, pages of 100 turned into small records as they arrive); risk levels and audit
 * results counted per band and per month and grade (see issue-tally.ts: approximate-count per
 * bucket, or reading when that takes fewer requests). Never one request per issue.
 */
import { isWithin } from '../../domain/calendar';
import { competenceReviewWindow } from '../../domain/competence';
import { FINDING_GRADES } from '../../domain/records/audit-finding';
import type { ManagementReviewSource, ReviewPeriod } from '../../domain/review';
import { OTHER_RISK_LEVEL, lastDayOfMonth, monthsOf } from '../../domain/review';
import type { RiskBand } from '../../domain/risk';
import type { AimsIssue } from '../../jira/aims-issue';
import { fieldIdOf, readAimsIssue } from '../../jira/aims-issue';
import { aimsTypeJql } from '../../jira/aims-jql';
import { FINDING_GRADE_OPTIONS } from '../../jira/aims-schema';
import { approximateCount, searchPages } from '../../jira/issue-search';
import { tallyIssues } from '../../jira/issue-tally';
import type { JqlClause } from '../../jira/jql-builder';
import { customField, jql, quote } from '../../jira/jql-builder';
import type { ProductClient } from '../../jira/product-client';
import type { ProvisioningState } from '../../storage/provisioning-state';
import { loadRiskMatrix } from '../../storage/risk-matrix';
import { reviewCompetenceGaps } from './review-competence-gaps';
import type { ReviewListSearches } from '../../ui-contract/review-macro-view';
import {
  auditFindingOf,
  correctiveActionOf,
  dayAfter,
  findingGradeOf,
  improvementItemOf,
  nonconformityOf,
  previousActionOf,
  riskLevelOf,
  soaFigures,
} from './review-source-mapping';

/** Label that marks an open item as an improvement opportunity (9.3.2 e, 10.1). */
export const IMPROVEMENT_LABEL = 'aims-improvement';
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

const typeClause = aimsTypeJql;

/** Every issue of the search, read page by page into the record the caller makes of it. */
async function readAll<T>(
  jira: ProductClient,
  state: ProvisioningState,
  where: JqlClause,
  fields: readonly string[],
  recordOf: (issue: AimsIssue) => T,
): Promise<T[]> {
  const records: T[] = [];
  for await (const page of searchPages(jira, { jql: jql.orderBy(where, 'key'), fields }))
    for (const raw of page) records.push(recordOf(readAimsIssue(raw, state)));
  return records;
}

/** The JQL of the AIMS Actions decided on the review page `reviewPageId` (words of its reference). */
export function reviewActionsJql(state: ProvisioningState, reviewPageId: string): JqlClause {
  const refField = fieldIdOf(state, 'reviewReference');
  // A text field: JQL can only match words (~); the exact value is checked on what comes back.
  return jql.and(typeClause(state, 'aimsAction'), clauseText(customField(refField), reviewPageId));
}

/** AIMS Actions decided on the review page `reviewPageId` (their "Management review reference"). */
export async function readReviewActions(
  jira: ProductClient,
  state: ProvisioningState,
  reviewPageId: string,
): Promise<AimsIssue[]> {
  const refField = fieldIdOf(state, 'reviewReference');
  const found = await readAll(
    jira,
    state,
    reviewActionsJql(state, reviewPageId),
    [...BASE_FIELDS, 'assignee', 'labels', refField],
    (issue) => issue,
  );
  return found.filter((issue) => issue.values.reviewReference === reviewPageId);
}

const clauseText = (field: string, value: string): JqlClause =>
  `${field} ~ ${quote(value)}` as JqlClause;

/** Relevant to the period: opened before its end and not closed before its start. */
export function touchesPeriod(period: ReviewPeriod): JqlClause {
  return jql.and(
    jql.lt('created', dayAfter(period.end)),
    jql.or(jql.isEmpty('resolutiondate'), jql.gte('resolutiondate', period.start)),
  );
}

/** Findings raised in the period, per month and grade (and those without a grade). */
async function countFindings(
  jira: ProductClient,
  state: ProvisioningState,
  period: ReviewPeriod,
): Promise<{ counts: ReviewFindingCount[]; ungraded: number }> {
  const grade = fieldIdOf(state, 'findingGrade');
  const months = monthsOf(period).map((month) => ({
    month,
    from: month === period.start.slice(0, 7) ? period.start : `${month}-01`,
    before:
      month === period.end.slice(0, 7) ? dayAfter(period.end) : dayAfter(lastDayOfMonth(month)),
  }));
  const buckets = [
    ...months.flatMap((m) =>
      FINDING_GRADES.map((g, i) => ({
        id: `${m.month}|${g}`,
        jql: jql.and(
          jql.gte('created', m.from),
          jql.lt('created', m.before),
          jql.eq(customField(grade), FINDING_GRADE_OPTIONS[i] as string),
        ),
      })),
    ),
    { id: UNGRADED, jql: jql.isEmpty(customField(grade)) },
  ];
  const tally = await tallyIssues(jira, {
    jql: jql.and(
      typeClause(state, 'auditFinding'),
      jql.gte('created', period.start),
      jql.lt('created', dayAfter(period.end)),
    ),
    buckets,
    fields: ['created', grade],
    bucketOf: (raw) => {
      const issue = readAimsIssue(raw, state);
      const g = findingGradeOf(issue.values.findingGrade);
      return g ? `${(issue.created ?? '').slice(0, 7)}|${g}` : UNGRADED;
    },
  });
  const counts = months.flatMap((m) =>
    FINDING_GRADES.map((g) => ({
      month: m.month,
      grade: g,
      count: tally.counts.get(`${m.month}|${g}`) ?? 0,
    })),
  );
  return { counts, ungraded: tally.counts.get(UNGRADED) ?? 0 };
}

const UNGRADED = 'ungraded';
type ReviewFindingCount = NonNullable<ManagementReviewSource['auditFindingCounts']>[number];

/**
 * Open risks per current level — the residual level once rated, else the inherent one — and not
 * assessed; a level outside the bands counts as OTHER_RISK_LEVEL.
 */
async function countRiskLevels(
  jira: ProductClient,
  state: ProvisioningState,
  bands: readonly RiskBand[],
): Promise<{ level: string | null; count: number }[]> {
  const inherent = fieldIdOf(state, 'inherentLevel');
  const residual = fieldIdOf(state, 'residualLevel');
  const [inherentField, residualField] = [customField(inherent), customField(residual)];
  const tally = await tallyIssues(jira, {
    jql: jql.and(typeClause(state, 'aiRisk'), jql.statusCategoryNot('done')),
    buckets: [
      ...bands.map((b) => ({
        id: b.id,
        jql: jql.or(
          jql.eq(residualField, b.label),
          jql.and(jql.isEmpty(residualField), jql.eq(inherentField, b.label)),
        ),
      })),
      { id: NOT_ASSESSED, jql: jql.and(jql.isEmpty(residualField), jql.isEmpty(inherentField)) },
    ],
    fields: [inherent, residual],
    bucketOf: (raw) => riskLevelOf(readAimsIssue(raw, state), bands) ?? NOT_ASSESSED,
  });
  const counted = bands.map((b) => ({ level: b.id, count: tally.counts.get(b.id) ?? 0 }));
  const notAssessed = tally.counts.get(NOT_ASSESSED) ?? 0;
  const other = tally.total - notAssessed - counted.reduce((n, c) => n + c.count, 0);
  return [
    ...counted,
    { level: null, count: notAssessed },
    ...(other > 0 ? [{ level: OTHER_RISK_LEVEL, count: other }] : []),
  ];
}

const NOT_ASSESSED = '(not assessed)';

/** The Jira side of the review source for a period (see the file comment). */
export async function readReviewJiraFacts(
  jira: ProductClient,
  state: ProvisioningState,
  period: ReviewPeriod,
  previousReviewPageId: string | undefined,
  asOf: string,
): Promise<ReviewJiraFacts> {
  const ncSource = fieldIdOf(state, 'ncSource');
  const grade = fieldIdOf(state, 'findingGrade');
  const applicability = customField(fieldIdOf(state, 'applicability'));
  const implementation = customField(fieldIdOf(state, 'implementationStatus'));
  const controls = typeClause(state, 'aiControl');
  const { bands } = await loadRiskMatrix();
  const inPeriod = touchesPeriod(period);

  const [
    previous,
    ncs,
    cas,
    ofis,
    riskLevels,
    findings,
    improvements,
    applicable,
    implemented,
    incidents,
    competence,
  ] = await Promise.all([
    previousReviewPageId
      ? readReviewActions(jira, state, previousReviewPageId)
      : Promise.resolve([]),
    readAll(
      jira,
      state,
      jql.and(typeClause(state, 'nonconformity'), inPeriod),
      [...BASE_FIELDS, ncSource],
      nonconformityOf,
    ),
    readAll(
      jira,
      state,
      jql.and(typeClause(state, 'correctiveAction'), inPeriod),
      [...BASE_FIELDS, 'issuelinks'],
      (ca) => ca,
    ),
    readAll(jira, state, opportunityFindingsJql(state, period), [...BASE_FIELDS, grade], (f) =>
      auditFindingOf(f),
    ),
    countRiskLevels(jira, state, bands),
    countFindings(jira, state, period),
    readAll(jira, state, improvementItemsJql(state), ['summary', 'status'], improvementItemOf),
    approximateCount(jira, jql.and(controls, jql.eq(applicability, 'Included'))),
    approximateCount(
      jira,
      jql.and(controls, jql.eq(applicability, 'Included'), jql.eq(implementation, 'Implemented')),
    ),
    countIncidents(jira, state, period),
    countCompetence(jira, state, period, asOf),
  ]);

  const sourceByNc = new Map(ncs.map((nc) => [nc.key, nc.source ?? null]));
  return {
    source: {
      previousActions: previous.map(previousActionOf),
      nonconformities: ncs,
      correctiveActions: cas.map((ca) => correctiveActionOf(ca, sourceByNc)),
      auditFindings: ofis.filter((f) => f !== undefined),
      auditFindingCounts: findings.counts,
      riskLevelCounts: riskLevels,
      riskBands: bands.map((b) => ({ id: b.id, label: b.label })),
      soa: applicable > 0 ? soaFigures(applicable, implemented) : null,
      improvementItems: improvements,
      incidents,
      competence,
    },
    ungradedFindings: findings.ungraded,
  };
}

/** AI incidents reported in the period (A.8.4). */
export function incidentsReportedJql(state: ProvisioningState, period: ReviewPeriod): JqlClause {
  return jql.and(
    typeClause(state, 'aiIncident'),
    jql.gte('created', period.start),
    jql.lt('created', dayAfter(period.end)),
  );
}

/**
 * AI incidents: reported in the period, of those with a breached requirement, open now (counts
 * only; see issue-tally.ts: read when they fit in a page or take fewer requests, else counted).
 */
async function countIncidents(
  jira: ProductClient,
  state: ProvisioningState,
  period: ReviewPeriod,
): Promise<{ reported: number; breached: number; open: number } | null> {
  if (!state.issueTypes.aiIncident) return null; // provisioned before incidents existed
  const breachField = fieldIdOf(state, 'requirementBreached');
  const breach = customField(breachField);
  const reported = incidentsReportedJql(state, period);
  const open = jql.and(typeClause(state, 'aiIncident'), jql.statusCategoryNot('done'));
  const tally = await tallyIssues(jira, {
    jql: jql.or(reported, open),
    buckets: [
      { id: 'reported', jql: reported },
      { id: 'breached', jql: jql.and(reported, jql.eq(breach, 'Yes')) },
      { id: 'open', jql: open },
    ],
    fields: ['created', 'status', breachField],
    bucketOf: (raw) => {
      const issue = readAimsIssue(raw, state);
      const inPeriod = isWithin(issue.created, period.start, period.end);
      return [
        ...(inPeriod ? ['reported'] : []),
        ...(inPeriod && issue.values.requirementBreached === 'Yes' ? ['breached'] : []),
        ...(issue.statusCategory !== 'done' ? ['open'] : []),
      ];
    },
  });
  const count = (id: string): number => tally.counts.get(id) ?? 0;
  return { reported: count('reported'), breached: count('breached'), open: count('open') };
}

/** Competence Records whose expiry date is from `from` to `until` (both included). */
function competenceExpiringJql(state: ProvisioningState, from: string, until: string): JqlClause {
  const expires = customField(fieldIdOf(state, 'competenceExpires'));
  return jql.and(
    typeClause(state, 'competenceRecord'),
    jql.gte(expires, from),
    jql.lte(expires, until),
  );
}

/** The JQL of the competence records expired, and expiring, as the review counts them (7.2). */
export function competenceJqls(
  state: ProvisioningState,
  period: ReviewPeriod,
  asOf: string,
): { expired: JqlClause; expiring: JqlClause } | null {
  if (!state.issueTypes.competenceRecord || !state.fields.competenceExpires) return null;
  const window = competenceReviewWindow(period.start, asOf);
  return {
    expired: competenceExpiringJql(state, window.expiredFrom, window.reviewDate),
    expiring: competenceExpiringJql(state, dayAfter(window.reviewDate), window.expiringUntil),
  };
}

/** Competence Records expired and expiring (counts only, as the incidents; null: not provisioned). */
async function countCompetence(
  jira: ProductClient,
  state: ProvisioningState,
  period: ReviewPeriod,
  asOf: string,
): Promise<ManagementReviewSource['competence']> {
  const where = competenceJqls(state, period, asOf);
  if (!where) return null; // provisioned before competence records existed
  const window = competenceReviewWindow(period.start, asOf);
  const expiresField = fieldIdOf(state, 'competenceExpires');
  const gaps = reviewCompetenceGaps(jira, state, asOf);
  const tally = await tallyIssues(jira, {
    jql: jql.or(where.expired, where.expiring),
    buckets: [
      { id: 'expired', jql: where.expired },
      { id: 'expiring', jql: where.expiring },
    ],
    fields: [expiresField],
    bucketOf: (raw) => {
      const expires = readAimsIssue(raw, state).values.competenceExpires;
      if (typeof expires !== 'string') return undefined;
      if (expires >= window.expiredFrom && expires <= window.reviewDate) return 'expired';
      return expires > window.reviewDate && expires <= window.expiringUntil
        ? 'expiring'
        : undefined;
    },
  });
  return {
    expired: tally.counts.get('expired') ?? 0,
    expiring: tally.counts.get('expiring') ?? 0,
    gaps: await gaps,
  };
}

/** Opportunity-for-improvement findings raised in the period or still open (9.3.2 e). */
export function opportunityFindingsJql(state: ProvisioningState, period: ReviewPeriod): JqlClause {
  const grade = customField(fieldIdOf(state, 'findingGrade'));
  return jql.and(
    typeClause(state, 'auditFinding'),
    jql.eq(grade, OFI_OPTION),
    jql.or(
      jql.and(jql.gte('created', period.start), jql.lt('created', dayAfter(period.end))),
      jql.statusCategoryNot('done'),
    ),
  );
}

const OFI_OPTION = FINDING_GRADE_OPTIONS[
  FINDING_GRADES.indexOf('opportunity-for-improvement')
] as string;

/** Open items other than findings marked as improvement opportunities (9.3.2 e). */
export function improvementItemsJql(state: ProvisioningState): JqlClause {
  return jql.and(
    jql.eq('project', state.projectKey),
    jql.eq('labels', IMPROVEMENT_LABEL),
    jql.statusCategoryNot('done'),
  );
}

/** Open and past due at `cutoff` (the domain's overdue), as JQL: for "all of them in Jira". */
function overdueJql(
  state: ProvisioningState,
  type: 'nonconformity' | 'correctiveAction',
  cutoff: string,
): JqlClause {
  return jql.and(
    typeClause(state, type),
    jql.lt('created', dayAfter(cutoff)),
    jql.lt('duedate', cutoff),
    jql.or(jql.isEmpty('resolutiondate'), jql.gte('resolutiondate', dayAfter(cutoff))),
  );
}

/** The JQL of each list of the inputs that may hold only the first of its items. */
export function reviewListSearches(
  state: ProvisioningState,
  period: ReviewPeriod,
  asOf: string,
  previousReviewPageId: string | undefined,
): ReviewListSearches {
  const cutoff = asOf < period.end ? asOf : period.end;
  const key = (where: JqlClause) => jql.orderBy(where, 'key');
  const competence = competenceJqls(state, period, asOf);
  return {
    previousActions: previousReviewPageId
      ? key(reviewActionsJql(state, previousReviewPageId))
      : null,
    overdueNonconformities: jql.orderBy(overdueJql(state, 'nonconformity', cutoff), 'duedate'),
    overdueCorrectiveActions: jql.orderBy(overdueJql(state, 'correctiveAction', cutoff), 'duedate'),
    opportunities: key(jql.or(opportunityFindingsJql(state, period), improvementItemsJql(state))),
    incidents: state.issueTypes.aiIncident
      ? key(
          jql.or(
            incidentsReportedJql(state, period),
            jql.and(typeClause(state, 'aiIncident'), jql.statusCategoryNot('done')),
          ),
        )
      : null,
    competenceExpired: competence ? jql.orderBy(competence.expired, 'key') : null,
    competenceExpiring: competence ? jql.orderBy(competence.expiring, 'key') : null,
  };
}
