import { dayOf, isWithin } from '../calendar';
import { competenceReviewWindow } from '../competence';
import { acknowledgementShare } from '../policy/policy-acknowledgement';
import type { CompetenceReviewWindow } from '../competence';
import type { AimsRole } from '../authorization';
import type { KpiLatestResult } from '../overview/monitoring-register';
import { FINDING_GRADES } from '../records/audit-finding';
import type { FindingGrade } from '../records/audit-finding';
import { formatValidationError } from '../records/format-validation-error';
import { hasText } from '../lifecycle/has-text';
import { OTHER_RISK_LEVEL, managementReviewSourceSchema } from './review-input-source';
import { REVIEW_ITEMS_LISTED } from './review-items-listed';
import type { ManagementReviewSource, ParsedManagementReviewSource } from './review-input-source';
import { monthsOf, parseReviewPeriod } from './review-period';
import type { ReviewPeriod } from './review-period';
import { trackedItemTrends } from './tracked-item-trends';
import type { TrackedItemTrends } from './tracked-item-trends';

export class InvalidReviewInputError extends Error {
  override readonly name = 'InvalidReviewInputError';
  constructor(readonly problems: readonly string[]) {
    super(`The management review inputs are not valid: ${problems.join('; ')}`);
  }
}

export interface PreviousActionStatus {
  readonly key: string;
  readonly summary: string | null;
  readonly status: string;
  readonly done: boolean;
  readonly dueDate: string | null;
  readonly overdue: boolean;
  readonly ownerAccountId: string | null;
}

export interface EnteredText {
  readonly text: string | null;
  readonly provided: boolean;
}

export type GradeCounts = Readonly<Record<FindingGrade, number>>;

export interface AuditResults {
  /** Findings raised in the period. */
  readonly total: number;
  readonly byGrade: GradeCounts;
  readonly byMonth: readonly { readonly month: string; readonly byGrade: GradeCounts }[];
}

export interface RiskLevelCount {
  readonly bandId: string;
  readonly label: string;
  readonly count: number;
}

export interface ImprovementOpportunity {
  readonly key: string;
  readonly summary: string | null;
  readonly origin: 'audit-finding' | 'improvement-item';
  readonly open: boolean;
}

export interface ManagementReviewInputs {
  readonly period: ReviewPeriod;
  readonly asOf: string;
  /** 9.3.2 a) status of actions from previous management reviews. */
  readonly a: {
    /** The first REVIEW_ITEMS_LISTED actions; `total` counts them all. */
    readonly actions: readonly PreviousActionStatus[];
    readonly total: number;
    readonly done: number;
    readonly open: number;
    readonly overdue: number;
  };
  /** 9.3.2 b) changes in external and internal issues. */
  readonly b: EnteredText;
  /** 9.3.2 c) changes in needs and expectations of interested parties. */
  readonly c: EnteredText;
  /** 9.3.2 d) AIMS performance and its trends. */
  readonly d: {
    readonly nonconformities: TrackedItemTrends;
    readonly correctiveActions: TrackedItemTrends;
    readonly auditResults: AuditResults;
    /** Current risk levels (a snapshot: Jira keeps no level history to trend). */
    readonly riskLevels: {
      readonly bands: readonly RiskLevelCount[];
      readonly notAssessed: number;
    };
    /** 2) monitoring and measurement results: the register's KPIs, latest result first. */
    readonly monitoring: readonly KpiLatestResult[];
    readonly soa: {
      readonly applicable: number;
      readonly implemented: number;
      readonly implementedPercent: number | null;
    } | null;
    /** AI incidents (A.8.4): reported in the period, of them with a breached requirement, open now. */
    readonly incidents: ReviewIncidentFigures | null;
    /**
     * Competence (7.2, A.4.6). ISO/IEC 42001 9.3.2 has no "resources" input (ISO 9001 has), and
     * c) is about interested parties: whether the people doing AIMS work keep the competence their
     * role needs is information on the AIMS performance, so it is reviewed under d), like the
     * incidents, as a count with the dates it covers.
     */
    readonly competence: ReviewCompetenceFigures | null;
    /** Awareness of the AI policy (7.3), under d) for the same reason as competence. */
    readonly policyAwareness: ReviewPolicyAwareness | null;
  };
  /** 9.3.2 e) opportunities for continual improvement. */
  readonly e: {
    /** The first REVIEW_ITEMS_LISTED opportunities. */
    readonly opportunities: readonly ImprovementOpportunity[];
    /** Every opportunity (more than listed when the list is cut). */
    readonly total: number;
    readonly open: number;
  };
  /** Inputs a reviewer still has to supply before the review can be held, in plain words. */
  readonly missing: readonly string[];
}

