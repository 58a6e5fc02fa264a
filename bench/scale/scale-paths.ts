/**
 * The app's paths the scale bench measures, each run as Forge runs it (the resolver or trigger
 * function invoked on the Forge host, as the person or as the app), with the number of requests
 * the least a correct implementation needs ("minimum") and what one request per issue would cost
 * ("naive"), both derived from the site's contents. docs/performance.md explains each derivation.
 */
import type { IssueDoc } from '../../emulator/jira/models/issue-store';
import type { MacroOutcome } from '../../emulator/seed/demo/demo-pages';
import { DemoMacro } from '../../emulator/seed/demo/demo-pages';
import { DEMO_SOA_CONFIG } from '../../emulator/seed/demo/demo-soa-page';
import { ANNEX_A_CONTROLS } from '../../src/domain/catalog/annex-a';
import { addDays, addMonths } from '../../src/domain/calendar';
import {
  COMPETENCE_EXPIRY_WARNING_DAYS,
  competenceReviewWindow,
} from '../../src/domain/competence';
import { EVIDENCE_REVIEW_WARNING_DAYS } from '../../src/domain/evidence';
import { ageBands, lastQuarters } from '../../src/domain/overview';
import { DEFAULT_RISK_MATRIX } from '../../src/domain/risk';
import { PROGRAMME_STEPS, ROADMAP_TASK_LABEL } from '../../src/domain/roadmap';
import { AIMS_FIELDS } from '../../src/jira/aims-schema/fields';
import { AIMS_SCREENS } from '../../src/jira/aims-schema/screens';
import { AIMS_WORKFLOWS } from '../../src/jira/aims-schema/workflows';
import {
  INCIDENT_SEVERITY_OPTIONS,
  NC_SOURCE_OPTIONS,
} from '../../src/jira/aims-schema/field-options';
import { OVERDUE_LABEL, PREVIOUS_REVIEW_ACTIONS } from './aims-seeder';
import type { BenchSite } from './bench-site';
import { accountOf } from './bench-site';
import type { SiteFacts } from './site-facts';
import { expiredCompetenceJql } from '../../src/automation/competence-expiry-actions';
import { dueEvidenceJql } from '../../src/automation/evidence-expiry-actions';
import { dueImpactReviewsJql } from '../../src/automation/impact-review-actions';
import { unraisedFindingsJql } from '../../src/automation/missing-nonconformities';
import { dueRiskReassessmentsJql } from '../../src/automation/risk-reassessment-actions';
import type { ActiveAims } from '../../src/jira/active-aims';
import { APP_CONFIG_KEY, provisioningKey } from '../../src/storage/kvs-keys';
import { DEFAULT_APP_CONFIG, appConfigSchema } from '../../src/storage/app-config';
import { provisioningStateSchema } from '../../src/storage/provisioning-state';
import { bulkEdits, fieldPages, idPages } from './site-facts';

export interface ScalePath {
  id: string;
  title: string;
  /** A screen a person waits for (5 s budget of app time) rather than a trigger. */
  ui: boolean;
  /** Anything the run needs that is not part of the measured path. */
  prepare?(bench: BenchSite): Promise<void>;
  /** One run, as Forge runs it; throws when the app answers with an error. */
  run(bench: BenchSite): Promise<unknown>;
  minimum(facts: SiteFacts, bench: BenchSite): number;
  naive(facts: SiteFacts, bench: BenchSite): number;
}

/** Paths the issue names that the app does not have yet: the table keeps their place. */
export const PENDING_PATHS: readonly { id: string; title: string }[] = [];

const SOA = new DemoMacro('aims-soa', 'aims-soa-1');
const REVIEW = new DemoMacro('aims-management-review', 'aims-management-review-1');

function ok(what: string, outcome: unknown): unknown {
  const o = outcome as MacroOutcome;
  if (!o || o.ok !== true)
    throw new Error(`${what} failed: ${o?.error ?? ''} ${(o?.details ?? []).join('; ')}`);
  return o.data;
}

/** The SoA needs every control and risk the viewer sees; one search reads both kinds. */
const soaIssues = (f: SiteFacts): number => f.of('AI Control') + f.of('AI Risk');

/**
 * The SoA's reads from Jira: the C controls with their links (which name every risk each one
 * mitigates), then the L risks the rows list, read for their levels — both in pages of 100.
 */
const soaReads = (f: SiteFacts): number =>
  fieldPages(f.of('AI Control')) + fieldPages(f.soaListedRisks());

