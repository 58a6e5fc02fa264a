import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import type { Column } from '../../common';
import { MoreInJira, TitledSection, tableOf } from '../../common';
import { muted } from '../../common/styles';
import type {
  ConfiguredReviewView,
  ReviewInputsView,
} from '../../../src/ui-contract/review-macro-view';
import { IssueKeyLink } from '../../common/IssueKeyLink';

type Opportunity = ReviewInputsView['e']['opportunities'][number];

const COLUMNS: Column<Opportunity>[] = [
  { key: 'key', title: 'Item', cell: (o) => <IssueKeyLink issueKey={o.key} /> },
  { key: 'summary', title: 'Summary', cell: (o) => o.summary ?? '—' },
  {
    key: 'origin',
    title: 'Origin',
    cell: (o) => (o.origin === 'audit-finding' ? 'Audit finding' : 'Improvement item'),
  },
  {
    key: 'open',
    title: 'State',
    cell: (o) => (
      <Lozenge appearance={o.open ? 'inprogress' : 'success'}>{o.open ? 'Open' : 'Closed'}</Lozenge>
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
  const e = inputs.e;
  const total = e.total ?? e.opportunities.length;
  return (
    <TitledSection
      titleId="input-e"
      title="e) Opportunities for continual improvement"
      testId="input-e"
    >
      <DynamicTable
        label="Opportunities for improvement"
        {...tableOf(COLUMNS, e.opportunities, (o) => o.key)}
        emptyView={<p style={muted}>No opportunities for improvement that you can see.</p>}
      />
      {total > e.opportunities.length && (
        <MoreInJira
          shown={e.opportunities.length}
          total={total}
          what="opportunities"
          jql={searches?.opportunities ?? null}
          testId="input-e-more"
        />
      )}
    </TitledSection>
  );
}
