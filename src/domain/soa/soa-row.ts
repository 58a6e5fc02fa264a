import { z } from 'zod';
import { IMPLEMENTATION_STATUSES } from '../records/control';

export const SOA_APPLICABILITIES = ['included', 'excluded', 'undecided'] as const;
export type SoaApplicability = (typeof SOA_APPLICABILITIES)[number];

/**
 * - `undecided`: no applicability decision recorded yet (no AI Control issue, or its
 *   applicability is empty);
 * - `justification-missing`: included or excluded without a justification (6.1.3 wants one
 *   either way);
 * - `duplicate-record`: more than one AI Control issue claims this control; the first is shown.
 */
/**
 * How many risks a row lists (the rest are counted in `riskCount` and a reader follows a link to
 * Jira for all of them). Bounds a row's size: an approved snapshot is stored in content
 * properties of 32 KB each, and a view answers the Custom UI in at most 5 MB.
 */
export const SOA_RISKS_LISTED = 10;

const ISSUE_KEY_ORDER = new Intl.Collator('en', { numeric: true });

/** The order rows list risks in: issue keys as people read them (AIMS-9 before AIMS-10). */
export const compareIssueKeys = (a: string, b: string): number => ISSUE_KEY_ORDER.compare(a, b);

export const SOA_ROW_FLAGS = ['undecided', 'justification-missing', 'duplicate-record'] as const;
export type SoaRowFlag = (typeof SOA_ROW_FLAGS)[number];

const nullableText = z.string().nullable();

export const soaRiskRefSchema = z
  .object({
    key: nullableText,
    title: z.string(),
    level: nullableText,
    levelLabel: nullableText,
    residualLevel: nullableText,
    residualLevelLabel: nullableText,
  })
  .readonly();
export type SoaRiskRef = z.infer<typeof soaRiskRefSchema>;

/**
 * One row of the Statement of Applicability: what the SoA macro shows, exports and freezes in an
 * approval (the same schema checks the row in the frame and in the stored snapshot).
 */
export const soaRowSchema = z
  .object({
    /** `ISO42001:A.6.2.4` or `ORG:<key>`. */
    controlId: z.string().min(1),
    /** As printed: `A.6.2.4`, or the organization key after `ORG:`. */
    ref: z.string().min(1),
    title: z.string(),
    source: z.enum(['annex-a', 'organization']),
    /** `ISO42001:A.6` for Annex A rows; null for organization controls. */
    objectiveId: nullableText,
    /** The AI Control issue key, when there is one. */
    recordKey: nullableText,
    applicability: z.enum(SOA_APPLICABILITIES),
    justification: nullableText,
    implementationStatus: z.enum(IMPLEMENTATION_STATUSES).nullable(),
    ownerAccountId: nullableText,
    /** The first SOA_RISKS_LISTED risks the control treats, in issue-key order. */
    risks: z.array(soaRiskRefSchema).readonly(),
    /**
     * How many risks the control treats in all. Absent in snapshots approved before rows were
     * bounded: there `risks` holds every one of them.
     */
    riskCount: z.number().int().min(0).optional(),
    /**
     * sha256 over the canonical JSON of the key and title of ALL those risks, in order (see
     * riskDigestOf), so a risk linked, unlinked or renamed beyond the listed ones still changes
     * the row. Absent like `riskCount`.
     */
    riskDigest: z.string().optional(),
    evidence: z
      .array(
        z
          .object({
            url: z.string(),
            label: z.string().optional(),
            date: z.string().optional(),
            reviewDate: z.string().optional(),
          })
          .readonly(),
      )
      .readonly(),
    flags: z.array(z.enum(SOA_ROW_FLAGS)).readonly(),
    /** Keys of further AI Control issues for the same control (see `duplicate-record`). */
    duplicateKeys: z.array(z.string()).readonly(),
  })
  .readonly();
export type SoaRow = z.infer<typeof soaRowSchema>;

export interface SoaTotals {
  readonly rows: number;
  readonly applicable: number;
  readonly implemented: number;
  /** Implemented as a share of applicable, 0–100 rounded to one decimal; null when none applies. */
  readonly implementedPercent: number | null;
  readonly excluded: number;
  readonly undecided: number;
  readonly justificationMissing: number;
}

export interface SoaGroup {
  /** `ISO42001:A.2` … `ISO42001:A.10`, or `ORG` for the organization's own controls. */
  readonly id: string;
  readonly ref: string;
  readonly title: string;
  readonly rows: readonly SoaRow[];
  readonly totals: SoaTotals;
}

export interface SoaHidden {
  readonly controls: number;
  readonly risks: number;
  /** controls + risks; when > 0 the SoA must say that some items are hidden from the viewer. */
  readonly total: number;
}

export interface StatementOfApplicability {
  /** A.2–A.10 in catalog order, then the organization group (present only if it has rows). */
  readonly groups: readonly SoaGroup[];
  /** Every row in display order (Annex A in catalog order, then organization controls). */
  readonly rows: readonly SoaRow[];
  readonly totals: SoaTotals;
  readonly hidden: SoaHidden;
  /** Records the builder could not place (control ID neither Annex A nor `ORG:`). */
  readonly unplaced: readonly { readonly key: string | null; readonly controlId: string }[];
}

/**
 * How many risks a row's control treats. A snapshot approved before rows were bounded has no
 * count: its `risks` list is all of them.
 */
export const riskCountOf = (row: SoaRow): number => row.riskCount ?? row.risks.length;

/** The risks a row lists are only the first of more (a reader needs the link to all of them). */
export const hasUnlistedRisks = (row: SoaRow): boolean => riskCountOf(row) > row.risks.length;
