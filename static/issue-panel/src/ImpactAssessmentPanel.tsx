import SectionMessage from '@atlaskit/section-message';
import { looseStack } from '../../common/styles';
import type { ImpactAssessmentPanelView } from '../../../src/ui-contract/issue-panel-view';
import { FactsTable } from './FactsTable';
import { IssueListSection } from './IssueListSection';
import { NextSteps } from './NextSteps';

/**
 * An AI system impact assessment: who assessed it and when, whether its review is due, what
 * completing it still needs, its AI systems and the risks it informs.
 */
export function ImpactAssessmentPanel({ view }: { view: ImpactAssessmentPanelView }) {
  return (
    <div style={looseStack} data-testid="panel-impact-assessment">
      <FactsTable label="Impact assessment" facts={view.facts} testId="assessment-facts" />
      {view.reviewNotice && (
        <SectionMessage appearance="warning" title="Review due">
          <p data-testid="assessment-review-due">{view.reviewNotice}</p>
        </SectionMessage>
      )}
      <NextSteps steps={view.next} />
      <IssueListSection
        title="AI systems assessed"
        rows={view.aiSystems}
        empty="No AI system is linked yet."
        testId="assessment-systems"
      />
      <IssueListSection
        title="Risks it informs"
        rows={view.risks}
        empty="No AI risk is linked yet (6.1.4)."
        testId="assessment-risks"
      />
    </div>
  );
}
