import type { Applicability, ImplementationStatus } from '../records/control';
import type { EvidenceLink } from '../records/record-fields';

/**
 * What the SoA builder reads. Structural on purpose: a `ControlRecord` / `AiRiskRecord`
 * (src/domain/records) fits, and so does a partly filled AI Control issue (no applicability yet).
 */
export interface SoaControlInput {
  /** Jira key of the AI Control issue. */
  readonly key?: string;
  /** `ISO42001:A.6.2.4` for an Annex A control, `ORG:<key>` for an organization control. */
  readonly controlId: string;
  /** Title; required for organization controls (Annex A titles come from the catalog). */
  readonly title?: string;
  readonly applicability?: Applicability | null;
  readonly justification?: string | null;
  readonly implementationStatus?: ImplementationStatus | null;
  readonly ownerAccountId?: string | null;
  readonly evidence?: readonly EvidenceLink[];
  /** Risks this control treats (*mitigates* links from the control's side). */
  readonly riskKeys?: readonly string[];
}

export interface SoaRiskInput {
  readonly key?: string;
  readonly title: string;
  /** Inherent risk band ID (e.g. `high`). */
  readonly inherentLevel?: string | null;
  readonly residual?: { readonly level: string } | null;
  /** Controls (`ISO42001:A.x` / `ORG:x`) the risk is treated by. */
  readonly linkedControls?: readonly string[];
}

export interface SoaBuildInput {
  /** The AI Control records the viewer can see. */
  readonly controls: readonly SoaControlInput[];
  /** The AI Risk records the viewer can see. */
  readonly risks: readonly SoaRiskInput[];
  /** Band IDs → labels, e.g. from the risk matrix configuration; unknown IDs show as is. */
  readonly riskBands?: readonly { readonly id: string; readonly label: string }[];
  /** How many AI Control issues exist that the viewer cannot see (the caller counts them). */
  readonly hiddenControlCount?: number;
  /** How many AI Risk issues exist that the viewer cannot see. */
  readonly hiddenRiskCount?: number;
}
