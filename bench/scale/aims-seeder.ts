/**
 * Grows the bench site's AIMS project to a given number of issues with a realistic mix
 * (./aims-mix.ts) and realistic links: every AI risk mitigated by one or two controls and
 * affecting an AI system, impact assessments of the systems, findings found in audits, the
 * major/minor ones raising nonconformities, corrective actions correcting them, actions and
 * objectives. Statuses, due dates and creation dates are spread over the last year, and the
 * open work already past due carries the overdue scan's label (as after yesterday's run).
 *
 * The measured paths' fixtures are made on the first growth: a control that mitigates exactly
 * 200 risks, a nonconformity with exactly 20 corrective actions, and the actions decided by the
 * "previous" management review.
 */
import type { IssueDoc } from '../../emulator/jira/models/issue-store';
import { ANNEX_A_CONTROLS } from '../../src/domain/catalog/annex-a';
import { DEFAULT_RISK_MATRIX, assessRisk } from '../../src/domain/risk';
import {
  ACTION_SOURCE_OPTIONS,
  ANNEX_C_OBJECTIVE_OPTIONS,
  ANNEX_C_RISK_SOURCE_OPTIONS,
  CONSEQUENCE_OPTIONS,
  IMPLEMENTATION_STATUS_OPTIONS,
  LIKELIHOOD_OPTIONS,
  TREATMENT_OPTIONS,
} from '../../src/jira/aims-schema/field-options';
import type { AimsMix } from './aims-mix';
import { aimsMix, mixTotal } from './aims-mix';
import type { BenchLogin, ModelWriter, NewIssue } from './model-writer';
import { Prng } from './prng';

export const OVERDUE_LABEL = 'aims-overdue';
export const IMPROVEMENT_LABEL = 'aims-improvement';
/** Risks mitigated by the hub control (the control panel's fixture). */
export const HUB_RISKS = 200;
/** Corrective actions of the panel's nonconformity. */
export const PANEL_NC_ACTIONS = 20;
/** AIMS Actions decided by the previous management review. */
export const PREVIOUS_REVIEW_ACTIONS = 20;

const DAY = 86_400_000;
const PEOPLE: readonly BenchLogin[] = ['admin', 'manager', 'auditor', 'member'];

export interface BenchFixtures {
  hubControl: IssueDoc;
  panelNonconformity: IssueDoc;
  audit: IssueDoc;
  system: IssueDoc;
}

type Grade =
  'Major nonconformity' | 'Minor nonconformity' | 'Observation' | 'Opportunity for improvement';

interface Pools {
  controls: IssueDoc[];
  systems: IssueDoc[];
  audits: IssueDoc[];
  nonconformities: { issue: IssueDoc; closed: boolean }[];
}

const ymd = (d: Date): string => d.toISOString().slice(0, 10);

export class AimsSeeder {
  private readonly prng = new Prng(42_001);
  private readonly pools: Pools = { controls: [], systems: [], audits: [], nonconformities: [] };
  private made: AimsMix = aimsMix(538);
  private grown = false;
  private fixtures: BenchFixtures | undefined;
  private readonly confidentialLevel: string | undefined;
  private serial = 0;

  constructor(
    private readonly w: ModelWriter,
    /** Midnight UTC of the day the bench runs: dates are spread over the year before it. */
    private readonly today: Date,
    private readonly previousReviewPageId: string,
  ) {
    for (const key of Object.keys(this.made) as (keyof AimsMix)[]) this.made[key] = 0;
    const scheme = w.project.issueSecuritySchemeId
      ? w.m.security.byId(w.project.issueSecuritySchemeId)
      : undefined;
    this.confidentialLevel = scheme?.levels.find((l) => l.name === 'Confidential')?.id;
  }

  get fixturesMade(): BenchFixtures {
    if (!this.fixtures) throw new Error('grow the site first');
    return this.fixtures;
  }

  /** Adds issues until the project holds `aimsMix(total)`; returns the issues added. */
  growTo(total: number): number {
    const target = aimsMix(total);
    const before = mixTotal(this.made);
    this.w.transaction(() => {
      if (!this.grown) this.firstGrowth();
      this.add('orgControls', target, () => this.orgControl());
      this.add('systems', target, () => this.aiSystem());
      this.add('impactAssessments', target, () => this.impactAssessment());
      this.add('audits', target, () => this.audit());
      this.add('risks', target, () => this.risk());
      this.add('findings', target, () => this.finding(target));
      this.add('nonconformities', target, () => this.nonconformity('Incident'));
      this.add('correctiveActions', target, () =>
        this.correctiveAction(this.prng.pick(this.pools.nonconformities)),
      );
      this.add('actions', target, () => this.action());
      this.add('objectives', target, () => this.objective());
    });
    return mixTotal(this.made) - before;
  }