const soaView: ScalePath = {
  id: 'soa.view',
  title: 'SoA macro view (getView, as the AIMS manager)',
  ui: true,
  async run(b) {
    const page = { id: b.pages.soa, spaceId: b.pages.spaceId };
    const call = { functionKey: 'getView', payload: {} };
    return ok(
      'SoA view',
      await SOA.invoke(b.host, 'manager', page, call, DEMO_SOA_CONFIG, b.site.url),
    );
  },
  // the viewer with their groups + the page with its version, properties and operations
  // (one GET: include-properties, include-operations) + the controls, then the listed risks
  minimum: (f) => 1 + 1 + soaReads(f),
  naive: (f) => 2 + idPages(soaIssues(f)) + soaIssues(f),
};

const soaExport: ScalePath = {
  id: 'soa.export',
  title: 'SoA macro export (adfExport, PDF/Word)',
  ui: true,
  async run(b) {
    const context = {
      accountId: accountOf('manager'),
      cloudId: b.host.identity.cloudId,
      siteUrl: b.site.url,
      moduleKey: 'aims-soa',
      localId: SOA.localId,
      extension: {
        type: 'macro',
        content: { id: b.pages.soa, type: 'page' },
        space: { id: b.pages.spaceId },
        config: DEMO_SOA_CONFIG,
        isEditing: false,
        macro: { isConfiguring: false, isInserting: false },
      },
    };
    const adf = (await b.host.invokeFunction(
      'soa-export',
      { exportType: 'pdf', context },
      { accountId: accountOf('manager'), moduleKey: 'aims-soa' },
    )) as { type?: string; content?: unknown[] };
    if (adf?.type !== 'doc' || !adf.content?.length) throw new Error('SoA export: no ADF');
    return adf;
  },
  // An export has no reader, so it reads nothing from Jira (src/macros/macro-export.ts): it shows
  // the approval the page stores (its properties: one request) and points to the live SoA.
  minimum: () => 1,
  naive: () => 1,
};

/** The sets a draft management review of the period reads or counts (9.3.2 a–e). */
function reviewSets(f: SiteFacts) {
  const { start, after, cutoff } = f.period();
  const touches = `created < "${after}" AND (resolutiondate is EMPTY OR resolutiondate >= "${start}")`;
  const inPeriod = `created >= "${start}" AND created < "${after}"`;
  const ofi = '"Finding grade" = "Opportunity for improvement"';
  return {
    previousActions: PREVIOUS_REVIEW_ACTIONS,
    nonconformities: f.of('Nonconformity', touches),
    overdueNonconformities: f.of(
      'Nonconformity',
      `${touches} AND duedate < "${cutoff}" AND (resolutiondate is EMPTY OR resolutiondate >= "${cutoff}")`,
    ),
    correctiveActions: f.of('Corrective Action', touches),
    findings: f.of('Audit Finding', `(${inPeriod} OR (${ofi} AND statusCategory != Done))`),
    improvementFindings: f.of(
      'Audit Finding',
      `${ofi} AND (${inPeriod} OR statusCategory != Done)`,
    ),
    openRisks: f.of('AI Risk', 'statusCategory != Done'),
    controls: f.of('AI Control'),
    improvementItems: f.count(
      'project = AIMS AND labels = aims-improvement AND statusCategory != Done',
    ),
    incidents: f.of('AI Incident', `((${inPeriod}) OR statusCategory != Done)`),
    competence: ((w) =>
      f.of(
        'Competence Record',
        `"Competence expiry" >= "${w.expiredFrom}" AND "Competence expiry" <= "${w.expiringUntil}"`,
      ))(competenceReviewWindow(start, f.period().today)),
  };
}

/** Incident figures (reported in the period, of them breached, open now) and competence ones. */
const INCIDENT_COUNTS = 3;
const COMPETENCE_COUNTS = 2;
/**
 * Single reads the review makes besides its figure groups: the review page with its record and
 * what the viewer may do with it (one GET with include-properties and include-operations), the
 * viewer, the people's names, the previous review's record (inputs b and c compared with it), the
 * AIMS members group's size (policy awareness, 7.3); then one read of each registered AI policy
 * page with its document control record (include-properties).
 */
const REVIEW_SINGLE_READS = 5;
const REGISTERED_POLICY_PAGES = 1;

