import Lozenge from '@atlaskit/lozenge';
import type { ThemeAppearance } from '@atlaskit/lozenge';
import type { ContextChangeView } from '../../src/ui-contract/context-changes-view';
import { useI18n } from './i18n/I18nProvider';
import type { Translator } from './i18n/translator';
import { keyCell, keyValueTable, muted, valueCell } from './styles';

const APPEARANCE: Record<ContextChangeView['change'], ThemeAppearance> = {
  added: 'success',
  changed: 'inprogress',
  removed: 'removed',
};

const CHANGE_NAMES: Record<ContextChangeView['change'], (t: Translator['t']) => string> = {
  added: (t) => t('common.document.changes.added'),
  changed: (t) => t('common.document.changes.changed'),
  removed: (t) => t('common.document.changes.removed'),
};

/**
 * Changes in the scope and context (added / changed / removed entries, each with what changed),
 * or `none` when there were none.
 */
export function ContextChanges({
  label,
  changes,
  none,
  testId,
}: {
  label: string;
  changes: readonly ContextChangeView[];
  none: string;
  testId?: string;
}) {
  const { t } = useI18n();
  if (changes.length === 0) {
    return (
      <p style={muted} data-testid={testId}>
        {none}
      </p>
    );
  }
  return (
    <table style={keyValueTable} aria-label={label} data-testid={testId}>
      <thead>
        <tr>
          <th scope="col" style={keyCell}>
            {t('common.document.changes.entry')}
          </th>
          <th scope="col" style={keyCell}>
            {t('common.document.changes.what')}
          </th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={`${c.subject}-${c.id}`}>
            <td style={valueCell}>
              <Lozenge appearance={APPEARANCE[c.change]}>{CHANGE_NAMES[c.change](t)}</Lozenge>{' '}
              {c.title}
            </td>
            <td style={valueCell}>
              {c.details.length > 0 ? (
                <ul style={{ margin: 0, paddingLeft: '1.25em' }}>
                  {c.details.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              ) : (
                '—'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
