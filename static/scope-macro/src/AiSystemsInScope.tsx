import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import type { ThemeAppearance } from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import type { Column, Translator } from '../../common';
import { MoreInJira, tableOf, useI18n } from '../../common';
import { muted } from '../../common/styles';
import type { ScopeAiSystem, ScopeAiSystems } from '../../../src/ui-contract/scope-ai-systems-view';
import { IssueKeyLink } from '../../common/IssueKeyLink';

const CATEGORY_APPEARANCE: Record<string, ThemeAppearance> = {
  new: 'default',
  indeterminate: 'inprogress',
  done: 'success',
};

const columns = (t: Translator['t']): Column<ScopeAiSystem>[] => [
  {
    key: 'key',
    title: t('scope.ai.key'),
    cell: (s) => <IssueKeyLink issueKey={s.key} title={s.summary} />,
    width: 12,
  },
  { key: 'summary', title: t('scope.ai.system'), cell: (s) => s.summary },
  {
    key: 'status',
    title: t('scope.ai.status'),
    cell: (s) => (
      <Lozenge appearance={CATEGORY_APPEARANCE[s.statusCategory] ?? 'default'}>
        {s.statusName}
      </Lozenge>
    ),
  },
  { key: 'owner', title: t('scope.ai.owner'), cell: (s) => s.owner ?? '—' },
];

/** The AI systems in scope, live from Jira as the viewer sees them (null: not read). */
export function AiSystemsInScope({ systems }: { systems: ScopeAiSystems | null }) {
  const { t } = useI18n();
  if (!systems) return null;
  if (!systems.available) {
    return (
      <SectionMessage appearance="information" title={t('scope.ai.unavailable')}>
        <p>{systems.message}</p>
      </SectionMessage>
    );
  }
  return (
    <div data-testid="scope-ai-systems">
      <p style={muted}>
        {systems.filteredByInScope
          ? t('scope.ai.filtered', { project: systems.projectKey })
          : t('scope.ai.all', { project: systems.projectKey })}
      </p>
      <DynamicTable
        label={t('scope.ai.label', { project: systems.projectKey })}
        {...tableOf(columns(t), systems.items, (s) => s.key)}
        emptyView={<p style={muted}>{t('scope.ai.empty', { project: systems.projectKey })}</p>}
      />
      {systems.more && (
        <MoreInJira
          shown={systems.items.length}
          total={systems.more.total}
          what={t('scope.ai.what')}
          jql={systems.more.jql}
          testId="scope-ai-systems-more"
        />
      )}
    </div>
  );
}
