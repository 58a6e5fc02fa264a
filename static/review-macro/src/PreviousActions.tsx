import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import type { Column } from '../../common';
import { MoreInJira, TitledSection, tableOf } from '../../common';
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
  const a = inputs.a;
  const columns: Column<PreviousAction>[] = [
    { key: 'key', title: 'Action', cell: (x) => <IssueKeyLink issueKey={x.key} /> },
    { key: 'summary', title: 'Summary', cell: (x) => x.summary ?? '—' },
    {
      key: 'status',
      title: 'Status',
      cell: (x) => (
        <Lozenge appearance={x.done ? 'success' : x.overdue ? 'removed' : 'inprogress'}>
          {x.status}
        </Lozenge>
      ),
    },
    {
      key: 'owner',
      title: 'Owner',
      cell: (x) => (x.ownerAccountId ? (view.names[x.ownerAccountId] ?? x.ownerAccountId) : '—'),
    },
    { key: 'due', title: 'Due', cell: (x) => x.dueDate ?? '—' },
    {
      key: 'overdue',
      title: '',
      cell: (x) => (x.overdue ? <Lozenge appearance="removed">Overdue</Lozenge> : ''),
    },
  ];
  return (
    <TitledSection
      titleId="input-a"
      title="a) Status of actions from previous management reviews"
      testId="input-a"
    >
      {view.previousReviewPageId ? (
        <>
          <div style={figures}>
            <Figure label="actions" value={a.total} />
            <Figure label="done" value={a.done} />
            <Figure label="open" value={a.open} />
            <Figure label="overdue" value={a.overdue} />
          </div>
          <DynamicTable
            label="Actions from the previous review"
            {...tableOf(columns, a.actions, (x) => x.key)}
            emptyView={<p style={muted}>No actions from the previous review that you can see.</p>}
          />
          {a.total > a.actions.length && (
            <MoreInJira
              shown={a.actions.length}
              total={a.total}
              what="actions"
              jql={view.searches?.previousActions ?? null}
              testId="input-a-more"
            />
          )}
        </>
      ) : (
        <p style={muted}>No previous review is configured (set it in the macro's settings).</p>
      )}
    </TitledSection>
  );
}
