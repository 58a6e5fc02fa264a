/**
 * What the ISO 42001 issue panel shows, per AIMS issue type: the wire contract's types
 * (src/ui-contract/issue-panel-view.ts), whose zod schemas static/issue-panel checks the data with.
 */
export type {
  AiSystemPanelView as AiSystemPanel,
  CompetenceRecordPanelView as CompetenceRecordPanel,
  ControlPanelView as ControlPanel,
  ControlRow,
  CorrectiveActionPanelView as CorrectiveActionPanel,
  CorrectiveActionRow,
  FindingPanelView as FindingPanel,
  FindingRef,
  GenericPanelView as GenericPanel,
  ImpactAssessmentPanelView as ImpactAssessmentPanel,
  IncidentPanelView as IncidentPanel,
  IssuePanelView,
  NonconformityPanelView as NonconformityPanel,
  NonconformityProgressView,
  NonconformityStepView,
  NotProvisionedPanelView as NotProvisionedPanel,
  PanelFact,
  PanelFormField,
  PanelIssueRef,
  PanelNextStep,
  RiskMatrixCellView,
  RiskMatrixView,
  RiskPanelView as RiskPanel,
  RiskPosition,
  RiskRow,
  IncidentRow,
} from '../ui-contract/issue-panel-view';
export type { PersonView as PanelUser } from '../ui-contract/wire-shapes';
