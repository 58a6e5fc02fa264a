import Lozenge from '@atlaskit/lozenge';
import type { ThemeAppearance } from '@atlaskit/lozenge';
import type { ContextChangeView } from '../../src/ui-contract/context-changes-view';
import { CONTEXT_CHANGE_LABELS } from '../../src/ui-contract/context-changes-view';
import { keyCell, keyValueTable, muted, valueCell } from './styles';

const APPEARANCE: Record<ContextChangeView['change'], ThemeAppearance> = {
  added: 'success',
  changed: 'inprogress',
  removed: 'removed',
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
            Entry
          </th>
          <th scope="col" style={keyCell}>
            What changed
          </th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={`${c.subject}-${c.id}`}>
            <td style={valueCell}>
              <Lozenge appearance={APPEARANCE[c.change]}>{CONTEXT_CHANGE_LABELS[c.change]}</Lozenge>{' '}
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