  private add(kind: keyof AimsMix, target: AimsMix, make: () => void): void {
    while (this.made[kind] < target[kind]) make();
  }

  private count(kind: keyof AimsMix): void {
    this.made[kind] += 1;
  }

  private created(): Date {
    return new Date(this.today.getTime() - this.prng.int(1, 365) * DAY + this.prng.int(0, DAY - 1));
  }

  private resolvedAfter(created: Date): Date {
    const at = created.getTime() + this.prng.int(1, 60) * DAY;
    return new Date(Math.min(at, this.today.getTime() - 1));
  }

  private person(): BenchLogin {
    return this.prng.pick(PEOPLE);
  }

  private create(issue: NewIssue): IssueDoc {
    this.serial += 1;
    return this.w.create(issue);
  }

  /** The fixtures and the Annex A decisions, made once. */
  private firstGrowth(): void {
    this.grown = true;
    const annexType = this.w.typeId('aiControl');
    const annex = this.w.m.store
      .inProject(this.w.project.id)
      .filter((i) => i.issueTypeId === annexType);
    for (const control of annex) {
      const included = this.prng.next() < 0.9;
      this.pools.controls.push(
        this.w.edit(
          control,
          {
            applicability: included ? 'Included' : 'Excluded',
            justification: included
              ? 'Needed to treat the AI risks of our credit and support models.'
              : 'We do not develop AI systems of this kind.',
            implementationStatus: included
              ? this.prng.pick(IMPLEMENTATION_STATUS_OPTIONS)
              : undefined,
            evidence: included ? 'https://intranet.example.com/aims/evidence' : undefined,
          },
          this.person(),
        ),
      );
      this.count('annexControls');
    }
    const hubControl = this.orgControl('ORG:bench-hub', 'Model risk committee sign-off');
    const system = this.aiSystem();
    const audit = this.audit();
    for (let i = 0; i < HUB_RISKS; i++) {
      const risk = this.risk();
      this.w.link('mitigates', hubControl, risk);
    }
    const finding = this.createFinding('Major nonconformity', audit, false);
    const panelNonconformity = this.nonconformity('Internal audit', 'Implementing Actions');
    this.w.link('raises', finding, panelNonconformity);
    for (let i = 0; i < PANEL_NC_ACTIONS; i++)
      this.correctiveAction(this.pools.nonconformities[this.pools.nonconformities.length - 1]!);
    for (let i = 0; i < PREVIOUS_REVIEW_ACTIONS; i++) this.action(this.previousReviewPageId);
    this.fixtures = { hubControl, panelNonconformity, audit, system };
  }

  private orgControl(ref = `ORG:bench-control-${this.serial}`, title?: string): IssueDoc {
    const control = this.create({
      type: 'aiControl',
      summary: title ?? `Organization control ${this.serial}`,
      status: this.prng.pick(['To Do', 'In Progress', 'Done']),
      created: this.created(),
      assignee: this.person(),
      values: {
        isoReference: ref,
        applicability: 'Included',
        justification: 'Our own control, beyond Annex A.',
        implementationStatus: this.prng.pick(IMPLEMENTATION_STATUS_OPTIONS),
      },
    });
    this.pools.controls.push(control);
    this.count('orgControls');
    return control;
  }

  private aiSystem(): IssueDoc {
    const system = this.create({
      type: 'aiSystem',
      summary: `AI system ${this.serial}`,
      status: this.prng.pick(['Proposed', 'In Development', 'In Operation', 'Retired']),
      created: this.created(),
      assignee: this.person(),
    });
    this.pools.systems.push(system);
    this.count('systems');
    return system;
  }

  private impactAssessment(): void {
    const ia = this.create({
      type: 'impactAssessment',
      summary: `Impact assessment ${this.serial}`,
      status: this.prng.pick(['Assessment Draft', 'In Assessment', 'Assessment Completed']),
      created: this.created(),
      values: {
        impactIndividuals: 'Applicants could be refused credit without a human review.',
        impactSocietal: 'Thin-file groups could be excluded from credit.',
      },
    });
    this.w.link('assesses', ia, this.prng.pick(this.pools.systems));
    this.count('impactAssessments');
  }

