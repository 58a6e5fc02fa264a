import SectionMessage from '@atlaskit/section-message';
import { useI18n } from '../../common';
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
  const { t } = useI18n();
  return (
    <div style={looseStack} data-testid="panel-impact-assessment">
      <FactsTable
        label={t('panel.assessment.label')}
        facts={view.facts}
        testId="assessment-facts"
      />
      {view.reviewNotice && (
        <SectionMessage appearance="warning" title={t('panel.assessment.reviewDue')}>
          <p data-testid="assessment-review-due">{view.reviewNotice}</p>
        </SectionMessage>
      )}
      <NextSteps steps={view.next} />
      <IssueListSection
        title={t('panel.assessment.systems')}
        rows={view.aiSystems}
        empty={t('panel.noSystemYet')}
        testId="assessment-systems"
      />
      <IssueListSection
        title={t('panel.assessment.risks')}
        rows={view.risks}
        empty={t('panel.assessment.noRisk')}
        testId="assessment-risks"
      />
    </div>
  );
}
