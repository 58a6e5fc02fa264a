import SectionMessage from '@atlaskit/section-message';
import type { Column, Translator } from '../../common';
import { useI18n } from '../../common';
import type { NonconformityPanelView } from '../../../src/ui-contract/issue-panel-view';
import { IssueListSection } from './IssueListSection';

type Recurrence = NonconformityPanelView['recurrence'];

const recordedColumns = ({ t, date }: Translator): Column<Recurrence['recurredAs'][number]>[] => [
  {
    key: 'recorded',
    title: t('panel.recurrence.recorded'),
    cell: (r) => (r.recordedOn ? date(r.recordedOn) : '—'),
  },
];

/**
 * 10.2 b) recurrence: the closed nonconformity this one recurs, or the later ones that recurred
 * this one, with the verdict put in question. Nothing when there is no recurrence link.
 */
export function RecurrenceSection({ recurrence }: { recurrence: Recurrence }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { of, recurredAs, notes } = recurrence;
  if (of.length === 0 && recurredAs.length === 0) return null;
  return (
    <div data-testid="nc-recurrence">
      {notes.length > 0 && (
        <SectionMessage appearance="warning" title={t('panel.recurrence.title')}>
          {notes.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </SectionMessage>
      )}
      {of.length > 0 && (
        <IssueListSection
          title={t('panel.recurrence.of')}
          rows={of}
          empty="—"
          testId="nc-recurrence-of"
        />
      )}
      {recurredAs.length > 0 && (
        <IssueListSection
          title={t('panel.recurrence.as')}
          rows={recurredAs}
          empty="—"
          columns={recordedColumns(i18n)}
          testId="nc-recurred-as"
        />
      )}
    </div>
  );
}
