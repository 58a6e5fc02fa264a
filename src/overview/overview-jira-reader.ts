/**
 * Reads the figures of the AIMS overview (9.1) from Jira AS THE VIEWER. Every figure carries the
 * JQL of what it counts (the page links it to that search) and is a bucket of a tally of one set
 * of issues (src/jira/issue-tally.ts): the set read once when it fits in one page or reading
 * takes fewer requests — each figure then tested on the issues read, with the same meaning as its
 * JQL — else one `/search/approximate-count` per figure. The open risks' counts, level bands and
 * both heat maps are one tally; so are each set's figures (corrective actions, impact assessments,
 * objectives, …). Lists are "first N of M". Never one request per issue.
 */
import { z } from 'zod';
import { EVIDENCE_REVIEW_WARNING_DAYS } from '../domain/evidence';
import type { AgeBand, Quarter } from '../domain/overview';
import {
  ageBandOf,
  ageBands,
  closureTime,
  heatMapCellId,
  lastQuarters,
  levelNumberOf,
  quarterOf,
  riskHeatMap,
  sharePercent,
} from '../domain/overview';
import { cycleCoverage } from '../domain/audit-programme';
import { addDays, addMonths, dayOf, dayOfValue, isBefore, isWithin } from '../domain/calendar';
import { COMPETENCE_EXPIRY_WARNING_DAYS } from '../domain/competence';
import type { RiskMatrixConfig } from '../domain/risk';
import { PROGRAMME_STEPS, ROADMAP_TASK_LABEL, roadmapStepLabel } from '../domain/roadmap';
import type { AimsIssue } from '../jira/aims-issue';
import { fieldIdOf, readAimsIssue } from '../jira/aims-issue';
import { aimsTypeJql } from '../jira/aims-jql';
import { auditProgrammeReady, cycleAuditsJql, readCycleAudits } from '../jira/cycle-audits';
import type { AimsIssueTypeKey } from '../jira/aims-schema';
import { FINDING_GRADE_OPTIONS, INCIDENT_SEVERITY_OPTIONS } from '../jira/aims-schema';
import { competenceDueJql } from '../jira/competence-due-jql';
import { approximateCount, searchPage, searchPages } from '../jira/issue-search';
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

/** A figure of a group: its JQL within the group's, and the same test on an issue read. */
interface GroupFigure {
  id: string;
  label: string;
  jql: JqlClause;
  holds: (issue: AimsIssue) => boolean;
}

/**
 * Figures of one set of issues (`where`) with the set's own count as `total`: one tally (the
 * issues read when they fit in a page or that takes fewer requests, else one count each).
 */
async function figureGroup(
  r: Reader,
  where: JqlClause,
  fields: readonly string[],
  figures: readonly GroupFigure[],
): Promise<{ figures: Map<string, FigureView>; total: number }> {
  return talliedWithTotal(r, where, figures, fields, (raw) => {
    const issue = readAimsIssue(raw, r.state);
    return figures.filter((f) => f.holds(issue)).map((f) => f.id);
  });
}

/** A share of `whole` (its issues counted with the part, in one figure group). */
async function share(
  r: Reader,
  part: { label: string; jql: JqlClause; field: string; holds: (issue: AimsIssue) => boolean },
  whole: [string, JqlClause],
): Promise<ShareView> {
  const group = await figureGroup(r, whole[1], [part.field], [{ id: 'part', ...part }]);
  const p = must(group.figures, 'part');
  const w = figureOf(whole[0], whole[1], group.total);
  return { part: p, whole: w, percent: sharePercent(p.count, w.count) };
}

const isDone = (issue: AimsIssue): boolean => issue.statusCategory === 'done';

interface Bucket {
  id: string;
  label: string;
  jql: JqlClause;
}