/** AI incidents as the review counts them (A.8.4, 10.2). */
export interface ReviewIncidentFigures {
  readonly reported: number;
  readonly breached: number;
  readonly open: number;
}

/** Competence Records expired and expiring as the review counts them, with the dates counted. */
export interface ReviewCompetenceFigures extends CompetenceReviewWindow {
  readonly expired: number;
  readonly expiring: number;
  /** Per requirement of a role, the people lacking a current record (absent: not read). */
  readonly gaps?: ReviewCompetenceGap[];
}

export interface ReviewCompetenceGap {
  readonly role: AimsRole;
  readonly requirement: string;
  readonly missing: number | null;
  readonly of: number | null;
}

/** The acknowledgement share of each AI policy in force, as the viewer may see it (7.3). */
export interface ReviewPolicyAwareness {
  readonly memberGroup: string;
  readonly groupSize: number | null;
  readonly policies: readonly {
    readonly pageId: string;
    /** The approved version in force (null: none: never approved, or superseded). */
    readonly version: number | null;
    readonly acknowledged: number;
    readonly percent: number | null;
  }[];
  /** Registered policy pages the viewer cannot read: not counted. */
  readonly unreadablePages: number;
}

const OTHER_LEVEL_LABEL = 'Other level';

const zeroGrades = (): Record<FindingGrade, number> =>
  Object.fromEntries(FINDING_GRADES.map((g) => [g, 0])) as Record<FindingGrade, number>;

const entered = (value: string | null | undefined): EnteredText =>
  hasText(value) ? { text: value.trim(), provided: true } : { text: null, provided: false };

/**
 * The inputs of clause 9.3.2 a–e for a period, from records already read as the viewer.
 * @throws InvalidReviewPeriodError for a bad period, InvalidReviewInputError for bad records.
 */
export function buildManagementReviewInputs(
  input: ManagementReviewSource,
  periodInput: ReviewPeriod,
): ManagementReviewInputs {
  const period = parseReviewPeriod(periodInput);
  const parsed = managementReviewSourceSchema.safeParse(input);
  if (!parsed.success) throw new InvalidReviewInputError(formatValidationError(parsed.error));
  const source = parsed.data;
  const asOf = dayOf(source.asOf);

  const actions = source.previousActions.map((action): PreviousActionStatus => ({
    key: action.key,
    summary: action.summary ?? null,
    status: action.status,
    done: action.done,
    dueDate: action.dueDate ? dayOf(action.dueDate) : null,
    overdue: !action.done && !!action.dueDate && dayOf(action.dueDate) < asOf,
    ownerAccountId: action.ownerAccountId ?? null,
  }));

  const inPeriod = (day: string) => isWithin(day, period.start, period.end);
  const auditResults = source.auditFindingCounts
    ? auditResultsFromCounts(source.auditFindingCounts, period)
    : auditResultsFromFindings(
        source.auditFindings.filter((f) => inPeriod(f.raisedOn)),
        period,
      );
  const riskLevels = source.riskLevelCounts
    ? riskLevelsOf(source.riskBands, source.riskLevelCounts)
    : riskLevelsOf(source.riskBands, countLevels(source.risks));

  const opportunities: ImprovementOpportunity[] = [
    ...source.auditFindings
      .filter(
        (f) =>
          f.grade === 'opportunity-for-improvement' &&
          (inPeriod(f.raisedOn) || !f.closedOn || dayOf(f.closedOn) > asOf),
      )
      .map((f) => ({
        key: f.key,
        summary: f.summary ?? null,
        origin: 'audit-finding' as const,
        open: !f.closedOn || dayOf(f.closedOn) > asOf,
      })),
    ...source.improvementItems
      .filter((item) => !item.done)
      .map((item) => ({
        key: item.key,
        summary: item.summary ?? null,
        origin: 'improvement-item' as const,
        open: true,
      })),
  ];

  const b = entered(source.externalInternalIssues);
  const c = entered(source.interestedParties);
  const missing: string[] = [];
  if (!b.provided && !source.contextRecorded) {
    missing.push('Enter the changes in external and internal issues (9.3.2 b).');
  }
  if (!c.provided && !source.contextRecorded) {
    missing.push(
      'Enter the changes in the needs and expectations of interested parties (9.3.2 c).',
    );
  }

  return {
    period,
    asOf,
    a: {
      actions: actions.slice(0, REVIEW_ITEMS_LISTED),
      total: actions.length,
      done: actions.filter((x) => x.done).length,
      open: actions.filter((x) => !x.done).length,
      overdue: actions.filter((x) => x.overdue).length,
    },
    b,
    c,
    d: {
      nonconformities: trackedItemTrends(source.nonconformities, period, asOf),
      correctiveActions: trackedItemTrends(source.correctiveActions, period, asOf),
      auditResults,
      riskLevels,
      monitoring: source.monitoringResults,
      soa: source.soa
        ? {
            applicable: source.soa.applicable,
            implemented: source.soa.implemented,
            implementedPercent: source.soa.implementedPercent,
          }
        : null,
      incidents: source.incidents ?? null,
      competence: source.competence
        ? { ...competenceReviewWindow(period.start, asOf), ...source.competence }
        : null,
      policyAwareness: source.policyAwareness ? policyAwarenessOf(source.policyAwareness) : null,
    },
    e: {
      opportunities: opportunities.slice(0, REVIEW_ITEMS_LISTED),
      total: opportunities.length,
      open: opportunities.filter((o) => o.open).length,
    },
    missing,
  };
}

