import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import type { Column, Translator } from '../../common';
import { tableOf, useI18n } from '../../common';
import { looseStack, muted } from '../../common/styles';
import type { CompetenceRecordPanelView } from '../../../src/ui-contract/issue-panel-view';
import { FactsTable } from './FactsTable';
import { PanelSection } from './PanelSection';

type Met = CompetenceRecordPanelView['meets'][number];

const metColumns = (t: Translator['t']): Column<Met>[] => [
  { key: 'title', title: t('panel.competence.requirement'), cell: (r) => r.title },
  { key: 'role', title: t('panel.competence.role'), cell: (r) => r.role },
];

const CURRENCY: Record<
  CompetenceRecordPanelView['currency']['state'],
  { key: 'current' | 'expiring' | 'expired'; appearance: 'success' | 'moved' | 'removed' }
> = {
  current: { key: 'current', appearance: 'success' },
  noExpiry: { key: 'current', appearance: 'success' },
  expiring: { key: 'expiring', appearance: 'moved' },
  expired: { key: 'expired', appearance: 'removed' },
};

/**
 * A Competence Record (7.2, A.4.6): whose competence and until when, whether it counts today,
 * and the requirements of the AIMS roles it meets; a record meeting none says how to fix it.
 */
export function CompetenceRecordPanel({ view }: { view: CompetenceRecordPanelView }) {
  const { t } = useI18n();
  const currency = CURRENCY[view.currency.state];
  const currencyLabel = {
    current: t('panel.competence.current'),
    expiring: t('panel.competence.expiring'),
    expired: t('panel.competence.expired'),
  }[currency.key];
  return (
    <div style={looseStack} data-testid="panel-competence-record">
      <FactsTable
        label={t('panel.competence.facts')}
        facts={view.facts}
        testId="competence-facts"
      />
      <p data-testid="competence-currency">
        <Lozenge appearance={currency.appearance}>{currencyLabel}</Lozenge> {view.currency.text}
      </p>
      <PanelSection titleId="competence-meets-title" title={t('panel.competence.meets')}>
        {view.meetsNone ? (
          <SectionMessage appearance="warning" title={t('panel.competence.meetsNone')}>
            <p data-testid="competence-meets-none">{view.meetsNone}</p>
          </SectionMessage>
        ) : (
          <div data-testid="competence-meets">
            <DynamicTable
              label={t('panel.competence.meets')}
              {...tableOf(metColumns(t), view.meets, (r) => `${r.role}:${r.id}`)}
            />
          </div>
        )}
        {view.noLongerSet.length > 0 && (
          <p style={muted} data-testid="competence-no-longer-set">
            {t('panel.competence.noLongerSet', { ids: view.noLongerSet.join(', ') })}
          </p>
        )}
      </PanelSection>
    </div>
  );
}
