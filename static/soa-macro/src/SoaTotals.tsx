import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';
import { muted } from '../../common/styles';
import type { SoaTotalsView } from '../../../src/ui-contract/soa-macro-view';

const totalsList: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: token('space.200'),
  margin: 0,
  padding: 0,
  listStyle: 'none',
};
const totalItem: CSSProperties = {
  padding: `${token('space.100')} ${token('space.150')}`,
  borderRadius: token('radius.small'),
  backgroundColor: token('color.background.neutral'),
  color: token('color.text'),
};
const totalValue: CSSProperties = { display: 'block', font: token('font.heading.medium') };

/** The SoA's figures: applicable, implemented (and the share), excluded, undecided, unjustified. */
export function SoaTotals({ totals, label }: { totals: SoaTotalsView; label: string }) {
  const items: [string, string][] = [
    ['Applicable', String(totals.applicable)],
    ['Implemented', String(totals.implemented)],
    ['% implemented', totals.implementedPercent === null ? 'n/a' : `${totals.implementedPercent}%`],
    ['Excluded', String(totals.excluded)],
    ['Undecided', String(totals.undecided)],
    ['Missing justifications', String(totals.justificationMissing)],
  ];
  return (
    <ul style={totalsList} aria-label={`Totals (${label})`} data-testid="soa-totals">
      {items.map(([k, v]) => (
        <li key={k} style={totalItem}>
          <span style={totalValue}>{v}</span>
          <span style={muted}>{k}</span>
        </li>
      ))}
    </ul>
  );
}
