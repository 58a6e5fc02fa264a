/**
 * The Jira records of the readiness report, read AS THE VIEWER: every figure the
 * `/search/approximate-count` of the JQL it carries (the report links it to that search), the
 * audit programme's cycle read through the one cycle reader, the external audit's findings as
 * "first N of M". Never one request per issue.
 */
import { addDays } from '../../domain/calendar';
import { COMPETENCE_EXPIRY_WARNING_DAYS } from '../../domain/competence';
import { cycleCoverage } from '../../domain/audit-programme';
import { ageBands } from '../../domain/overview';
import type {
  AuditCoverageFacts,
  CompetenceFacts,
  ExternalFindingFacts,
  ImpactAssessmentFacts,
  NonconformityFacts,
  RiskTreatmentFacts,
} from '../../domain/readiness';
import { NONCONFORMITY_ATTENTION_DAYS } from '../../domain/readiness';
import { EXTERNAL_AUDIT_LABEL } from '../../domain/records/audit-finding';
import { fieldIdOf, readAimsIssue } from '../../jira/aims-issue';
import { aimsTypeJql } from '../../jira/aims-jql';
import type { AimsIssueTypeKey } from '../../jira/aims-schema';
import { FINDING_GRADE_OPTIONS } from '../../jira/aims-schema';
import { competenceDueJql } from '../../jira/competence-due-jql';
import { readCompetenceGaps } from '../../jira/competence-gaps-reader';
import { auditProgrammeReady, cycleAuditsJql, readCycleAudits } from '../../jira/cycle-audits';
import { approximateCount, searchFirst } from '../../jira/issue-search';
import { textOf } from '../../jira/jira-option-values';
import type { JqlClause } from '../../jira/jql-builder';
import { customField, jql } from '../../jira/jql-builder';
import type { ProductClient } from '../../jira/product-client';
import type { ProvisioningState } from '../../storage/provisioning-state';
import type { FigureView } from '../../ui-contract/overview-view';
import type { ConfiguredReadinessView } from '../../ui-contract/readiness-macro-view';

/** How many external audit findings the report lists (the rest behind the JQL of all). */
export const EXTERNAL_FINDINGS_LISTED = 10;

const OPEN = jql.statusCategoryNot('done');
const DONE = jql.eq('statusCategory', 'Done');
const [MAJOR, MINOR] = FINDING_GRADE_OPTIONS;

/** One item's reading: the facts its verdict is judged on, its figures and the JQL proving it. */
export interface JiraReading<F> {
  facts: F;
  figures: FigureView[];
  proof: { jql: string; label: string };
}

interface Reader {
  jira: ProductClient;
  state: ProvisioningState;
  asOf: string;
}

async function figure(r: Reader, label: string, where: JqlClause): Promise<FigureView> {
  return { label, count: await approximateCount(r.jira, where), jql: where };
}

const type = (r: Reader, t: AimsIssueTypeKey) => aimsTypeJql(r.state, t);
const field = (r: Reader, key: string) => customField(fieldIdOf(r.state, key));

export async function readRiskTreatment(r: Reader): Promise<JiraReading<RiskTreatmentFacts>> {
  const open = jql.and(type(r, 'aiRisk'), OPEN);
  const notApproved = jql.and(open, jql.isEmpty(field(r, 'treatmentApprovedBy')));
  const notAccepted = jql.and(
    open,
    jql.isNotEmpty(field(r, 'treatmentApprovedBy')),
    jql.isEmpty(field(r, 'riskAcceptedBy')),
  );
  const figures = await Promise.all([
    figure(r, 'Open risks', open),
    figure(r, 'Treatment plan not approved', notApproved),
    figure(r, 'Residual risk not accepted', notAccepted),
  ]);
  const [total, a, b] = figures.map((f) => f.count);
  return {
    facts: { open: total ?? 0, treatmentNotApproved: a ?? 0, residualNotAccepted: b ?? 0 },
    figures,
    proof: { jql: open, label: 'Open AI risks' },
  };
}

export async function readImpactAssessments(
  r: Reader,
): Promise<JiraReading<ImpactAssessmentFacts>> {
  const all = type(r, 'impactAssessment');
  const figures = await Promise.all([
    figure(r, 'Completed', jql.and(all, DONE)),
    figure(r, 'Open', jql.and(all, OPEN)),
    figure(r, 'Review overdue', jql.and(all, DONE, jql.lt(field(r, 'impactNextReview'), r.asOf))),
  ]);
  const [completed, open, overdue] = figures.map((f) => f.count);
  return {
    facts: { completed: completed ?? 0, open: open ?? 0, reviewOverdue: overdue ?? 0 },
    figures,
    proof: { jql: all, label: 'AI system impact assessments' },
  };
}

