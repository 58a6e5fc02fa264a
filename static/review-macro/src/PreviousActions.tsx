import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import type { Column } from '../../common';
import { MoreInJira, TitledSection, tableOf, useI18n } from '../../common';
import { muted } from '../../common/styles';
import type {
  ConfiguredReviewView,
  ReviewInputsView,
} from '../../../src/ui-contract/review-macro-view';
import { Figure, figures } from './ReviewFigures';
import { IssueKeyLink } from '../../common/IssueKeyLink';

type PreviousAction = ReviewInputsView['a']['actions'][number];

/** 9.3.2 a) the actions decided at the previous review, with their status now. */
export function PreviousActions({
  view,
  inputs,
}: {
  view: ConfiguredReviewView;
  inputs: ReviewInputsView;
}) {
  const { t, date, number } = useI18n();
  const a = inputs.a;
  const columns: Column<PreviousAction>[] = [
    { key: 'key', title: t('review.a.action'), cell: (x) => <IssueKeyLink issueKey={x.key} /> },
    { key: 'summary', title: t('review.summary'), cell: (x) => x.summary ?? '—' },
    {
      key: 'status',
      title: t('review.status'),
      cell: (x) => (
        <Lozenge appearance={x.done ? 'success' : x.overdue ? 'removed' : 'inprogress'}>
          {x.status}
        </Lozenge>
      ),
    },
    {
      key: 'owner',
      title: t('review.owner'),
      cell: (x) => (x.ownerAccountId ? (view.names[x.ownerAccountId] ?? x.ownerAccountId) : '—'),
    },
    { key: 'due', title: t('review.due'), cell: (x) => (x.dueDate ? date(x.dueDate) : '—') },
    {
      key: 'overdue',
      title: '',
      cell: (x) => (x.overdue ? <Lozenge appearance="removed">{t('review.overdue')}</Lozenge> : ''),
    },
  ];
  return (
    <TitledSection titleId="input-a" title={t('review.a.title')} testId="input-a">
      {view.previousReviewPageId ? (
        <>
          <div style={figures}>
            <Figure label={t('review.a.actions')} value={number(a.total)} />
            <Figure label={t('review.a.done')} value={number(a.done)} />
            <Figure label={t('review.a.open')} value={number(a.open)} />
            <Figure label={t('review.a.overdue')} value={number(a.overdue)} />
          </div>
          <DynamicTable
            label={t('review.a.label')}
            {...tableOf(columns, a.actions, (x) => x.key)}
            emptyView={<p style={muted}>{t('review.a.empty')}</p>}
          />
          {a.total > a.actions.length && (
            <MoreInJira
              shown={a.actions.length}
              total={a.total}
              what={t('review.a.what')}
              jql={view.searches?.previousActions ?? null}
              testId="input-a-more"
            />
          )}
        </>
      ) : (
        <p style={muted}>{t('review.a.none')}</p>
      )}
    </TitledSection>
  );
}