/** Findings per grade, in all and per month of the period, from the findings themselves. */
function auditResultsFromFindings(
  findings: readonly { grade: FindingGrade; raisedOn: string }[],
  period: ReviewPeriod,
): AuditResults {
  return auditResultsFromCounts(
    findings.map((f) => ({ month: dayOf(f.raisedOn).slice(0, 7), grade: f.grade, count: 1 })),
    period,
  );
}

/** Findings per grade, in all and per month of the period, from counts per month and grade. */
function auditResultsFromCounts(
  counts: readonly { month: string; grade: FindingGrade; count: number }[],
  period: ReviewPeriod,
): AuditResults {
  const months = new Map(monthsOf(period).map((month) => [month, zeroGrades()]));
  const byGrade = zeroGrades();
  let total = 0;
  for (const c of counts) {
    const month = months.get(c.month);
    if (!month) continue;
    month[c.grade] += c.count;
    byGrade[c.grade] += c.count;
    total += c.count;
  }
  return {
    total,
    byGrade,
    byMonth: [...months.entries()].map(([month, grades]) => ({ month, byGrade: grades })),
  };
}

/** Risks per level (a band ID, a level outside the bands as written, or null), from the risks. */
function countLevels(
  risks: readonly { level?: string | null | undefined }[],
): { level: string | null; count: number }[] {
  const counts = new Map<string | null, number>();
  for (const r of risks) {
    const level = r.level || null;
    counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  return [...counts.entries()].map(([level, count]) => ({ level, count }));
}

/**
 * The count of every band (in band order), then of each level outside the bands (by name), then
 * of the risks counted as OTHER_RISK_LEVEL, and the risks not assessed.
 */
function riskLevelsOf(
  bands: readonly { id: string; label: string }[],
  counts: readonly { level: string | null; count: number }[],
): ManagementReviewInputs['d']['riskLevels'] {
  const byLevel = new Map<string | null, number>();
  for (const c of counts) byLevel.set(c.level, (byLevel.get(c.level) ?? 0) + c.count);
  const known = new Set([...bands.map((b) => b.id), OTHER_RISK_LEVEL]);
  const unknown = [...byLevel.keys()]
    .filter((l): l is string => l !== null && !known.has(l))
    .sort();
  const other = byLevel.get(OTHER_RISK_LEVEL) ?? 0;
  return {
    bands: [
      ...bands.map((b) => ({ bandId: b.id, label: b.label, count: byLevel.get(b.id) ?? 0 })),
      ...unknown.map((l) => ({ bandId: l, label: l, count: byLevel.get(l) ?? 0 })),
      ...(other > 0 ? [{ bandId: OTHER_RISK_LEVEL, label: OTHER_LEVEL_LABEL, count: other }] : []),
    ],
    notAssessed: byLevel.get(null) ?? 0,
  };
}

/** Each policy's share of the members group (none for a policy without a version in force). */
function policyAwarenessOf(
  awareness: NonNullable<ParsedManagementReviewSource['policyAwareness']>,
): ReviewPolicyAwareness {
  return {
    memberGroup: awareness.memberGroup,
    groupSize: awareness.groupSize,
    policies: awareness.policies.map((policy) => {
      const share = acknowledgementShare(policy.acknowledged, awareness.groupSize);
      return {
        pageId: policy.pageId,
        version: policy.version,
        acknowledged: policy.version === null ? 0 : share.acknowledged,
        percent: policy.version === null ? null : share.percent,
      };
    }),
    unreadablePages: awareness.unreadablePages,
  };
}