/** A tally as figures, each bucket's JQL ANDed with the tally's (what its count means). */
async function talliedWithTotal(
  r: Reader,
  where: JqlClause,
  buckets: readonly Bucket[],
  fields: readonly string[],
  bucketOf: (issue: SearchedIssue) => string | readonly string[] | undefined,
): Promise<{ figures: Map<string, FigureView>; total: number }> {
  const tally = await tallyIssues(r.jira, { jql: where, buckets, fields, bucketOf });
  const figures = new Map(
    buckets.map((b) => [
      b.id,
      figureOf(b.label, jql.and(where, b.jql), tally.counts.get(b.id) ?? 0),
    ]),
  );
  return { figures, total: tally.total };
}

async function tallied(
  r: Reader,
  where: JqlClause,
  buckets: readonly Bucket[],
  fields: readonly string[],
  bucketOf: (issue: SearchedIssue) => string | readonly string[] | undefined,
): Promise<Map<string, FigureView>> {
  return (await talliedWithTotal(r, where, buckets, fields, bucketOf)).figures;
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

/** The age band of an issue by its creation day (none when Jira gave no creation date). */
const ageBandOfIssue = (bands: readonly AgeBand[], issue: AimsIssue): AgeBand['id'] | undefined => {
  const created = dayOfValue(issue.created);
  return created === null ? undefined : ageBandOf(bands, created);
};

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

  const [byAge, graded, spans] = await Promise.all([
    talliedWithTotal(
      r,
      ncs,
      bands.map((b) => ({ id: b.id, label: b.label, jql: createdIn(b) })),
      ['created'],
      (issue) => ageBandOfIssue(bands, readAimsIssue(issue, r.state)),
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
        const band = ageBandOfIssue(bands, issue);
        return g && band ? `${band}|${g.id}` : undefined;
      },
    ),
    readClosedSpans(r, closedEffective),
  ]);
  const time = closureTime(spans);
  const all = byAge.figures;
  return {
    open: figureOf('Open nonconformities', ncs, byAge.total),
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
        spans.push({ openedOn: dayOf(issue.created), closedOn: dayOf(issue.resolutiondate) });
    }
  }
  return spans;
}

async function correctiveActions(r: Reader): Promise<JiraFigures['correctiveActions']> {
  const cas = aimsTypeJql(r.state, 'correctiveAction');
  const late = (issue: AimsIssue) => isBefore(issue.duedate, r.asOf);
  const { figures } = await figureGroup(
    r,
    cas,
    ['status', 'duedate'],
    [
      {
        id: 'onTime',
        label: 'Open, on time',
        jql: jql.and(OPEN, jql.or(jql.isEmpty('duedate'), jql.gte('duedate', r.asOf))),
        holds: (i) => !isDone(i) && !late(i),
      },
      {
        id: 'late',
        label: 'Open, late',
        jql: jql.and(OPEN, jql.lt('duedate', r.asOf)),
        holds: (i) => !isDone(i) && late(i),
      },
      { id: 'closed', label: 'Closed', jql: DONE, holds: isDone },
    ],
  );
  return {
    onTime: must(figures, 'onTime'),
    late: must(figures, 'late'),
    closed: must(figures, 'closed'),
  };
}

