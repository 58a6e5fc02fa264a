import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import type { Column, Translator } from '../../common';
import { MoreInJira, TitledSection, tableOf, useI18n } from '../../common';
import { muted } from '../../common/styles';
import type {
  ConfiguredReviewView,
  ReviewInputsView,
} from '../../../src/ui-contract/review-macro-view';
import { IssueKeyLink } from '../../common/IssueKeyLink';

type Opportunity = ReviewInputsView['e']['opportunities'][number];

const columns = (t: Translator['t']): Column<Opportunity>[] => [
  { key: 'key', title: t('review.e.item'), cell: (o) => <IssueKeyLink issueKey={o.key} /> },
  { key: 'summary', title: t('review.summary'), cell: (o) => o.summary ?? '—' },
  {
    key: 'origin',
    title: t('review.e.origin'),
    cell: (o) =>
      o.origin === 'audit-finding' ? t('review.e.auditFinding') : t('review.e.improvementItem'),
  },
  {
    key: 'open',
    title: t('review.e.state'),
    cell: (o) => (
      <Lozenge appearance={o.open ? 'inprogress' : 'success'}>
        {o.open ? t('review.e.open') : t('review.e.closed')}
      </Lozenge>
    ),
  },
];

/** 9.3.2 e) opportunities for continual improvement: open and closed, from findings or raised. */
export function ImprovementOpportunities({
  inputs,
  searches,
}: {
  inputs: ReviewInputsView;
  searches: ConfiguredReviewView['searches'];
}) {
  const { t } = useI18n();
  const e = inputs.e;
  const total = e.total ?? e.opportunities.length;
  return (
    <TitledSection titleId="input-e" title={t('review.e.title')} testId="input-e">
      <DynamicTable
        label={t('review.e.label')}
        {...tableOf(columns(t), e.opportunities, (o) => o.key)}
        emptyView={<p style={muted}>{t('review.e.empty')}</p>}
      />
      {total > e.opportunities.length && (
        <MoreInJira
          shown={e.opportunities.length}
          total={total}
          what={t('review.e.what')}
          jql={searches?.opportunities ?? null}
          testId="input-e-more"
        />
      )}
    </TitledSection>
  );
}
