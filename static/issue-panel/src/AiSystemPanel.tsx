import type { Column } from '../../common';
import { looseStack } from '../../common/styles';
import type { AiSystemPanelView, IncidentRow } from '../../../src/ui-contract/issue-panel-view';
import { FactsTable } from './FactsTable';
import { IssueListSection } from './IssueListSection';
import { NextSteps } from './NextSteps';
import { riskLevelColumns } from './risk-level-columns';

/**
 * An AI System: its inventory, what its next life-cycle step needs, its risks with levels, impact
 * assessments, controls, open nonconformities and the AI incidents affecting it.
 */
const severityColumn: readonly Column<IncidentRow>[] = [
  { key: 'severity', title: 'Severity', cell: (r) => r.severity ?? '—' },
];

export function AiSystemPanel({ view }: { view: AiSystemPanelView }) {
  return (
    <div style={looseStack} data-testid="panel-ai-system">
      <FactsTable label="AI system inventory" facts={view.inventory} testId="system-inventory" />
      <NextSteps steps={view.next} />
      <IssueListSection
        title="Risks"
        label="Risks of this AI system"
        rows={view.risks}
        empty="No risk is linked to this AI system."
        testId="system-risks"
        columns={riskLevelColumns}
      />
      <IssueListSection
        title="Impact assessments"
        rows={view.impactAssessments}
        empty="No impact assessment yet (6.1.4)."
        testId="system-assessments"
      />
      <IssueListSection
        title="Controls (through its risks)"
        label="Controls"
        rows={view.controls}
        empty="No control mitigates its risks yet."
        testId="system-controls"
      />
      <IssueListSection
        title="Open nonconformities"
        rows={view.openNonconformities}
        empty="No open nonconformity."
        testId="system-nonconformities"
      />
      <IssueListSection
        title="AI incidents"
        label="AI incidents affecting this AI system"
        rows={view.incidents}
        empty="No AI incident is linked to this AI system."
        testId="system-incidents"
        columns={severityColumn}
      />
    </div>
  );
}