/** Months of the quarter, and the sources a nonconformity can have (plus "unspecified"). */
const MONTHS = 3;
const SOURCES = NC_SOURCE_OPTIONS.length + 1;
/** Risk bands of the default matrix, plus "not assessed". */
const RISK_COUNTS = 5;
/** Finding grades × months. */
const GRADE_MONTH_COUNTS = 4 * MONTHS;

const reviewQuarter: ScalePath = {
  id: 'review.quarter',
  title: 'Management review inputs for a quarter (getView of a draft)',
  ui: true,
  async run(b) {
    const page = { id: b.pages.review, spaceId: b.pages.spaceId };
    const call = { functionKey: 'getView', payload: {} };
    return ok(
      'Review view',
      await REVIEW.invoke(b.host, 'manager', page, call, { ...b.pages.reviewConfig }),
    );
  },
  minimum(f) {
    const s = reviewSets(f);
    // Each figure group is read or counted, whichever takes fewer requests.
    const ncCounts = 3 * (1 + MONTHS + SOURCES) + 1 + fieldPages(s.overdueNonconformities);
    return (
      REVIEW_SINGLE_READS +
      REGISTERED_POLICY_PAGES +
      Math.min(fieldPages(s.incidents), INCIDENT_COUNTS) +
      Math.min(fieldPages(s.competence), COMPETENCE_COUNTS) +
      fieldPages(s.previousActions) +
      Math.min(fieldPages(s.nonconformities), ncCounts) +
      fieldPages(s.correctiveActions) + // by source: each needs its nonconformity's link
      Math.min(fieldPages(s.findings), GRADE_MONTH_COUNTS + fieldPages(s.improvementFindings)) +
      Math.min(fieldPages(s.openRisks), RISK_COUNTS) +
      Math.min(fieldPages(s.controls), 2) +
      fieldPages(s.improvementItems)
    );
  },
  naive(f) {
    const s = reviewSets(f);
    const sets = [
      s.previousActions,
      s.nonconformities,
      s.correctiveActions,
      s.findings,
      s.openRisks,
      s.controls,
      s.improvementItems,
      s.incidents,
      s.competence,
    ];
    return (
      REVIEW_SINGLE_READS +
      REGISTERED_POLICY_PAGES +
      sets.reduce((sum, n) => sum + idPages(n) + n, 0)
    );
  },
};

/** A resolver function of a UI module invoked as the AIMS manager, as its frame would. */
function invokeAsManager(
  b: BenchSite,
  handler: string,
  functionKey: string,
  moduleKey: string,
  extension: Record<string, unknown>,
): Promise<unknown> {
  const accountId = accountOf('manager');
  return b.host.invokeFunction(
    handler,
    {
      call: { functionKey, payload: {} },
      context: { accountId, siteUrl: b.site.url, moduleKey, extension },
    },
    { accountId, moduleKey },
  );
}

function panelPath(id: string, title: string, issue: (b: BenchSite) => IssueDoc): ScalePath {
  return {
    id,
    title,
    ui: true,
    async run(b) {
      const doc = issue(b);
      return ok(
        title,
        await invokeAsManager(b, 'issue-panel-resolver', 'getPanel', 'aims-issue-panel', {
          type: 'jira:issuePanel',
          issue: { id: doc.id, key: doc.key, typeId: doc.issueTypeId },
          project: { id: doc.projectId, key: 'AIMS' },
        }),
      );
    },
    // the issue and its linked issues, in one search (`key = X OR issue in linkedIssues(X)`)
    minimum: (f, b) => fieldPages(1 + f.linkedTo(issue(b).key)),
    naive: (f, b) => 1 + f.linkedTo(issue(b).key),
  };
}

const SELECT_FIELDS = AIMS_FIELDS.filter((d) => d.kind === 'select' || d.kind === 'multiselect');

/**
 * What a run on the provisioned project checks: who asks, for each of the two admin functions
 * (start, progress); the project with its issue types; the fields; each select field's options
 * (its context known from the first run); the AIMS screens, then for each the fields it still
 * lacks (`availableFields`), plus `screenTabs` reads of tabs; the screen schemes, the project's
 * issue type screen scheme and its mappings; the link types; the workflows with their statuses;
 * the project's workflow scheme; the Annex A controls.
 */
