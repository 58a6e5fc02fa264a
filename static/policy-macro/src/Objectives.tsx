import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import type { ThemeAppearance } from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import type { Column } from '../../common';
import { MoreInJira, tableOf } from '../../common';
import type { PolicyView } from '../../../src/ui-contract/policy-macro-view';
import { muted } from '../../common/styles';
import { IssueKeyLink } from '../../common/IssueKeyLink';

const CATEGORY_APPEARANCE: Record<string, ThemeAppearance> = {
  new: 'default',
  indeterminate: 'inprogress',
  done: 'success',
};

type Objective = Extract<PolicyView['objectives'], { available: true }>['items'][number];

const COLUMNS: Column<Objective>[] = [
  { key: 'key', title: 'Key', cell: (o) => <IssueKeyLink issueKey={o.key} title={o.summary} /> },
  { key: 'summary', title: 'Objective', cell: (o) => o.summary },
  {
    key: 'status',
    title: 'Status',
    cell: (o) => (
      <Lozenge appearance={CATEGORY_APPEARANCE[o.statusCategory] ?? 'default'}>
        {o.statusName}
      </Lozenge>
    ),
  },
  { key: 'area', title: 'AI objective area', cell: (o) => o.annexCObjective ?? '—' },
  { key: 'measure', title: 'Measure and target', cell: (o) => o.measure ?? '—' },
  { key: 'due', title: 'Due', cell: (o) => o.dueDate ?? '—' },
];

/** The AI objectives (6.2) from Jira, as the viewer sees them. */
export function Objectives({ objectives }: { objectives: PolicyView['objectives'] }) {
  if (!objectives.available) {
    return (
      <SectionMessage appearance="information" title="Objectives are not available">
        <p>{objectives.message}</p>
      </SectionMessage>
    );
  }
  return (
    <div data-testid="policy-objectives">
      <DynamicTable
        label={`AI objectives in ${objectives.projectKey}`}
        {...tableOf(COLUMNS, objectives.items, (o) => o.key)}
        emptyView={
          <p style={muted}>No AI objectives in {objectives.projectKey} that you can see.</p>
        }
      />
      {objectives.more && (
        <MoreInJira
          shown={objectives.items.length}
          total={objectives.more.total}
          what="AI objectives"
          jql={objectives.more.jql}
          testId="policy-objectives-more"
        />
      )}
    </div>
  );
}
