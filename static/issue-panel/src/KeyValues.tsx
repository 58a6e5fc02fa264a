import type { ReactNode } from 'react';
import { keyValueTable, muted, plainKeyCell, plainValueCell } from '../../common/styles';

/** A two-column table of labelled values; missing values say so. */
export function KeyValues({
  label,
  rows,
}: {
  label: string;
  rows: readonly [string, ReactNode][];
}) {
  return (
    <table style={keyValueTable} aria-label={label}>
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k}>
            <th scope="row" style={plainKeyCell}>
              {k}
            </th>
            <td style={plainValueCell}>{v ?? <span style={muted}>Not recorded</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