function provisioningChecks(reads: {
  screenTabs: number;
  workflowSearches: number;
  controlReads: number;
}): number {
  const whoAsks = 2;
  const project = 1;
  const fields = 1 + SELECT_FIELDS.length;
  const screens = 1 + AIMS_SCREENS.length + reads.screenTabs;
  const screenSchemes = 3;
  const linkTypes = 1;
  const workflowScheme = 1;
  return (
    whoAsks +
    project +
    fields +
    screens +
    screenSchemes +
    linkTypes +
    reads.workflowSearches +
    workflowScheme +
    reads.controlReads
  );
}

const provisioning: ScalePath = {
  id: 'provisioning',
  title: 'Provisioning, run again on the provisioned project (admin page)',
  ui: true,
  async run(b) {
    const accountId = accountOf('admin');
    const call = async (functionKey: string): Promise<unknown> =>
      ok(
        'Provisioning',
        await b.host.invokeFunction(
          'admin-resolver',
          { call: { functionKey, payload: {} }, context: { accountId } },
          { accountId },
        ),
      );
    // The admin page's button starts a run; its parts run on the async events queue.
    await call('startProvisioning');
    await b.host.waitForIdle();
    const { run } = (await call('provisioningProgress')) as { run: { status: string } | null };
    if (run?.status !== 'completed') throw new Error(`Provisioning ended ${JSON.stringify(run)}`);
    return run;
  },
  minimum: () =>
    provisioningChecks({
      screenTabs: 0,
      workflowSearches: 1,
      controlReads: fieldPages(ANNEX_A_CONTROLS.length),
    }),
  // the same, with the screens' tabs and their fields read one by one, each workflow searched on
  // its own and each control looked up on its own
  naive: () =>
    provisioningChecks({
      screenTabs: AIMS_SCREENS.reduce((n, sc) => n + sc.tabs.length, 0),
      workflowSearches: AIMS_WORKFLOWS.length,
      controlReads: ANNEX_A_CONTROLS.length,
    }),
};

/** A new major finding (found in the audit, affecting the AI system), created without events. */
let trigger: IssueDoc | undefined;

const findingTrigger: ScalePath = {
  id: 'trigger.finding-nc',
  title: 'Finding → nonconformity trigger (avi:jira:created:issue)',
  ui: false,
  async prepare(b) {
    const { audit, system } = b.seeder.fixturesMade;
    trigger = b.writer.transaction(() => {
      const finding = b.writer.create({
        type: 'auditFinding',
        summary: 'Model cards missing for two releases',
        status: 'Finding Open',
        created: new Date(),
        reporter: 'auditor',
        values: { findingGrade: 'Major nonconformity', isoReference: 'ISO42001:A.6.2.7' },
      });
      b.writer.link('foundIn', finding, audit);
      b.writer.link('affects', finding, system);
      return finding;
    });
  },
  async run(b) {
    if (!trigger) throw new Error('prepare the finding first');
    const event = {
      eventType: 'avi:jira:created:issue',
      selfGenerated: false,
      atlassianId: accountOf('auditor'),
      issue: b.m.events.issuePayload(trigger),
      associatedUsers: [{ accountId: accountOf('auditor') }],
      context: { cloudId: b.host.identity.cloudId, moduleKey: 'aims-issue-events' },
    };
    const outcome = (await b.host.invokeFunction('issue-event-trigger', event, {
      moduleKey: 'aims-issue-events',
    })) as { handled: boolean; detail: string };
    if (!outcome.handled || !/raised/.test(outcome.detail))
      throw new Error(`The finding raised no nonconformity: ${outcome.detail}`);
    return outcome;
  },
  // the finding with its links; the nonconformity created; one POST /issueLink per link (raises,
  // and affects for its one AI system); the transition (its id known from provisioning); the
  // transition's validator reading the finding (Jira passes it only the key)
  minimum: () => 1 + 1 + 2 + 1 + 1,
  // the same, with the finding read again before each link and the transition looked up
  naive: () => 1 + 1 + 2 * 2 + 2 + 1,
};

/** The daily overdue scan's sets (as the app: it sees every issue). */
function overdueSets(f: SiteFacts, b: BenchSite) {
  const today = b.today.toISOString().slice(0, 10);
  const open = `project = AIMS AND issuetype in (Nonconformity, "Corrective Action") AND statusCategory != Done`;
  return {
    open: f.count(open, 'admin'),
    toLabel: f.count(
      `${open} AND duedate < "${today}" AND (labels is EMPTY OR labels not in (${OVERDUE_LABEL}))`,
      'admin',
    ),
    toUnlabel: f.count(
      `project = AIMS AND labels = ${OVERDUE_LABEL} AND (statusCategory = Done OR duedate is EMPTY OR duedate >= "${today}")`,
      'admin',
    ),
  };
}

