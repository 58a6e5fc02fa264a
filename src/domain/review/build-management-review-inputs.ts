import { FINDING_GRADES } from '../records/audit-finding';
import type { FindingGrade } from '../records/audit-finding';
import { formatValidationError } from '../records/format-validation-error';
import { hasText } from '../lifecycle/has-text';
import { managementReviewSourceSchema } from './review-input-source';
import type { ManagementReviewSource } from './review-input-source';
import { dayOf, monthsOf, parseReviewPeriod } from './review-period';
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
    readonly soa: {
      readonly applicable: number;
      readonly implemented: number;
      readonly implementedPercent: number | null;
    } | null;
  };
  /** 9.3.2 e) opportunities for continual improvement. */
  readonly e: { readonly opportunities: readonly ImprovementOpportunity[]; readonly open: number };
  /** Inputs a reviewer still has to supply before the review can be held, in plain words. */
  readonly missing: readonly string[];
}

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

  const inPeriod = (day: string) => dayOf(day) >= period.start && dayOf(day) <= period.end;
  const findings = source.auditFindings.filter((f) => inPeriod(f.raisedOn));
  const byGrade = zeroGrades();
  for (const f of findings) byGrade[f.grade] += 1;
  const byMonth = monthsOf(period).map((month) => {
    const counts = zeroGrades();
    for (const f of findings) if (dayOf(f.raisedOn).startsWith(month)) counts[f.grade] += 1;
    return { month, byGrade: counts };
  });

  const bandCounts = source.riskBands.map((band) => ({
    bandId: band.id,
    label: band.label,
    count: source.risks.filter((r) => r.level === band.id).length,
  }));
  const known = new Set(source.riskBands.map((b) => b.id));
  const unknownLevels = [
    ...new Set(source.risks.flatMap((r) => (r.level && !known.has(r.level) ? [r.level] : []))),
  ].sort();
  for (const level of unknownLevels) {
    bandCounts.push({
      bandId: level,
      label: level,
      count: source.risks.filter((r) => r.level === level).length,
    });
  }

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
      actions,
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
      auditResults: { total: findings.length, byGrade, byMonth },
      riskLevels: {
        bands: bandCounts,
        notAssessed: source.risks.filter((r) => !r.level).length,
      },
      soa: source.soa
        ? {
            applicable: source.soa.applicable,
            implemented: source.soa.implemented,
            implementedPercent: source.soa.implementedPercent,
          }
        : null,
    },
    e: { opportunities, open: opportunities.filter((o) => o.open).length },
    missing,
  };
}
