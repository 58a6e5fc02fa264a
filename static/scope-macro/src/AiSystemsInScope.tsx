import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import type { ThemeAppearance } from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import type { Column } from '../../common';
import { MoreInJira, tableOf } from '../../common';
import { muted } from '../../common/styles';
import type { ScopeAiSystem, ScopeAiSystems } from '../../../src/ui-contract/scope-ai-systems-view';
import { IssueKeyLink } from '../../common/IssueKeyLink';

const CATEGORY_APPEARANCE: Record<string, ThemeAppearance> = {
  new: 'default',
  indeterminate: 'inprogress',
  done: 'success',
};

const COLUMNS: Column<ScopeAiSystem>[] = [
  {
    key: 'key',
    title: 'Key',
    cell: (s) => <IssueKeyLink issueKey={s.key} title={s.summary} />,
    width: 12,
  },
  { key: 'summary', title: 'AI system', cell: (s) => s.summary },
  {
    key: 'status',
    title: 'Status',
    cell: (s) => (
      <Lozenge appearance={CATEGORY_APPEARANCE[s.statusCategory] ?? 'default'}>
        {s.statusName}
      </Lozenge>
    ),
  },
  { key: 'owner', title: 'Owner', cell: (s) => s.owner ?? '—' },
];

/** The AI systems in scope, live from Jira as the viewer sees them (null: not read). */
export function AiSystemsInScope({ systems }: { systems: ScopeAiSystems | null }) {
  if (!systems) return null;
  if (!systems.available) {
    return (
      <SectionMessage appearance="information" title="AI systems are not available">
        <p>{systems.message}</p>
      </SectionMessage>
    );
  }
  return (
    <div data-testid="scope-ai-systems">
      <p style={muted}>
        {systems.filteredByInScope
          ? `AI System issues of ${systems.projectKey} marked in scope, live from Jira as you see them.`
          : `AI System issues of ${systems.projectKey}, live from Jira as you see them.`}
      </p>
      <DynamicTable
        label={`AI systems in scope (${systems.projectKey})`}
        {...tableOf(COLUMNS, systems.items, (s) => s.key)}
        emptyView={<p style={muted}>No AI systems in {systems.projectKey} that you can see.</p>}
      />
      {systems.more && (
        <MoreInJira
          shown={systems.items.length}
          total={systems.more.total}
          what="AI systems"
          jql={systems.more.jql}
          testId="scope-ai-systems-more"
        />
      )}
    </div>
  );
}