/** The app's provisioning and settings on the bench site, as its scans load them. */
function benchAims(b: BenchSite): ActiveAims {
  const store = b.host.storage();
  const config = appConfigSchema.parse(
    store.get({ kind: 'kv' }, APP_CONFIG_KEY)?.value ?? DEFAULT_APP_CONFIG,
  );
  const state = provisioningStateSchema.parse(
    store.get({ kind: 'kv' }, provisioningKey(config.projectKey))?.value,
  );
  return { config, state };
}

/**
 * The overdue scan's review phases (impact reviews, risk reassessments, expired competence,
 * evidence reviews: the records each searches, by the app's own JQL) and the findings its
 * reconcile searches for a missing nonconformity.
 */
function dueReviewSets(f: SiteFacts, b: BenchSite): { reviews: number[]; unraised: number } {
  const aims = benchAims(b);
  const today = b.today.toISOString().slice(0, 10);
  const reviews = [
    dueImpactReviewsJql,
    dueRiskReassessmentsJql,
    expiredCompetenceJql,
    dueEvidenceJql,
  ].flatMap((dueJql) => {
    const where = dueJql(aims, today);
    return where ? [f.count(where, 'admin')] : [];
  });
  const unraised = unraisedFindingsJql(aims);
  return { reviews, unraised: unraised ? f.count(unraised, 'admin') : 0 };
}

const overdueScan: ScalePath = {
  id: 'scan.overdue',
  title: 'Overdue scan (daily scheduled trigger)',
  ui: false,
  async run(b) {
    return b.host.runScheduledTrigger('aims-overdue-scan');
  },
  minimum(f, b) {
    const s = overdueSets(f, b);
    const due = dueReviewSets(f, b);
    // keys to label and to unlabel, their bulk edits (each submitted, then its progress read),
    // the overdue count; then each review phase's due records, read with their dates and
    // statuses (none is due on the bench site, so no action is created), and the keys of the
    // findings whose nonconformity is missing (the reconcile)
    return (
      idPages(s.toLabel) +
      bulkEdits(s.toLabel) +
      idPages(s.toUnlabel) +
      bulkEdits(s.toUnlabel) +
      1 +
      due.reviews.reduce((sum, n) => sum + fieldPages(n), 0) +
      idPages(due.unraised)
    );
  },
  naive(f, b) {
    const s = overdueSets(f, b);
    return idPages(s.open) + s.open + s.toLabel + s.toUnlabel + 1;
  },
};

const policyScan: ScalePath = {
  id: 'scan.policy-review',
  title: 'Policy review scan (daily scheduled trigger)',
  ui: false,
  async run(b) {
    return b.host.runScheduledTrigger('aims-policy-review-scan');
  },
  // one registered policy page, not due: its document control record
  minimum: () => 1,
  naive: () => 1,
};

/**
 * The sets the AIMS overview reads or counts, each with the figures it shows: `figures` counts
 * when each is counted (one `/search/approximate-count` each, the set's own count included when
 * it is shown); `read` marks the sets that must be read (closure times, audit coverage).
 */
