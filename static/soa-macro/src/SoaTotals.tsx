import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';
import { useI18n } from '../../common';
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
export function SoaTotals({ totals, approved }: { totals: SoaTotalsView; approved: boolean }) {
  const { t, number, percent } = useI18n();
  const items: [string, string][] = [
    [t('soa.totals.applicable'), number(totals.applicable)],
    [t('soa.totals.implemented'), number(totals.implemented)],
    [
      t('soa.totals.share'),
      totals.implementedPercent === null ? t('soa.na') : percent(totals.implementedPercent),
    ],
    [t('soa.totals.excluded'), number(totals.excluded)],
    [t('soa.totals.undecided'), number(totals.undecided)],
    [t('soa.totals.missing'), number(totals.justificationMissing)],
  ];
  return (
    <ul
      style={totalsList}
      aria-label={approved ? t('soa.totals.labelApproved') : t('soa.totals.labelLive')}
      data-testid="soa-totals"
    >
      {items.map(([k, v]) => (
        <li key={k} style={totalItem}>
          <span style={totalValue}>{v}</span>
          <span style={muted}>{k}</span>
        </li>
      ))}
    </ul>
  );
}
