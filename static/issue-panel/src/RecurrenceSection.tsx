import SectionMessage from '@atlaskit/section-message';
import type { Column } from '../../common';
import type { NonconformityPanelView } from '../../../src/ui-contract/issue-panel-view';
import { IssueListSection } from './IssueListSection';

type Recurrence = NonconformityPanelView['recurrence'];

const RECORDED_COLUMNS: Column<Recurrence['recurredAs'][number]>[] = [
  { key: 'recorded', title: 'Recorded', cell: (r) => r.recordedOn?.slice(0, 10) ?? '—' },
];

/**
 * 10.2 b) recurrence: the closed nonconformity this one recurs, or the later ones that recurred
 * this one, with the verdict put in question. Nothing when there is no recurrence link.
 */
export function RecurrenceSection({ recurrence }: { recurrence: Recurrence }) {
  const { of, recurredAs, notes } = recurrence;
  if (of.length === 0 && recurredAs.length === 0) return null;
  return (
    <div data-testid="nc-recurrence">
      {notes.length > 0 && (
        <SectionMessage appearance="warning" title="Recurrence (10.2 b)">
          {notes.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </SectionMessage>
      )}
      {of.length > 0 && (
        <IssueListSection title="Recurrence of" rows={of} empty="—" testId="nc-recurrence-of" />
      )}
      {recurredAs.length > 0 && (
        <IssueListSection
          title="Recurred as"
          rows={recurredAs}
          empty="—"
          columns={RECORDED_COLUMNS}
          testId="nc-recurred-as"
        />
      )}
    </div>
  );
}
