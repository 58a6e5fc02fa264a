import SectionMessage from '@atlaskit/section-message';
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
  return (
    <div style={looseStack} data-testid="panel-incident">
      <FactsTable label="AI incident" facts={view.facts} testId="incident-facts" />
      {view.breachNotice && (
        <SectionMessage appearance="information" title="Nonconformity being raised">
          <p data-testid="incident-breach-notice">{view.breachNotice}</p>
        </SectionMessage>
      )}
      <NextSteps steps={view.next} />
      <IssueListSection
        title="AI systems affected"
        rows={view.aiSystems}
        empty="No AI system is linked yet."
        testId="incident-systems"
      />
      <IssueListSection
        title="Nonconformity raised (10.2)"
        rows={view.nonconformities}
        empty="None: no breached requirement is concluded."
        testId="incident-nonconformities"
      />
    </div>
  );
}
