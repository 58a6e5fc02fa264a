import SectionMessage from '@atlaskit/section-message';
import { useI18n } from '../../common';
import { looseStack } from '../../common/styles';
import type { IncidentPanelView } from '../../../src/ui-contract/issue-panel-view';
import { FactsTable } from './FactsTable';
import { IssueListSection } from './IssueListSection';
import { NextSteps } from './NextSteps';

/**
 * An AI incident or concern: what its report and conclusion record, what its next step still
 * needs, the AI systems it affects and the Nonconformity a breached requirement raised.
 */
export function IncidentPanel({ view }: { view: IncidentPanelView }) {
  const { t } = useI18n();
  return (
    <div style={looseStack} data-testid="panel-incident">
      <FactsTable label={t('panel.incident.label')} facts={view.facts} testId="incident-facts" />
      {view.breachNotice && (
        <SectionMessage appearance="information" title={t('panel.incident.breach')}>
          <p data-testid="incident-breach-notice">{view.breachNotice}</p>
        </SectionMessage>
      )}
      <NextSteps steps={view.next} />
      <IssueListSection
        title={t('panel.systemsAffected')}
        rows={view.aiSystems}
        empty={t('panel.noSystemYet')}
        testId="incident-systems"
      />
      <IssueListSection
        title={t('panel.incident.nc')}
        rows={view.nonconformities}
        empty={t('panel.incident.noNc')}
        testId="incident-nonconformities"
      />
    </div>
  );
}