/** One heat map's buckets (its cells, and "not rated") in the tally of the open risks. */
function heatMapTally(
  r: Reader,
  matrix: RiskMatrixConfig,
  prefix: string,
  likelihoodKey: string,
  consequenceKey: string,
) {
  const [lf, cf] = [fieldIdOf(r.state, likelihoodKey), fieldIdOf(r.state, consequenceKey)];
  const notRated = `${prefix}:not-rated`;
  const cellId = (l: number, c: number) => `${prefix}:${heatMapCellId(l, c)}`;
  // The options as the matrix's option sync keeps them: "n - label" (src/jira/risk-option-sync.ts).
  const cells = matrix.likelihood.flatMap((likelihood, li) =>
    matrix.consequence.map((consequence, ci) => {
      const [l, c] = [`${li + 1} - ${likelihood.label}`, `${ci + 1} - ${consequence.label}`];
      return {
        id: cellId(li + 1, ci + 1),
        label: `${l} × ${c}`,
        jql: jql.and(jql.eq(customField(lf), l), jql.eq(customField(cf), c)),
      };
    }),
  );
  return {
    fields: [lf, cf],
    buckets: [
      ...cells,
      {
        id: notRated,
        label: 'Not rated',
        jql: jql.or(jql.isEmpty(customField(lf)), jql.isEmpty(customField(cf))),
      },
    ],
    /** The cell of the issue's two levels, or "not rated" when either is empty. */
    bucketOf(issue: AimsIssue): string | undefined {
      const [lv, cv] = [issue.values[likelihoodKey], issue.values[consequenceKey]];
      if (lv === null || lv === undefined || cv === null || cv === undefined) return notRated;
      const l = levelNumberOf(lv as string);
      const c = levelNumberOf(cv as string);
      return l && c ? cellId(l, c) : undefined;
    },
    /** The heat map from the tally's figures. */
    view(figures: Map<string, FigureView>): HeatMapView {
      const counts = new Map(
        [...figures]
          .filter(([id]) => id.startsWith(`${prefix}:`))
          .map(([id, f]) => [id.slice(prefix.length + 1), f.count]),
      );
      const map = riskHeatMap(matrix, counts);
      return {
        ...map,
        rows: map.rows.map((row) =>
          row.map((cell) => ({
            ...cell,
            jql: must(figures, cellId(cell.likelihood, cell.consequence)).jql,
          })),
        ),
        notRated: must(figures, notRated),
      };
    },
  };
}

/** The buckets of one level (inherent or residual) per band of the matrix. */
function levelTally(r: Reader, matrix: RiskMatrixConfig, key: string, prefix: string) {
  const field = fieldIdOf(r.state, key);
  return {
    fields: [field],
    buckets: matrix.bands.map((b) => ({
      id: `${prefix}:${b.id}`,
      label: b.label,
      jql: jql.eq(customField(field), b.label),
    })),
    bucketOf(issue: AimsIssue): string | undefined {
      const band = matrix.bands.find((b) => b.label === issue.values[key]);
      return band ? `${prefix}:${band.id}` : undefined;
    },
  };
}

/**
 * The open risks' figures — their count, each level band (inherent and residual) and both heat
 * maps — from one tally of them: read once, or counted per bucket when that takes fewer requests.
 */
