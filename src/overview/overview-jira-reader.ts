/**
 * Reads the figures of the AIMS overview (9.1) from Jira AS THE VIEWER. Every figure is the
 * `/search/approximate-count` of the JQL it carries (the page links it to that search), or a
 * bucket of a tally (src/jira/issue-tally.ts: one count per bucket, or reading the issues when
 * that takes fewer requests — the same meaning as the bucket's JQL). Lists are "first N of M"
 * (src/jira/issue-search.ts). Never one request per issue.
 */
import { z } from 'zod';
import type { AgeBand, Quarter } from '../domain/overview';
import {
  ageBandOf,
  ageBands,
  closureTime,
  heatMapCellId,
  lastQuarters,
  levelNumberOf,
  riskHeatMap,
  sharePercent,
} from '../domain/overview';
import { cycleCoverage } from '../domain/audit-programme';
import { addDays, addMonths } from '../domain/calendar';
import { COMPETENCE_EXPIRY_WARNING_DAYS } from '../domain/competence';
import type { RiskMatrixConfig } from '../domain/risk';
import { PROGRAMME_STEPS, ROADMAP_TASK_LABEL, roadmapStepLabel } from '../domain/roadmap';
import { fieldIdOf, readAimsIssue } from '../jira/aims-issue';
import { aimsTypeJql } from '../jira/aims-jql';
import { auditProgrammeReady, cycleAuditsJql, readCycleAudits } from '../jira/cycle-audits';
import type { AimsIssueTypeKey } from '../jira/aims-schema';
import {
  CONSEQUENCE_OPTIONS,
  FINDING_GRADE_OPTIONS,
  INCIDENT_SEVERITY_OPTIONS,
  LIKELIHOOD_OPTIONS,
} from '../jira/aims-schema';
import { competenceDueJql } from '../jira/competence-due-jql';
import { approximateCount, searchFirst, searchPages } from '../jira/issue-search';
import type { SearchedIssue } from '../jira/issue-search';
import { tallyIssues } from '../jira/issue-tally';
import type { JqlClause } from '../jira/jql-builder';
import { customField, jql } from '../jira/jql-builder';
import type { ProductClient } from '../jira/product-client';
import type { ProvisioningState } from '../storage/provisioning-state';
import type {
  ConfiguredOverview,
  FigureView,
  HeatMapView,
  ShareView,
} from '../ui-contract/overview-view';

type JiraFigures = Omit<ConfiguredOverview, 'configured' | 'register'>;

/** How many overdue actions the page lists (the rest behind the JQL of all). */
export const OVERDUE_ACTIONS_LISTED = 10;

const OPEN = jql.statusCategoryNot('done');
const DONE = jql.eq('statusCategory', 'Done');

interface Reader {
  jira: ProductClient;
  state: ProvisioningState;
  asOf: string;
}

const figureOf = (label: string, where: JqlClause, count: number): FigureView => ({
  label,
  count,
  jql: where,
});

async function counted(r: Reader, label: string, where: JqlClause): Promise<FigureView> {
  return figureOf(label, where, await approximateCount(r.jira, where));
}

async function share(
  r: Reader,
  part: [string, JqlClause],
  whole: [string, JqlClause],
): Promise<ShareView> {
  const [p, w] = await Promise.all([counted(r, ...part), counted(r, ...whole)]);
  return { part: p, whole: w, percent: sharePercent(p.count, w.count) };
}

interface Bucket {
  id: string;
  label: string;
  jql: JqlClause;
}

/** A tally as figures, each bucket's JQL ANDed with the tally's (what its count means). */
async function tallied(
  r: Reader,
  where: JqlClause,
  buckets: readonly Bucket[],
  fields: readonly string[],
  bucketOf: (issue: SearchedIssue) => string | undefined,
): Promise<Map<string, FigureView>> {
  const tally = await tallyIssues(r.jira, { jql: where, buckets, fields, bucketOf });
  return new Map(
    buckets.map((b) => [
      b.id,
      figureOf(b.label, jql.and(where, b.jql), tally.counts.get(b.id) ?? 0),
    ]),
  );
}

const must = (figures: Map<string, FigureView>, id: string): FigureView => {
  const f = figures.get(id);
  if (!f) throw new Error(`No figure ${id}`);
  return f;
};

