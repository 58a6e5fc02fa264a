import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import type { ThemeAppearance } from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import type { PolicyView } from '../../../src/ui-contract/policy-macro-view';
import { muted } from '../../common/styles';

const CATEGORY_APPEARANCE: Record<string, ThemeAppearance> = {
  new: 'default',
  indeterminate: 'inprogress',
  done: 'success',
};

const HEAD = {
  cells: [
    { key: 'key', content: 'Key' },
    { key: 'summary', content: 'Objective' },
    { key: 'status', content: 'Status' },
    { key: 'area', content: 'AI objective area' },
    { key: 'measure', content: 'Measure and target' },
    { key: 'due', content: 'Due' },
  ],
};

/** The AI objectives (6.2) from Jira, as the viewer sees them. */
export function Objectives({ objectives }: { objectives: PolicyView['objectives'] }) {
  if (!objectives.available) {
    return (
      <SectionMessage appearance="information" title="Objectives are not available">
        <p>{objectives.message}</p>
      </SectionMessage>
    );
  }
  const rows = objectives.items.map((o) => ({
    key: o.key,
    cells: [
      { key: 'key', content: o.key },
      { key: 'summary', content: o.summary },
      {
        key: 'status',
        content: (
          <Lozenge appearance={CATEGORY_APPEARANCE[o.statusCategory] ?? 'default'}>
            {o.statusName}
          </Lozenge>
        ),
      },
      { key: 'area', content: o.annexCObjective ?? '—' },
      { key: 'measure', content: o.measure ?? '—' },
      { key: 'due', content: o.dueDate ?? '—' },
    ],
  }));
  return (
    <div data-testid="policy-objectives">
      <DynamicTable
        label={`AI objectives in ${objectives.projectKey}`}
        head={HEAD}
        rows={rows}
        emptyView={
          <p style={muted}>No AI objectives in {objectives.projectKey} that you can see.</p>
        }
      />
      {objectives.truncated && <p style={muted}>Only the first 100 objectives are listed.</p>}
    </div>
  );
}
