import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import type { Column } from '../../common';
import { tableOf } from '../../common';
import { looseStack, muted } from '../../common/styles';
import type { CompetenceRecordPanelView } from '../../../src/ui-contract/issue-panel-view';
import { FactsTable } from './FactsTable';
import { PanelSection } from './PanelSection';

type Met = CompetenceRecordPanelView['meets'][number];

const MET_COLUMNS: readonly Column<Met>[] = [
  { key: 'title', title: 'Requirement', cell: (r) => r.title },
  { key: 'role', title: 'AIMS role', cell: (r) => r.role },
];

const CURRENCY: Record<
  CompetenceRecordPanelView['currency']['state'],
  { label: string; appearance: 'success' | 'moved' | 'removed' }
> = {
  current: { label: 'Current', appearance: 'success' },
  noExpiry: { label: 'Current', appearance: 'success' },
  expiring: { label: 'Expiring', appearance: 'moved' },
  expired: { label: 'Expired', appearance: 'removed' },
};

/**
 * A Competence Record (7.2, A.4.6): whose competence and until when, whether it counts today,
 * and the requirements of the AIMS roles it meets; a record meeting none says how to fix it.
 */
export function CompetenceRecordPanel({ view }: { view: CompetenceRecordPanelView }) {
  const currency = CURRENCY[view.currency.state];
  return (
    <div style={looseStack} data-testid="panel-competence-record">
      <FactsTable label="Competence record" facts={view.facts} testId="competence-facts" />
      <p data-testid="competence-currency">
        <Lozenge appearance={currency.appearance}>{currency.label}</Lozenge> {view.currency.text}
      </p>
      <PanelSection titleId="competence-meets-title" title="Requirements it meets">
        {view.meetsNone ? (
          <SectionMessage appearance="warning" title="It meets no requirement">
            <p data-testid="competence-meets-none">{view.meetsNone}</p>
          </SectionMessage>
        ) : (
          <div data-testid="competence-meets">
            <DynamicTable
              label="Requirements it meets"
              {...tableOf(MET_COLUMNS, view.meets, (r) => `${r.role}:${r.id}`)}
            />
          </div>
        )}
        {view.noLongerSet.length > 0 && (
          <p style={muted} data-testid="competence-no-longer-set">
            It also names {view.noLongerSet.join(', ')}, which no AIMS role needs any more.
          </p>
        )}
      </PanelSection>
    </div>
  );
}
