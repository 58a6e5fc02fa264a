import type { ReactNode } from 'react';
import { useI18n } from './i18n/I18nProvider';
import { keyCell, keyValueTable, muted, plainKeyCell, plainValueCell, valueCell } from './styles';

/**
 * A two-column table of labelled values (row headers on the left); a missing value says so.
 * `plain` drops the rules between rows, for a narrow panel.
 */
export function KeyValueTable({
  label,
  rows,
  testId,
  plain = false,
}: {
  label: string;
  rows: readonly (readonly [string, ReactNode])[];
  testId?: string;
  plain?: boolean;
}) {
  const { t } = useI18n();
  return (
    <table style={keyValueTable} aria-label={label} data-testid={testId}>
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k}>
            <th scope="row" style={plain ? plainKeyCell : keyCell}>
              {k}
            </th>
            <td style={plain ? plainValueCell : valueCell}>
              {v ?? <span style={muted}>{t('common.notRecorded')}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