const createdIn = (band: AgeBand): JqlClause =>
  jql.and(
    band.createdFrom ? jql.gte('created', band.createdFrom) : undefined,
    band.createdBefore ? jql.lt('created', band.createdBefore) : undefined,
  );

const day = (value: string | null | undefined): string => (value ?? '').slice(0, 10);

async function nonconformities(r: Reader): Promise<JiraFigures['nonconformities']> {
  const bands = ageBands(r.asOf);
  const ncs = jql.and(aimsTypeJql(r.state, 'nonconformity'), OPEN);
  const gradeField = fieldIdOf(r.state, 'findingGrade');
  const grades = [
    { id: 'major', option: FINDING_GRADE_OPTIONS[0] },
    { id: 'minor', option: FINDING_GRADE_OPTIONS[1] },
  ];
  const findings = jql.and(
    aimsTypeJql(r.state, 'auditFinding'),
    OPEN,
    jql.in(
      customField(gradeField),
      grades.map((g) => g.option),
    ),
  );
  const verdict = customField(fieldIdOf(r.state, 'verdict'));
  const closedEffective = jql.and(
    aimsTypeJql(r.state, 'nonconformity'),
    DONE,
    jql.eq(verdict, 'Effective'),
  );

  const [all, graded, open, spans] = await Promise.all([
    tallied(
      r,
      ncs,
      bands.map((b) => ({ id: b.id, label: b.label, jql: createdIn(b) })),
      ['created'],
      (issue) => ageBandOf(bands, day(readAimsIssue(issue, r.state).created)),
    ),
    tallied(
      r,
      findings,
      bands.flatMap((b) =>
        grades.map((g) => ({
          id: `${b.id}|${g.id}`,
          label: `${b.label}, ${g.option}`,
          jql: jql.and(createdIn(b), jql.eq(customField(gradeField), g.option)),
        })),
      ),
      ['created', gradeField],
      (raw) => {
        const issue = readAimsIssue(raw, r.state);
        const g = grades.find((x) => x.option === issue.values.findingGrade);
        return g ? `${ageBandOf(bands, day(issue.created))}|${g.id}` : undefined;
      },
    ),
    counted(r, 'Open nonconformities', ncs),
    readClosedSpans(r, closedEffective),
  ]);
  const time = closureTime(spans);
  return {
    open,
    byAge: bands.map((b) => ({
      band: b.label,
      all: must(all, b.id),
      major: must(graded, `${b.id}|major`),
      minor: must(graded, `${b.id}|minor`),
    })),
    closure: {
      closed: figureOf('Closed as effective', closedEffective, time.count),
      meanDays: time.meanDays,
      longestDays: time.longestDays,
    },
  };
}

/** Opening and closing days of the issues of `where`, read page by page (two fields). */
async function readClosedSpans(r: Reader, where: JqlClause) {
  const spans: { openedOn: string; closedOn: string }[] = [];
  for await (const page of searchPages(r.jira, {
    jql: jql.orderBy(where, 'key'),
    fields: ['created', 'resolutiondate'],
  })) {
    for (const raw of page) {
      const issue = readAimsIssue(raw, r.state);
      if (issue.created && issue.resolutiondate)
        spans.push({ openedOn: day(issue.created), closedOn: day(issue.resolutiondate) });
    }
  }
  return spans;
}

async function correctiveActions(r: Reader): Promise<JiraFigures['correctiveActions']> {
  const cas = aimsTypeJql(r.state, 'correctiveAction');
  const [onTime, late, closed] = await Promise.all([
    counted(
      r,
      'Open, on time',
      jql.and(cas, OPEN, jql.or(jql.isEmpty('duedate'), jql.gte('duedate', r.asOf))),
    ),
    counted(r, 'Open, late', jql.and(cas, OPEN, jql.lt('duedate', r.asOf))),
    counted(r, 'Closed', jql.and(cas, DONE)),
  ]);
  return { onTime, late, closed };
}