export async function readNonconformities(r: Reader): Promise<JiraReading<NonconformityFacts>> {
  const open = jql.and(type(r, 'nonconformity'), OPEN);
  const grade = field(r, 'findingGrade');
  const findings = jql.and(type(r, 'auditFinding'), OPEN);
  const old = addDays(r.asOf, -(NONCONFORMITY_ATTENTION_DAYS - 1));
  const bands = ageBands(r.asOf);
  const [main, byAge] = await Promise.all([
    Promise.all([
      figure(r, 'Open nonconformities', open),
      figure(r, 'Major nonconformity findings open', jql.and(findings, jql.eq(grade, MAJOR ?? ''))),
      figure(r, 'Minor nonconformity findings open', jql.and(findings, jql.eq(grade, MINOR ?? ''))),
      figure(
        r,
        `Open ${NONCONFORMITY_ATTENTION_DAYS} days or more`,
        jql.and(open, jql.lt('created', old)),
      ),
      figure(
        r,
        'Corrective actions late',
        jql.and(type(r, 'correctiveAction'), OPEN, jql.lt('duedate', r.asOf)),
      ),
    ]),
    Promise.all(
      bands.map((b) =>
        figure(
          r,
          `Open ${b.label.toLowerCase()}`,
          jql.and(
            open,
            b.createdFrom ? jql.gte('created', b.createdFrom) : undefined,
            b.createdBefore ? jql.lt('created', b.createdBefore) : undefined,
          ),
        ),
      ),
    ),
  ]);
  const [total, major, , older, late] = main.map((f) => f.count);
  return {
    facts: {
      open: total ?? 0,
      openMajor: major ?? 0,
      olderThanLimit: older ?? 0,
      lateCorrectiveActions: late ?? 0,
    },
    figures: [...main, ...byAge],
    proof: { jql: open, label: 'Open nonconformities' },
  };
}

export async function readAuditCoverage(
  r: Reader,
  cycle: string,
): Promise<JiraReading<AuditCoverageFacts>> {
  if (!auditProgrammeReady(r.state)) {
    const audits = type(r, 'audit');
    return {
      facts: { programme: false, requirements: 0, audited: 0, plannedOnly: 0, notCovered: 0 },
      figures: [],
      proof: { jql: audits, label: 'Audits' },
    };
  }
  const where = cycleAuditsJql(r.state, cycle);
  const coverage = cycleCoverage(await readCycleAudits(r.jira, r.state, cycle));
  return {
    facts: {
      programme: true,
      requirements: coverage.rows.length,
      audited: coverage.audited,
      plannedOnly: coverage.plannedOnly,
      notCovered: coverage.notCovered,
    },
    figures: [],
    proof: { jql: where, label: `Audits of cycle ${cycle}` },
  };
}

export async function readCompetence(r: Reader): Promise<JiraReading<CompetenceFacts> | null> {
  const where = competenceDueJql(r.state, r.asOf);
  if (!where) return null;
  const [figures, gaps] = await Promise.all([
    Promise.all([
      figure(r, 'Competence records', where.all),
      figure(r, 'Expired in the last 12 months', where.expired),
      figure(r, `Expiring within ${COMPETENCE_EXPIRY_WARNING_DAYS} days`, where.expiring),
    ]),
    readCompetenceGaps(r.jira, r.state, r.asOf),
  ]);
  const [records, expired, expiring] = figures.map((f) => f.count);
  return {
    facts: {
      records: records ?? 0,
      expired: expired ?? 0,
      expiring: expiring ?? 0,
      ...(gaps
        ? {
            requirements: {
              set: gaps.length,
              unmet: gaps.filter((g) => (g.missing ?? 0) > 0).length,
              unknown: gaps.filter((g) => g.missing === null).length,
            },
          }
        : {}),
    },
    figures,
    proof: { jql: where.all, label: 'Competence records' },
  };
}

export interface ExternalFindingsReading extends JiraReading<ExternalFindingFacts> {
  list: ConfiguredReadinessView['externalFindings'];
}

/** The findings of the external audit (imported with that source) and their nonconformities. */
export async function readExternalFindings(r: Reader): Promise<ExternalFindingsReading> {
  const all = jql.and(type(r, 'auditFinding'), jql.eq('labels', EXTERNAL_AUDIT_LABEL));
  const gradeId = fieldIdOf(r.state, 'findingGrade');
  const [figures, first] = await Promise.all([
    Promise.all([
      figure(r, 'Imported', all),
      figure(r, 'Open', jql.and(all, OPEN)),
      figure(
        r,
        'Major nonconformities open',
        jql.and(all, OPEN, jql.eq(customField(gradeId), MAJOR ?? '')),
      ),
      figure(
        r,
        'Nonconformities from the external audit open',
        jql.and(type(r, 'nonconformity'), OPEN, jql.eq(field(r, 'ncSource'), 'External audit')),
      ),
    ]),
    searchFirst(r.jira, {
      jql: jql.orderBy(all, 'created', 'DESC'),
      fields: ['summary', 'status', gradeId],
      first: EXTERNAL_FINDINGS_LISTED,
    }),
  ]);
  const [imported, open, openMajor] = figures.map((f) => f.count);
  const issues = first.issues.map((raw) => readAimsIssue(raw, r.state));
  return {
    facts: { imported: imported ?? 0, open: open ?? 0, openMajor: openMajor ?? 0 },
    figures,
    proof: { jql: all, label: 'External audit findings' },
    list: {
      first: issues.map((i) => ({
        key: i.key,
        summary: i.summary,
        grade: textOf(i.values.findingGrade) ?? null,
        status: i.statusName,
        open: i.statusCategory !== 'done',
      })),
      more: first.total > issues.length ? { total: first.total, jql: all } : null,
    },
  };
}

export type { Reader as ReadinessJiraReader };
