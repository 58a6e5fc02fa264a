import { token } from '@atlaskit/tokens';
import type { ReadinessItemView } from '../../../src/ui-contract/readiness-macro-view';
import { JiraSearchLink, useI18n } from '../../common';
import { muted, note } from '../../common/styles';
import { ProofLink } from './ProofLink';
import { VerdictLozenge } from './verdict';

const cellStyle = {
  padding: `${token('space.100')} ${token('space.100')}`,
  borderBottom: `1px solid ${token('color.border')}`,
  verticalAlign: 'top',
  textAlign: 'start',
} as const;

/** One readiness item as a table row: what, verdict and why, the figures, the proof. */
export function ReadinessItemRow({ item }: { item: ReadinessItemView }) {
  const { t, tn, number } = useI18n();
  return (
    <tr data-testid={`readiness-item-${item.id}`}>
      <th scope="row" style={{ ...cellStyle, fontWeight: token('font.weight.semibold') }}>
        {item.title}
        <div style={note}>{t('readiness.item.clauses', { clauses: item.clauses })}</div>
      </th>
      <td style={cellStyle}>
        <VerdictLozenge verdict={item.verdict} />
      </td>
      <td style={cellStyle}>
        {item.reasons.map((r) => (
          <p key={r} style={{ margin: 0 }}>
            {r}
          </p>
        ))}
        {item.figures.length > 0 && (
          <ul
            style={{ margin: `${token('space.050')} 0 0`, paddingInlineStart: token('space.200') }}
          >
            {item.figures.map((f) => (
              <li key={f.label} data-testid="readiness-figure" data-count={f.count}>
                {f.label}: <JiraSearchLink jql={f.jql}>{number(f.count)}</JiraSearchLink>
              </li>
            ))}
          </ul>
        )}
        {item.hidden > 0 && (
          <p style={muted} data-testid="readiness-hidden">
            {tn('readiness.item.hidden', item.hidden)}
          </p>
        )}
      </td>
      <td style={cellStyle}>{item.proof ? <ProofLink proof={item.proof} /> : '—'}</td>
    </tr>
  );
}