async function heatMap(
  r: Reader,
  matrix: RiskMatrixConfig,
  open: JqlClause,
  likelihoodKey: string,
  consequenceKey: string,
): Promise<HeatMapView> {
  const [lf, cf] = [fieldIdOf(r.state, likelihoodKey), fieldIdOf(r.state, consequenceKey)];
  const cells = matrix.likelihood.flatMap((_l, li) =>
    matrix.consequence.map((_c, ci) => {
      const [l, c] = [LIKELIHOOD_OPTIONS[li], CONSEQUENCE_OPTIONS[ci]];
      if (!l || !c) throw new Error('The risk matrix is larger than the Jira scales');
      return {
        id: heatMapCellId(li + 1, ci + 1),
        label: `${l} × ${c}`,
        jql: jql.and(jql.eq(customField(lf), l), jql.eq(customField(cf), c)),
      };
    }),
  );
  const [figures, notRated] = await Promise.all([
    tallied(r, open, cells, [lf, cf], (raw) => {
      const issue = readAimsIssue(raw, r.state);
      const l = levelNumberOf(issue.values[likelihoodKey] as string | null);
      const c = levelNumberOf(issue.values[consequenceKey] as string | null);
      return l && c ? heatMapCellId(l, c) : undefined;
    }),
    counted(
      r,
      'Not rated',
      jql.and(open, jql.or(jql.isEmpty(customField(lf)), jql.isEmpty(customField(cf)))),
    ),
  ]);
  const map = riskHeatMap(matrix, new Map([...figures].map(([id, f]) => [id, f.count])));
  return {
    ...map,
    rows: map.rows.map((row) =>
      row.map((cell) => ({
        ...cell,
        jql: must(figures, heatMapCellId(cell.likelihood, cell.consequence)).jql,
      })),
    ),
    notRated,
  };
}

async function risks(r: Reader, matrix: RiskMatrixConfig): Promise<JiraFigures['risks']> {
  const open = jql.and(aimsTypeJql(r.state, 'aiRisk'), OPEN);
  const levelBuckets = (key: string): Bucket[] =>
    matrix.bands.map((b) => ({
      id: b.id,
      label: b.label,
      jql: jql.eq(customField(fieldIdOf(r.state, key)), b.label),
    }));
  const byLevel = (key: string) =>
    tallied(r, open, levelBuckets(key), [fieldIdOf(r.state, key)], (raw) => {
      const value = readAimsIssue(raw, r.state).values[key];
      return matrix.bands.find((b) => b.label === value)?.id;
    });
  const [total, inherent, residual, inherentMap, residualMap] = await Promise.all([
    counted(r, 'Open risks', open),
    byLevel('inherentLevel'),
    byLevel('residualLevel'),
    heatMap(r, matrix, open, 'likelihood', 'consequence'),
    heatMap(r, matrix, open, 'residualLikelihood', 'residualConsequence'),
  ]);
  return {
    open: total,
    levels: matrix.bands.map((b) => ({
      band: b.label,
      inherent: must(inherent, b.id),
      residual: must(residual, b.id),
    })),
    inherent: inherentMap,
    residual: residualMap,
  };
}

/** Per quarter: issues of `where` whose `dateField` falls in it. */
async function perQuarter(
  r: Reader,
  quarters: readonly Quarter[],
  where: JqlClause,
  dateField: 'created' | 'resolutiondate',
): Promise<FigureView[]> {
  const first = quarters[0];
  const last = quarters.at(-1);
  if (!first || !last) return [];
  const inRange = jql.and(where, jql.gte(dateField, first.start), jql.lt(dateField, last.before));
  const figures = await tallied(
    r,
    inRange,
    quarters.map((q) => ({
      id: q.label,
      label: q.label,
      jql: jql.and(jql.gte(dateField, q.start), jql.lt(dateField, q.before)),
    })),
    [dateField],
    (raw) => {
      const issue = readAimsIssue(raw, r.state);
      const on = day(dateField === 'created' ? issue.created : issue.resolutiondate);
      return quarters.find((q) => on >= q.start && on < q.before)?.label;
    },
  );
  return quarters.map((q) => must(figures, q.label));
}

async function trends(r: Reader): Promise<JiraFigures['trends']> {
  const quarters = lastQuarters(r.asOf);
  const type = (t: AimsIssueTypeKey) => aimsTypeJql(r.state, t);
  const [opened, closed, findings, risksIdentified] = await Promise.all([
    perQuarter(r, quarters, type('nonconformity'), 'created'),
    perQuarter(r, quarters, jql.and(type('nonconformity'), DONE), 'resolutiondate'),
    perQuarter(r, quarters, type('auditFinding'), 'created'),
    perQuarter(r, quarters, type('aiRisk'), 'created'),
  ]);
  return quarters.map((q, i) => ({
    quarter: q.label,
    ncOpened: opened[i] as FigureView,
    ncClosed: closed[i] as FigureView,
    findingsRaised: findings[i] as FigureView,
    risksIdentified: risksIdentified[i] as FigureView,
  }));
}

