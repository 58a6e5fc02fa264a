import type { ImplementationStatus } from '../records/control';
import type { EvidenceLink } from '../records/record-fields';

export type SoaApplicability = 'included' | 'excluded' | 'undecided';

/**
 * - `undecided`: no applicability decision recorded yet (no AI Control issue, or its
 *   applicability is empty);
 * - `justification-missing`: included or excluded without a justification (6.1.3 wants one
 *   either way);
 * - `duplicate-record`: more than one AI Control issue claims this control; the first is shown.
 */
export type SoaRowFlag = 'undecided' | 'justification-missing' | 'duplicate-record';

export interface SoaRiskRef {
  readonly key: string | null;
  readonly title: string;
  readonly level: string | null;
  readonly levelLabel: string | null;
  readonly residualLevel: string | null;
  readonly residualLevelLabel: string | null;
}

export interface SoaRow {
  /** `ISO42001:A.6.2.4` or `ORG:<key>`. */
  readonly controlId: string;
  /** As printed: `A.6.2.4`, or the organization key after `ORG:`. */
  readonly ref: string;
  readonly title: string;
  readonly source: 'annex-a' | 'organization';
  /** `ISO42001:A.6` for Annex A rows; null for organization controls. */
  readonly objectiveId: string | null;
  /** The AI Control issue key, when there is one. */
  readonly recordKey: string | null;
  readonly applicability: SoaApplicability;
  readonly justification: string | null;
  readonly implementationStatus: ImplementationStatus | null;
  readonly ownerAccountId: string | null;
  readonly risks: readonly SoaRiskRef[];
  readonly evidence: readonly EvidenceLink[];
  readonly flags: readonly SoaRowFlag[];
  /** Keys of further AI Control issues for the same control (see `duplicate-record`). */
  readonly duplicateKeys: readonly string[];
}

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
