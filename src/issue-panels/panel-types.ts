/**
 * What the ISO 42001 issue panel shows, per AIMS issue type: plain data (JSON over the bridge),
 * built from Jira read as the viewing user and the domain's rules. static/issue-panel validates
 * the same shape with zod.
 */
import type { NonconformityState, StepStatus } from '../domain/nonconformity';

export interface PanelIssueRef {
  key: string;
  summary: string;
  typeName: string;
  statusName: string;
  /** Jira status category key: new, indeterminate, done. */
  statusCategory: string;
}

export interface PanelUser {
  accountId: string;
  displayName: string;
}

/** One field of the panel's small data-entry form (text or select, or "me" for a person field). */
export interface PanelFormField {
  /** Logical field key (src/jira/aims-schema/fields.ts). */
  key: string;
  label: string;
  description: string;
  kind: 'text' | 'textarea' | 'select' | 'viewer';
  options: string[];
  value: string | null;
}

/** A Jira transition out of the current status, and what it still needs (the validator's reasons). */
export interface PanelNextStep {
  transitionName: string;
  toStatusName: string;
  allowed: boolean;
  missing: string[];
}

export interface NonconformityStepView {
  step: 'a' | 'b' | 'c' | 'd' | 'e';
  clauseRef: string;
  label: string;
  status: StepStatus;
  missing: string[];
  /** What the issue records for the step (field label → text). */
  recorded: { label: string; value: string }[];
}

export interface CorrectiveActionRow extends PanelIssueRef {
  assignee: string | null;
  duedate: string | null;
  overdue: boolean;
}

export interface FindingRef extends PanelIssueRef {
  grade: string | null;
}

export interface NonconformityProgressView {
  /** The 10.2 state of the Jira status (null: a status outside the 10.2 workflow). */
  state: NonconformityState | null;
  steps: NonconformityStepView[];
  next: PanelNextStep[];
}

export interface NonconformityPanel {
  kind: 'nonconformity';
  issue: PanelIssueRef;
  isoReference: string | null;
  source: string | null;
  duedate: string | null;
  overdue: boolean;
  progress: NonconformityProgressView;
  findings: FindingRef[];
  correctiveActions: CorrectiveActionRow[];
  effectiveness: { verdict: string | null; reviewer: PanelUser | null; evidence: string | null };
  aimsChange: { answer: string | null; link: string | null };
  form: PanelFormField[];
}

export interface RiskPosition {
  likelihood: number;
  consequence: number;
  score: number;
  bandId: string;
  bandLabel: string;
  /** 0 = least severe band. */
  bandRank: number;
  withinAppetite: boolean;
}

export interface RiskMatrixCellView extends RiskPosition {
  inherent: boolean;
  residual: boolean;
}

export interface RiskMatrixView {
  likelihoodLabels: string[];
  consequenceLabels: string[];
  /** Rows from the highest likelihood down (as risk heat maps are drawn), columns by consequence. */
  rows: RiskMatrixCellView[][];
  bands: { id: string; label: string; rank: number; minScore: number; maxScore: number }[];
  appetiteBandId: string;
  appetiteLabel: string;
}

export interface ControlRow extends PanelIssueRef {
  isoReference: string | null;
  implementationStatus: string | null;
  applicability: string | null;
}

export interface RiskPanel {
  kind: 'risk';
  issue: PanelIssueRef;
  lifecycleState: string | null;
  matrix: RiskMatrixView;
  inherent: RiskPosition | null;
  residual: RiskPosition | null;
  /** A sentence when the residual (or retained) risk is above appetite. */
  appetiteNotice: string | null;
  treatmentOption: string | null;
  controls: ControlRow[];
  aiSystems: PanelIssueRef[];
  acceptance: { by: PanelUser | null; at: string | null };
  next: PanelNextStep[];
  form: PanelFormField[];
}

export interface RiskRow extends PanelIssueRef {
  inherentLevel: string | null;
  residualLevel: string | null;
}

export interface ControlPanel {
  kind: 'control';
  issue: PanelIssueRef;
  isoReference: string | null;
  catalogTitle: string | null;
  objective: string | null;
  applicability: string | null;
  justification: string | null;
  implementationStatus: string | null;
  owner: PanelUser | null;
  evidence: string | null;
  /** What an auditor would flag about this SoA row. */
  warnings: string[];
  risks: RiskRow[];
  evidenceIssues: PanelIssueRef[];
  correctiveActions: PanelIssueRef[];
  form: PanelFormField[];
}

export interface AiSystemPanel {
  kind: 'aiSystem';
  issue: PanelIssueRef;
  risks: RiskRow[];
  impactAssessments: PanelIssueRef[];
  controls: PanelIssueRef[];
  openNonconformities: PanelIssueRef[];
}

export interface FindingPanel {
  kind: 'finding';
  issue: PanelIssueRef;
  grade: string | null;
  isoReference: string | null;
  raisesNonconformity: boolean;
  nonconformities: { issue: PanelIssueRef; progress: NonconformityProgressView }[];
  next: PanelNextStep[];
  form: PanelFormField[];
}

export interface CorrectiveActionPanel {
  kind: 'correctiveAction';
  issue: PanelIssueRef;
  assignee: PanelUser | null;
  duedate: string | null;
  overdue: boolean;
  nonconformities: { issue: PanelIssueRef; stepLabel: string | null }[];
  /** What moving to Done still needs (empty when it may be done, or is done). */
  doneNeeds: string[];
  form: PanelFormField[];
}

export interface GenericPanel {
  kind: 'generic';
  issue: PanelIssueRef;
  clause: string | null;
  description: string;
  links: { linkTypeName: string; direction: 'outward' | 'inward'; issue: PanelIssueRef }[];
}

export interface NotProvisionedPanel {
  kind: 'notProvisioned';
  message: string;
}

export type IssuePanelView =
  | NonconformityPanel
  | RiskPanel
  | ControlPanel
  | AiSystemPanel
  | FindingPanel
  | CorrectiveActionPanel
  | GenericPanel
  | NotProvisionedPanel;
