import type { Column, Translator } from '../../common';
import { useI18n } from '../../common';
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
const severityColumn = (t: Translator['t']): readonly Column<IncidentRow>[] => [
  { key: 'severity', title: t('panel.system.severity'), cell: (r) => r.severity ?? '—' },
];

export function AiSystemPanel({ view }: { view: AiSystemPanelView }) {
  const { t } = useI18n();
  return (
    <div style={looseStack} data-testid="panel-ai-system">
      <FactsTable
        label={t('panel.system.inventory')}
        facts={view.inventory}
        testId="system-inventory"
      />
      <NextSteps steps={view.next} />
      <IssueListSection
        title={t('panel.system.risks')}
        label={t('panel.system.risksLabel')}
        rows={view.risks}
        empty={t('panel.system.noRisk')}
        testId="system-risks"
        columns={riskLevelColumns(t)}
      />
      <IssueListSection
        title={t('panel.system.assessments')}
        rows={view.impactAssessments}
        empty={t('panel.system.noAssessment')}
        testId="system-assessments"
      />
      <IssueListSection
        title={t('panel.system.controls')}
        label={t('panel.system.controlsLabel')}
        rows={view.controls}
        empty={t('panel.system.noControl')}
        testId="system-controls"
      />
      <IssueListSection
        title={t('panel.system.openNcs')}
        rows={view.openNonconformities}
        empty={t('panel.system.noOpenNc')}
        testId="system-nonconformities"
      />
      <IssueListSection
        title={t('panel.system.incidents')}
        label={t('panel.system.incidentsLabel')}
        rows={view.incidents}
        empty={t('panel.system.noIncident')}
        testId="system-incidents"
        columns={severityColumn(t)}
      />
    </div>
  );
}
