import { useI18n } from '../i18n/I18nProvider';
import { keyCell, keyValueTable, muted, valueCell } from '../styles';
import { MAX_HISTORY_ENTRIES } from '../../../src/domain/document-control/control-record';
import type { DocumentControlView } from '../../../src/ui-contract/document-control-view';

/** Who changed the document control, and when, up to the version shown. */
export function ControlHistory({ view }: { view: DocumentControlView }) {
  const { t, tn, dateTime } = useI18n();
  if (view.history.length === 0) return null;
  return (
    <>
      <table style={keyValueTable} aria-label={t('common.document.history.label')}>
        <thead>
          <tr>
            <th scope="col" style={keyCell}>
              {t('common.document.history.pageVersion')}
            </th>
            <th scope="col" style={keyCell}>
              {t('common.document.history.change')}
            </th>
            <th scope="col" style={keyCell}>
              {t('common.document.history.by')}
            </th>
            <th scope="col" style={keyCell}>
              {t('common.document.history.when')}
            </th>
          </tr>
        </thead>
        <tbody>
          {view.history.map((h) => (
            <tr key={`${h.at}-${h.event}`}>
              <td style={valueCell}>{h.pageVersion}</td>
              <td style={valueCell}>{h.eventName}</td>
              <td style={valueCell}>{h.by.displayName}</td>
              <td style={valueCell}>{dateTime(h.at)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {view.historyNotKept > 0 && (
        <p style={muted} data-testid="history-not-kept">
          {tn('common.document.history.notKept', view.historyNotKept, { max: MAX_HISTORY_ENTRIES })}
        </p>
      )}
    </>
  );
}