  private audit(): IssueDoc {
    const created = this.created();
    const closed = this.prng.next() < 0.8;
    const audit = this.create({
      type: 'audit',
      summary: `Internal audit ${this.serial}`,
      status: closed ? 'Audit Closed' : 'Fieldwork',
      created,
      ...(closed ? { resolved: this.resolvedAfter(created) } : {}),
      values: { auditScope: 'Clauses 6 to 10 and Annex A.6 for the credit models.' },
    });
    this.pools.audits.push(audit);
    this.count('audits');
    return audit;
  }

  private risk(): IssueDoc {
    const likelihood = this.prng.int(1, 5);
    const consequence = this.prng.int(1, 5);
    const status = this.prng.weighted([
      ['Identified', 2],
      ['Assessed', 2],
      ['Treatment Planned', 2],
      ['Treated - Monitoring', 3],
      ['Risk Closed', 1],
    ] as const);
    const assessed = status !== 'Identified';
    const treated = status === 'Treated - Monitoring' || status === 'Risk Closed';
    const residualL = Math.max(1, likelihood - this.prng.int(0, 2));
    const residualC = Math.max(1, consequence - this.prng.int(0, 1));
    const created = this.created();
    const confidential = this.confidentialLevel && this.prng.next() < 0.01;
    const risk = this.create({
      type: 'aiRisk',
      summary: `AI risk ${this.serial}`,
      status,
      created,
      ...(status === 'Risk Closed' ? { resolved: this.resolvedAfter(created) } : {}),
      assignee: this.person(),
      ...(confidential ? { securityLevelId: this.confidentialLevel } : {}),
      values: {
        riskSources: [this.prng.pick(ANNEX_C_RISK_SOURCE_OPTIONS)],
        ...(assessed
          ? {
              likelihood: LIKELIHOOD_OPTIONS[likelihood - 1],
              consequence: CONSEQUENCE_OPTIONS[consequence - 1],
              inherentLevel: assessRisk(DEFAULT_RISK_MATRIX, likelihood, consequence).band.label,
              treatmentOption: this.prng.pick(TREATMENT_OPTIONS),
            }
          : {}),
        ...(treated
          ? {
              residualLikelihood: LIKELIHOOD_OPTIONS[residualL - 1],
              residualConsequence: CONSEQUENCE_OPTIONS[residualC - 1],
              residualLevel: assessRisk(DEFAULT_RISK_MATRIX, residualL, residualC).band.label,
            }
          : {}),
      },
    });
    // The hub control (pool index 38) gets its 200 risks in the first growth only.
    const controls = this.pools.controls.filter((c) => c !== this.fixtures?.hubControl);
    const first = this.prng.pick(controls);
    this.w.link('mitigates', first, risk);
    if (this.prng.next() < 0.2) {
      const second = this.prng.pick(controls);
      if (second !== first) this.w.link('mitigates', second, risk);
    }
    if (this.pools.systems.length > 0)
      this.w.link('affects', risk, this.prng.pick(this.pools.systems));
    this.count('risks');
    return risk;
  }

  private createFinding(grade: Grade, audit: IssueDoc, closed: boolean): IssueDoc {
    const created = this.created();
    const raises = grade === 'Major nonconformity' || grade === 'Minor nonconformity';
    const finding = this.create({
      type: 'auditFinding',
      summary: `Audit finding ${this.serial}`,
      status: closed ? 'Finding Closed' : raises ? 'Nonconformity Raised' : 'Finding Open',
      created,
      ...(closed ? { resolved: this.resolvedAfter(created) } : {}),
      reporter: 'auditor',
      values: {
        findingGrade: grade,
        isoReference: this.prng.pick(ANNEX_A_CONTROLS).id,
      },
    });
    this.w.link('foundIn', finding, audit);
    this.count('findings');
    return finding;
  }