async function overdueWork(r: Reader): Promise<JiraFigures['overdue']> {
  const actions = jql.and(aimsTypeJql(r.state, 'aimsAction'), OPEN, jql.lt('duedate', r.asOf));
  const source = customField(fieldIdOf(r.state, 'actionSource'));
  const [policyReviews, all, first] = await Promise.all([
    counted(r, 'Overdue policy reviews', jql.and(actions, jql.eq(source, 'Policy review'))),
    counted(r, 'Overdue actions', actions),
    searchFirst(r.jira, {
      jql: jql.orderBy(actions, 'duedate'),
      fields: ['summary', 'duedate'],
      first: OVERDUE_ACTIONS_LISTED,
    }),
  ]);
  return {
    policyReviews,
    actions: all,
    firstActions: first.issues.map((raw) => {
      const issue = readAimsIssue(raw, r.state);
      return { key: issue.key, summary: issue.summary || null, dueDate: issue.duedate };
    }),
  };
}

/** Per programme step, its roadmap tasks (labelled by the template) done, and all of them. */
async function roadmapProgress(r: Reader): Promise<JiraFigures['roadmap']> {
  const tasks = jql.and(
    jql.eq('project', r.state.projectKey),
    jql.eq('labels', ROADMAP_TASK_LABEL),
  );
  const buckets = PROGRAMME_STEPS.map((s) => ({
    id: String(s.step),
    label: `Step ${s.step}: ${s.title}`,
    jql: jql.eq('labels', roadmapStepLabel(s.step)),
  }));
  const stepOf = (raw: SearchedIssue) => {
    const labels = z.array(z.string()).catch([]).parse(raw.fields.labels);
    return PROGRAMME_STEPS.find((s) => labels.includes(roadmapStepLabel(s.step)))?.step.toString();
  };
  const [all, done] = await Promise.all([
    tallied(r, tasks, buckets, ['labels'], stepOf),
    tallied(r, jql.and(tasks, DONE), buckets, ['labels'], stepOf),
  ]);
  return PROGRAMME_STEPS.map((s) => ({
    step: s.step,
    title: s.title,
    done: { ...must(done, String(s.step)), label: `Step ${s.step} tasks done` },
    total: { ...must(all, String(s.step)), label: `Step ${s.step} tasks` },
  }));
}

/**
 * AI incidents (A.8.4): open, reported in the last 12 months, and the open ones per severity.
 * A project provisioned before the AI Incident type counts the nonconformities whose source is
 * "Incident", as it recorded them then.
 */
async function incidentFigures(r: Reader, since: string): Promise<JiraFigures['incidents']> {
  const field = (key: string) => customField(fieldIdOf(r.state, key));
  if (!r.state.issueTypes.aiIncident || !r.state.fields.incidentSeverity) {
    const ncs = jql.and(
      aimsTypeJql(r.state, 'nonconformity'),
      jql.eq(field('ncSource'), 'Incident'),
    );
    const [open, lastYear] = await Promise.all([
      counted(r, 'Open', jql.and(ncs, OPEN)),
      counted(r, 'In the last 12 months', jql.and(ncs, jql.gte('created', since))),
    ]);
    return {
      recordedAs:
        'This project has no AI Incident type yet: incidents are the nonconformities whose source is "Incident".',
      open,
      lastYear,
      bySeverity: [],
    };
  }
  const incidents = aimsTypeJql(r.state, 'aiIncident');
  const open = jql.and(incidents, OPEN);
  const [openFigure, lastYear, bySeverity] = await Promise.all([
    counted(r, 'Open', open),
    counted(r, 'Reported in the last 12 months', jql.and(incidents, jql.gte('created', since))),
    Promise.all([
      ...INCIDENT_SEVERITY_OPTIONS.map((s) =>
        counted(r, `Open, ${s.toLowerCase()}`, jql.and(open, jql.eq(field('incidentSeverity'), s))),
      ),
      counted(r, 'Open, severity not set', jql.and(open, jql.isEmpty(field('incidentSeverity')))),
    ]),
  ]);
  return {
    recordedAs: 'AI incidents and concerns (A.3.3, A.8.4), the AI Incident issues of the project.',
    open: openFigure,
    lastYear,
    bySeverity,
  };
}