async function risks(r: Reader, matrix: RiskMatrixConfig): Promise<JiraFigures['risks']> {
  const open = jql.and(aimsTypeJql(r.state, 'aiRisk'), OPEN);
  const inherentMap = heatMapTally(r, matrix, 'inherent-map', 'likelihood', 'consequence');
  const residualMap = heatMapTally(
    r,
    matrix,
    'residual-map',
    'residualLikelihood',
    'residualConsequence',
  );
  const parts = [
    levelTally(r, matrix, 'inherentLevel', 'inherent'),
    levelTally(r, matrix, 'residualLevel', 'residual'),
    inherentMap,
    residualMap,
  ];
  const { figures, total } = await talliedWithTotal(
    r,
    open,
    parts.flatMap((p) => p.buckets),
    parts.flatMap((p) => p.fields),
    (raw) => {
      const issue = readAimsIssue(raw, r.state);
      return parts.flatMap((p) => p.bucketOf(issue) ?? []);
    },
  );
  return {
    open: figureOf('Open risks', open, total),
    levels: matrix.bands.map((b) => ({
      band: b.label,
      inherent: must(figures, `inherent:${b.id}`),
      residual: must(figures, `residual:${b.id}`),
    })),
    inherent: inherentMap.view(figures),
    residual: residualMap.view(figures),
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
      const on = dayOfValue(dateField === 'created' ? issue.created : issue.resolutiondate);
      const label = on === null ? undefined : quarterOf(on).label;
      return quarters.find((q) => q.label === label)?.label;
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

/**
 * AIMS actions: how many are open (counted), and of them the overdue ones: the first
 * OVERDUE_ACTIONS_LISTED by due date, how many there are, and of them the policy reviews. One page
 * of the overdue ones (by due date) answers all three when it is the only one; otherwise the two
 * figures are counted.
 */
async function overdueWork(r: Reader): Promise<JiraFigures['overdue']> {
  const open = jql.and(aimsTypeJql(r.state, 'aimsAction'), OPEN);
  const actions = jql.and(open, jql.lt('duedate', r.asOf));
  const sourceField = fieldIdOf(r.state, 'actionSource');
  const policyReviews = jql.and(actions, jql.eq(customField(sourceField), 'Policy review'));
  const [openCount, page] = await Promise.all([
    approximateCount(r.jira, open),
    searchPage(r.jira, {
      jql: jql.orderBy(actions, 'duedate'),
      fields: ['summary', 'duedate', sourceField],
    }),
  ]);
  const read = page.issues.map((raw) => readAimsIssue(raw, r.state));
  const [all, policy] = page.nextPageToken
    ? await Promise.all([
        approximateCount(r.jira, actions),
        approximateCount(r.jira, policyReviews),
      ])
    : [read.length, read.filter((i) => i.values.actionSource === 'Policy review').length];
  return {
    openActions: figureOf('Open actions', open, openCount),
    policyReviews: figureOf('Overdue policy reviews', policyReviews, policy),
    actions: figureOf('Overdue actions', actions, all),
    firstActions: read.slice(0, OVERDUE_ACTIONS_LISTED).map((issue) => ({
      key: issue.key,
      summary: issue.summary || null,
      dueDate: issue.duedate,
    })),
  };
}

/** Per programme step, its roadmap tasks (labelled by the template) done, and all of them. */
async function roadmapProgress(r: Reader): Promise<JiraFigures['roadmap']> {
  const tasks = jql.and(
    jql.eq('project', r.state.projectKey),
    jql.eq('labels', ROADMAP_TASK_LABEL),
  );
  // Each step's tasks, and of them those done: one tally (a done task counts in both).
  const stepLabel = (step: number) => jql.eq('labels', roadmapStepLabel(step));
  const buckets = PROGRAMME_STEPS.flatMap((s) => [
    { id: `all:${s.step}`, label: `Step ${s.step} tasks`, jql: stepLabel(s.step) },
    {
      id: `done:${s.step}`,
      label: `Step ${s.step} tasks done`,
      jql: jql.and(stepLabel(s.step), DONE),
    },
  ]);
  const figures = await tallied(r, tasks, buckets, ['labels', 'status'], (raw) => {
    const labels = z.array(z.string()).catch([]).parse(raw.fields.labels);
    const step = PROGRAMME_STEPS.find((s) => labels.includes(roadmapStepLabel(s.step)))?.step;
    if (step === undefined) return undefined;
    const done = readAimsIssue(raw, r.state).statusCategory === 'done';
    return done ? [`all:${step}`, `done:${step}`] : [`all:${step}`];
  });
  return PROGRAMME_STEPS.map((s) => ({
    step: s.step,
    title: s.title,
    done: must(figures, `done:${s.step}`),
    total: must(figures, `all:${s.step}`),
  }));
}

/**
 * AI incidents (A.8.4): open, reported in the last 12 months, and the open ones per severity.
 * A project provisioned before the AI Incident type counts the nonconformities whose source is
 * "Incident", as it recorded them then.
 */
async function incidentFigures(r: Reader, since: string): Promise<JiraFigures['incidents']> {
  const field = (key: string) => customField(fieldIdOf(r.state, key));
  const lastYear = (label: string): GroupFigure => ({
    id: 'lastYear',
    label,
    jql: jql.gte('created', since),
    holds: (i) => isWithin(i.created, since, r.asOf),
  });
  const open: GroupFigure = { id: 'open', label: 'Open', jql: OPEN, holds: (i) => !isDone(i) };
  if (!r.state.issueTypes.aiIncident || !r.state.fields.incidentSeverity) {
    const ncs = jql.and(
      aimsTypeJql(r.state, 'nonconformity'),
      jql.eq(field('ncSource'), 'Incident'),
    );
    const { figures } = await figureGroup(
      r,
      ncs,
      ['status', 'created'],
      [open, lastYear('In the last 12 months')],
    );
    return {
      recordedAs:
        'This project has no AI Incident type yet: incidents are the nonconformities whose source is "Incident".',
      open: must(figures, 'open'),
      lastYear: must(figures, 'lastYear'),
      bySeverity: [],
    };
  }
  const severity = field('incidentSeverity');
  const severityOf = (i: AimsIssue): unknown => i.values.incidentSeverity;
  // One tally: open, reported in the last 12 months, and the open ones per severity.
  const { figures } = await figureGroup(
    r,
    aimsTypeJql(r.state, 'aiIncident'),
    ['status', 'created', fieldIdOf(r.state, 'incidentSeverity')],
    [
      open,
      lastYear('Reported in the last 12 months'),
      ...INCIDENT_SEVERITY_OPTIONS.map((s) => ({
        id: `severity:${s}`,
        label: `Open, ${s.toLowerCase()}`,
        jql: jql.and(OPEN, jql.eq(severity, s)),
        holds: (i: AimsIssue) => !isDone(i) && severityOf(i) === s,
      })),
      {
        id: 'severity:none',
        label: 'Open, severity not set',
        jql: jql.and(OPEN, jql.isEmpty(severity)),
        holds: (i) => !isDone(i) && (severityOf(i) ?? null) === null,
      },
    ],
  );
  return {
    recordedAs: 'AI incidents and concerns (A.3.3, A.8.4), the AI Incident issues of the project.',
    open: must(figures, 'open'),
    lastYear: must(figures, 'lastYear'),
    bySeverity: [
      ...INCIDENT_SEVERITY_OPTIONS.map((s) => must(figures, `severity:${s}`)),
      must(figures, 'severity:none'),
    ],
  };
}

/** Competence records expired in the last year and expiring soon (7.2); null: not provisioned. */
async function competenceFigures(r: Reader): Promise<JiraFigures['competence']> {
  const where = competenceDueJql(r.state, r.asOf);
  if (!where) return null;
  const key = fieldIdOf(r.state, 'competenceExpires');
  const expires = (i: AimsIssue): unknown => i.values.competenceExpires;
  // One tally over the records that expired within the year or expire within the warning days.
  const { figures } = await figureGroup(
    r,
    jql.or(where.expired, where.expiring),
    [key],
    [
      {
        id: 'expired',
        label: 'Competence records expired in the last 12 months',
        jql: where.expired,
        holds: (i) => isWithin(expires(i), addDays(r.asOf, -365), r.asOf),
      },
      {
        id: 'expiring',
        label: `Competence records expiring within ${COMPETENCE_EXPIRY_WARNING_DAYS} days`,
        jql: where.expiring,
        holds: (i) =>
          isWithin(expires(i), addDays(r.asOf, 1), addDays(r.asOf, COMPETENCE_EXPIRY_WARNING_DAYS)),
      },
    ],
  );
  return { expired: must(figures, 'expired'), expiring: must(figures, 'expiring') };
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

/**
 * Included AI Controls whose evidence is stale (its earliest review date has come, 7.5) or due for
 * review within EVIDENCE_REVIEW_WARNING_DAYS — from the "Evidence review date" the app keeps.
 */
async function evidenceCurrency(r: Reader, included: JqlClause): Promise<JiraFigures['evidence']> {
  const key = fieldIdOf(r.state, 'evidenceReviewDate');
  const reviewDate = customField(key);
  const soon = addDays(r.asOf, EVIDENCE_REVIEW_WARNING_DAYS);
  const date = (i: AimsIssue): unknown => i.values.evidenceReviewDate;
  // One tally over the controls whose review date has come or comes within the warning days.
  const { figures } = await figureGroup(
    r,
    jql.and(included, jql.lte(reviewDate, soon)),
    [key],
    [
      {
        id: 'stale',
        label: 'Controls with stale evidence',
        jql: jql.lte(reviewDate, r.asOf),
        holds: (i) => isBefore(date(i), addDays(r.asOf, 1)),
      },
      {
        id: 'reviewSoon',
        label: `Evidence review due in ${EVIDENCE_REVIEW_WARNING_DAYS} days`,
        jql: jql.gt(reviewDate, r.asOf),
        holds: (i) => isWithin(date(i), addDays(r.asOf, 1), soon),
      },
    ],
  );
  return { stale: must(figures, 'stale'), reviewSoon: must(figures, 'reviewSoon') };
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
    objectiveFigures,
    trend,
    roadmap,
    evidence,
    competence,
  ] = await Promise.all([
    nonconformities(r),
    correctiveActions(r),
    risks(r, matrix),
    share(
      r,
      {
        label: 'Implemented',
        jql: jql.eq(field('implementationStatus'), 'Implemented'),
        field: fieldIdOf(state, 'implementationStatus'),
        holds: (i) => i.values.implementationStatus === 'Implemented',
      },
      ['Applicable controls', included],
    ),
    share(r, { label: 'Audits done', jql: DONE, field: 'status', holds: isDone }, [
      'Audits in the cycle',
      audits,
    ]),
    figureGroup(
      r,
      assessments,
      ['status', fieldIdOf(state, 'impactNextReview')],
      [
        { id: 'open', label: 'Open', jql: OPEN, holds: (i) => !isDone(i) },
        {
          id: 'dueSoon',
          label: 'Review due in 30 days',
          jql: jql.and(DONE, jql.gte(nextReview, asOf), jql.lte(nextReview, addDays(asOf, 30))),
          holds: (i) => isDone(i) && isWithin(i.values.impactNextReview, asOf, addDays(asOf, 30)),
        },
        {
          id: 'overdue',
          label: 'Review overdue',
          jql: jql.and(DONE, jql.lt(nextReview, asOf)),
          holds: (i) => isDone(i) && isBefore(i.values.impactNextReview, asOf),
        },
      ],
    ),
    programmeCoverage(r, asOf.slice(0, 4)),
    incidentFigures(r, cycleStart),
    overdueWork(r),
    figureGroup(
      r,
      objectives,
      ['status', 'duedate'],
      [
        { id: 'achieved', label: 'Achieved', jql: DONE, holds: isDone },
        {
          id: 'overdue',
          label: 'Overdue objectives',
          jql: jql.and(OPEN, jql.lt('duedate', asOf)),
          holds: (i) => !isDone(i) && isBefore(i.duedate, asOf),
        },
      ],
    ),
    trends(r),
    roadmapProgress(r),
    evidenceCurrency(r, included),
    competenceFigures(r),
  ]);
  return {
    asOf,
    projectKey: state.projectKey,
    nonconformities: ncs,
    correctiveActions: cas,
    risks: riskFigures,
    soa,
    evidence,
    audits: { cycleStart, coverage, programme },
    impactAssessments: {
      open: must(ia.figures, 'open'),
      reviewDueSoon: must(ia.figures, 'dueSoon'),
      reviewOverdue: must(ia.figures, 'overdue'),
    },
    incidents,
    competence,
    overdue,
    objectives: {
      progress: {
        part: must(objectiveFigures.figures, 'achieved'),
        whole: figureOf('AI objectives', objectives, objectiveFigures.total),
        percent: sharePercent(
          must(objectiveFigures.figures, 'achieved').count,
          objectiveFigures.total,
        ),
      },
      overdue: must(objectiveFigures.figures, 'overdue'),
    },
    trends: trend,
    roadmap,
  };
}