  private finding(target: AimsMix): void {
    const grade = this.prng.weighted<Grade>([
      ['Major nonconformity', 10],
      ['Minor nonconformity', 35],
      ['Observation', 30],
      ['Opportunity for improvement', 25],
    ]);
    const raises = grade === 'Major nonconformity' || grade === 'Minor nonconformity';
    const withNc = raises && this.made.nonconformities < target.nonconformities;
    if (!withNc) {
      this.createFinding(
        raises ? 'Observation' : grade,
        this.prng.pick(this.pools.audits),
        this.prng.next() < 0.6,
      );
      return;
    }
    const nc = this.nonconformity('Internal audit');
    const closed =
      this.pools.nonconformities[this.pools.nonconformities.length - 1]?.closed ?? false;
    const finding = this.createFinding(grade, this.prng.pick(this.pools.audits), closed);
    this.w.link('raises', finding, nc);
  }

  /** Open work is due 2–17 weeks after it was opened; past due, it carries yesterday's label. */
  private due(created: Date, open: boolean): { duedate: string; labels?: string[] } {
    const due = new Date(created.getTime() + this.prng.int(14, 120) * DAY);
    const yesterday = ymd(new Date(this.today.getTime() - DAY));
    const duedate = ymd(due);
    const labelled = open ? duedate < yesterday : this.prng.next() < 0.01;
    return { duedate, ...(labelled ? { labels: [OVERDUE_LABEL] } : {}) };
  }

  private nonconformity(source: string, fixedStatus?: string): IssueDoc {
    const status =
      fixedStatus ??
      this.prng.weighted([
        ['React', 15],
        ['Cause Analysis', 15],
        ['Implementing Actions', 20],
        ['Effectiveness Review', 10],
        ['NC Closed', 40],
      ] as const);
    const closed = status === 'NC Closed';
    const created = this.created();
    const nc = this.create({
      type: 'nonconformity',
      summary: `Nonconformity ${this.serial}`,
      status,
      created,
      ...(closed ? { resolved: this.resolvedAfter(created) } : {}),
      ...this.due(created, !closed),
      assignee: this.person(),
      values: {
        ncSource: source,
        ...(status !== 'React'
          ? {
              correction: 'The model was rolled back to the previous version.',
              consequences: 'The affected applicants were informed.',
            }
          : {}),
      },
    });
    this.pools.nonconformities.push({ issue: nc, closed });
    this.count('nonconformities');
    return nc;
  }

  private correctiveAction(nc: { issue: IssueDoc; closed: boolean } | undefined): void {
    if (!nc) throw new Error('no nonconformity to correct');
    const status = nc.closed
      ? 'Done'
      : this.prng.weighted([
          ['To Do', 3],
          ['In Progress', 4],
          ['Done', 3],
        ] as const);
    const created = this.created();
    const done = status === 'Done';
    const ca = this.create({
      type: 'correctiveAction',
      summary: `Corrective action ${this.serial}`,
      status,
      created,
      ...(done ? { resolved: this.resolvedAfter(created) } : {}),
      ...this.due(created, !done),
      assignee: this.person(),
    });
    this.w.link('corrects', ca, nc.issue);
    this.count('correctiveActions');
  }

  private action(reviewReference?: string): void {
    const status = this.prng.weighted([
      ['To Do', 3],
      ['In Progress', 3],
      ['Done', 4],
    ] as const);
    const created = this.created();
    const done = status === 'Done';
    const improvement = this.prng.next() < 0.05;
    const due = new Date(created.getTime() + this.prng.int(14, 120) * DAY);
    this.create({
      type: 'aimsAction',
      summary: `AIMS action ${this.serial}`,
      status,
      created,
      ...(done ? { resolved: this.resolvedAfter(created) } : {}),
      duedate: ymd(due),
      assignee: this.person(),
      ...(improvement ? { labels: [IMPROVEMENT_LABEL] } : {}),
      values: {
        actionSource: reviewReference ? 'Management review' : this.prng.pick(ACTION_SOURCE_OPTIONS),
        ...(reviewReference ? { reviewReference } : {}),
      },
    });
    this.count('actions');
  }

  private objective(): void {
    this.create({
      type: 'aiObjective',
      summary: `AI objective ${this.serial}`,
      status: this.prng.pick(['To Do', 'In Progress', 'Done']),
      created: this.created(),
      assignee: this.person(),
      values: {
        annexCObjective: this.prng.pick(ANNEX_C_OBJECTIVE_OPTIONS),
        objectiveMeasure:
          'Share of decisions explained to the applicant: 100 % by the end of the year.',
      },
    });
    this.count('objectives');
  }
}
