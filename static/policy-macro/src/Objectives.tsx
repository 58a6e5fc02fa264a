import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import type { ThemeAppearance } from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import type { Column, Translator } from '../../common';
import { MoreInJira, tableOf, useI18n } from '../../common';
import type { PolicyView } from '../../../src/ui-contract/policy-macro-view';
import { muted } from '../../common/styles';
import { IssueKeyLink } from '../../common/IssueKeyLink';

const CATEGORY_APPEARANCE: Record<string, ThemeAppearance> = {
  new: 'default',
  indeterminate: 'inprogress',
  done: 'success',
};

type Objective = Extract<PolicyView['objectives'], { available: true }>['items'][number];

const columns = ({ t, date }: Translator): Column<Objective>[] => [
  {
    key: 'key',
    title: t('policy.objectives.key'),
    cell: (o) => <IssueKeyLink issueKey={o.key} title={o.summary} />,
  },
  { key: 'summary', title: t('policy.objectives.objective'), cell: (o) => o.summary },
  {
    key: 'status',
    title: t('policy.objectives.status'),
    cell: (o) => (
      <Lozenge appearance={CATEGORY_APPEARANCE[o.statusCategory] ?? 'default'}>
        {o.statusName}
      </Lozenge>
    ),
  },
  { key: 'area', title: t('policy.objectives.area'), cell: (o) => o.annexCObjective ?? '—' },
  { key: 'measure', title: t('policy.objectives.measure'), cell: (o) => o.measure ?? '—' },
  {
    key: 'due',
    title: t('policy.objectives.due'),
    cell: (o) => (o.dueDate ? date(o.dueDate) : '—'),
  },
];

/** The AI objectives (6.2) from Jira, as the viewer sees them. */
export function Objectives({ objectives }: { objectives: PolicyView['objectives'] }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (!objectives.available) {
    return (
      <SectionMessage appearance="information" title={t('policy.objectives.unavailable')}>
        <p>{objectives.message}</p>
      </SectionMessage>
    );
  }
  return (
    <div data-testid="policy-objectives">
      <DynamicTable
        label={t('policy.objectives.label', { project: objectives.projectKey })}
        {...tableOf(columns(i18n), objectives.items, (o) => o.key)}
        emptyView={
          <p style={muted}>{t('policy.objectives.empty', { project: objectives.projectKey })}</p>
        }
      />
      {objectives.more && (
        <MoreInJira
          shown={objectives.items.length}
          total={objectives.more.total}
          what={t('policy.objectives.what')}
          jql={objectives.more.jql}
          testId="policy-objectives-more"
        />
      )}
    </div>
  );
}