/** Competence records expired in the last year and expiring soon (7.2); null: not provisioned. */
async function competenceFigures(r: Reader): Promise<JiraFigures['competence']> {
  const where = competenceDueJql(r.state, r.asOf);
  if (!where) return null;
  const [expired, expiring] = await Promise.all([
    counted(r, 'Competence records expired in the last 12 months', where.expired),
    counted(
      r,
      `Competence records expiring within ${COMPETENCE_EXPIRY_WARNING_DAYS} days`,
      where.expiring,
    ),
  ]);
  return { expired, expiring };
}

/** The clauses and controls the audits of `cycle` cover (9.2.2), from the audits the viewer sees. */
async function programmeCoverage(
  r: Reader,
  cycle: string,
): Promise<JiraFigures['audits']['programme']> {
  if (!auditProgrammeReady(r.state)) return null;
  const coverage = cycleCoverage(await readCycleAudits(r.jira, r.state, cycle));
  return {
    cycle,
    requirements: coverage.rows.length,
    audited: coverage.audited,
    plannedOnly: coverage.plannedOnly,
    notCovered: coverage.notCovered,
    jql: cycleAuditsJql(r.state, cycle),
  };
}

/** Every figure of the overview on `asOf`, as the viewer (`jira` reads as them). */
export async function readOverviewFigures(
  jira: ProductClient,
  state: ProvisioningState,
  matrix: RiskMatrixConfig,
  asOf: string,
): Promise<JiraFigures> {
  const r: Reader = { jira, state, asOf };
  const type = (t: AimsIssueTypeKey) => aimsTypeJql(state, t);
  const field = (key: string) => customField(fieldIdOf(state, key));
  const cycleStart = addDays(addMonths(asOf, -12), 1);
  const included = jql.and(type('aiControl'), jql.eq(field('applicability'), 'Included'));
  const audits = jql.and(type('audit'), jql.gte('created', cycleStart));
  const assessments = type('impactAssessment');
  const nextReview = field('impactNextReview');
  const objectives = type('aiObjective');

  const [
    ncs,
    cas,
    riskFigures,
    soa,
    coverage,
    ia,
    programme,
    incidents,
    overdue,
    progress,
    objOverdue,
    trend,
    roadmap,
    competence,
  ] = await Promise.all([
    nonconformities(r),
    correctiveActions(r),
    risks(r, matrix),
    share(
      r,
      ['Implemented', jql.and(included, jql.eq(field('implementationStatus'), 'Implemented'))],
      ['Applicable controls', included],
    ),
    share(r, ['Audits done', jql.and(audits, DONE)], ['Audits in the cycle', audits]),
    Promise.all([
      counted(r, 'Open', jql.and(assessments, OPEN)),
      counted(
        r,
        'Review due in 30 days',
        jql.and(
          assessments,
          DONE,
          jql.gte(nextReview, asOf),
          jql.lte(nextReview, addDays(asOf, 30)),
        ),
      ),
      counted(r, 'Review overdue', jql.and(assessments, DONE, jql.lt(nextReview, asOf))),
    ]),
    programmeCoverage(r, asOf.slice(0, 4)),
    incidentFigures(r, cycleStart),
    overdueWork(r),
    share(r, ['Achieved', jql.and(objectives, DONE)], ['AI objectives', objectives]),
    counted(r, 'Overdue objectives', jql.and(objectives, OPEN, jql.lt('duedate', asOf))),
    trends(r),
    roadmapProgress(r),
    competenceFigures(r),
  ]);
  return {
    asOf,
    projectKey: state.projectKey,
    nonconformities: ncs,
    correctiveActions: cas,
    risks: riskFigures,
    soa,
    audits: { cycleStart, coverage, programme },
    impactAssessments: { open: ia[0], reviewDueSoon: ia[1], reviewOverdue: ia[2] },
    incidents,
    competence,
    overdue,
    objectives: { progress, overdue: objOverdue },
    trends: trend,
    roadmap,
  };
}
