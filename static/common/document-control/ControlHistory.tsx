import { keyCell, keyValueTable, muted, valueCell } from '../styles';
import { MAX_HISTORY_ENTRIES } from '../../../src/domain/document-control/control-record';
import type { DocumentControlView } from '../../../src/ui-contract/document-control-view';

/** Who changed the document control, and when, up to the version shown. */
export function ControlHistory({ view }: { view: DocumentControlView }) {
  if (view.history.length === 0) return null;
  return (
    <>
      <table style={keyValueTable} aria-label="Document control history">
        <thead>
          <tr>
            <th scope="col" style={keyCell}>
              Page version
            </th>
            <th scope="col" style={keyCell}>
              Change
            </th>
            <th scope="col" style={keyCell}>
              By
            </th>
            <th scope="col" style={keyCell}>
              When (UTC)
            </th>
          </tr>
        </thead>
        <tbody>
          {view.history.map((h) => (
            <tr key={`${h.at}-${h.event}`}>
              <td style={valueCell}>{h.pageVersion}</td>
              <td style={valueCell}>{h.eventName}</td>
              <td style={valueCell}>{h.by.displayName}</td>
              <td style={valueCell}>{`${h.at.slice(0, 10)} ${h.at.slice(11, 16)}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {view.historyNotKept > 0 && (
        <p style={muted} data-testid="history-not-kept">
          {view.historyNotKept} older {view.historyNotKept === 1 ? 'entry is' : 'entries are'} not
          kept: the record holds the latest {MAX_HISTORY_ENTRIES} changes, approvals longest.
        </p>
      )}
    </>
  );
}