function overviewSets(f: SiteFacts): { n: number; figures: number; read?: boolean }[] {
  const today = f.period().today;
  const bands = ageBands(today).length;
  const { bands: levels, likelihood, consequence } = DEFAULT_RISK_MATRIX;
  const quarters = lastQuarters(today);
  const yearStart = quarters[0]?.start ?? today;
  const yearEnd = quarters.at(-1)?.before ?? today;
  const inYear = (field: string) => `${field} >= "${yearStart}" AND ${field} < "${yearEnd}"`;
  const cycleStart = addDays(addMonths(today, -12), 1);
  const open = 'statusCategory != Done';
  const graded = '"Finding grade" in ("Major nonconformity", "Minor nonconformity")';
  const overdueActions = f.of('AIMS Action', `${open} AND duedate < "${today}"`);
  return [
    // open nonconformities: per age band, and their count
    { n: f.of('Nonconformity', open), figures: bands + 1 },
    // open major and minor findings per age band
    { n: f.of('Audit Finding', `${open} AND ${graded}`), figures: 2 * bands },
    // closed as effective: their closure times are read
    {
      n: f.of('Nonconformity', 'statusCategory = Done AND "Effectiveness verdict" = Effective'),
      figures: 0,
      read: true,
    },
    // corrective actions: open on time, open late, closed
    { n: f.of('Corrective Action'), figures: 3 },
    // open risks: their count, both level bands, both heat maps with "not rated"
    {
      n: f.of('AI Risk', open),
      figures: 1 + 2 * levels.length + 2 * (likelihood.length * consequence.length + 1),
    },
    // applicable controls and of them implemented
    { n: f.of('AI Control', 'Applicability = Included'), figures: 2 },
    // audits of the cycle and of them done
    { n: f.of('AIMS Audit', `created >= "${cycleStart}"`), figures: 2 },
    // the audit programme's coverage: this cycle's audits are read
    {
      n: f.of('AIMS Audit', `"Audit programme cycle" ~ "${today.slice(0, 4)}"`),
      figures: 0,
      read: true,
    },
    // impact assessments: open, review due in 30 days, review overdue
    { n: f.of('AI Impact Assessment'), figures: 3 },
    // AI incidents: open, reported in the last 12 months, the open ones per severity and unset
    { n: f.of('AI Incident'), figures: 2 + INCIDENT_SEVERITY_OPTIONS.length + 1 },
    // evidence currency: the included controls whose evidence review date has come or comes
    // within the warning days — stale, and due soon
    {
      n: f.of(
        'AI Control',
        `Applicability = Included AND "Evidence review date" <= "${addDays(today, EVIDENCE_REVIEW_WARNING_DAYS)}"`,
      ),
      figures: 2,
    },
    // competence records expired in the last 12 months, and expiring within the warning days
    {
      n: f.of(
        'Competence Record',
        `(("Competence expiry" >= "${addDays(today, -365)}" AND "Competence expiry" <= "${today}") OR ("Competence expiry" > "${today}" AND "Competence expiry" <= "${addDays(today, COMPETENCE_EXPIRY_WARNING_DAYS)}"))`,
      ),
      figures: 2,
    },
    // open actions: their count
    { n: f.of('AIMS Action', open), figures: 1 },
    // overdue actions: the first listed (one page), their count and the policy reviews among them
    { n: overdueActions, figures: overdueActions <= 100 ? 1 : 3 },
    // objectives: all, achieved, overdue
    { n: f.of('AI Objective'), figures: 3 },
    // trends per quarter: nonconformities opened and closed, findings raised, risks identified
    { n: f.of('Nonconformity', inYear('created')), figures: quarters.length },
    {
      n: f.of('Nonconformity', `statusCategory = Done AND ${inYear('resolutiondate')}`),
      figures: quarters.length,
    },
    { n: f.of('Audit Finding', inYear('created')), figures: quarters.length },
    { n: f.of('AI Risk', inYear('created')), figures: quarters.length },
    // roadmap tasks per programme step, all and done
    {
      n: f.count(`project = AIMS AND labels = ${ROADMAP_TASK_LABEL}`),
      figures: 2 * PROGRAMME_STEPS.length,
    },
  ];
}

const overviewMeasures: ScalePath = {
  id: 'overview.measures',
  title: 'AIMS overview measures (global page getView, as the AIMS manager)',
  ui: true,
  async run(b) {
    return ok(
      'Overview',
      await invokeAsManager(b, 'overview-resolver', 'getView', 'aims-overview', {
        type: 'jira:globalPage',
      }),
    );
  },
  // the viewer (may they change the register?), then each set read or its figures counted,
  // whichever takes fewer requests (a set that must be read is read)
  minimum: (f) =>
    1 +
    overviewSets(f).reduce(
      (sum, set) => sum + (set.read ? fieldPages(set.n) : Math.min(fieldPages(set.n), set.figures)),
      0,
    ),
  // the viewer, then each set's ids listed and each issue fetched on its own
  naive: (f) => 1 + overviewSets(f).reduce((sum, set) => sum + idPages(set.n) + set.n, 0),
};

export const SCALE_PATHS: readonly ScalePath[] = [
  soaView,
  soaExport,
  reviewQuarter,
  panelPath(
    'panel.nonconformity',
    'Issue panel of a nonconformity with 20 corrective actions',
    (b) => b.seeder.fixturesMade.panelNonconformity,
  ),
  panelPath(
    'panel.control',
    'Issue panel of a control with 200 linked risks',
    (b) => b.seeder.fixturesMade.hubControl,
  ),
  provisioning,
  policyScan,
  findingTrigger,
  overdueScan,
  overviewMeasures,
];
