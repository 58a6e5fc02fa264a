import { token } from '@atlaskit/tokens';
import type { ReadinessItemView } from '../../../src/ui-contract/readiness-macro-view';
import { JiraSearchLink } from '../../common';
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
  return (
    <tr data-testid={`readiness-item-${item.id}`}>
      <th scope="row" style={{ ...cellStyle, fontWeight: token('font.weight.semibold') }}>
        {item.title}
        <div style={note}>ISO/IEC 42001 {item.clauses}</div>
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
                {f.label}: <JiraSearchLink jql={f.jql}>{String(f.count)}</JiraSearchLink>
              </li>
            ))}
          </ul>
        )}
        {item.hidden > 0 && (
          <p style={muted} data-testid="readiness-hidden">
            {item.hidden} hidden: {item.hidden === 1 ? 'one record is' : 'records are'} named here
            that you cannot see in Jira.
          </p>
        )}
      </td>
      <td style={cellStyle}>{item.proof ? <ProofLink proof={item.proof} /> : '—'}</td>
    </tr>
  );
}
