import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';
import type { HeatMapView } from '../../../src/ui-contract/overview-view';
import { useI18n } from '../../common';
import { FigureLink } from './FigureLink';

/** Cell colours by the band's rank on the matrix (least severe first), in Atlaskit tokens. */
const BAND_STYLES: CSSProperties[] = [
  { backgroundColor: token('color.background.success'), color: token('color.text') },
  { backgroundColor: token('color.background.warning'), color: token('color.text') },
  { backgroundColor: token('color.background.danger'), color: token('color.text') },
  { backgroundColor: token('color.background.danger.bold'), color: token('color.text.inverse') },
];

const cell: CSSProperties = {
  padding: token('space.075'),
  textAlign: 'center',
  minWidth: '3.5rem',
  border: `1px solid ${token('color.border')}`,
};
const head: CSSProperties = {
  ...cell,
  font: token('font.body.small'),
  color: token('color.text.subtle'),
};

/** The risk matrix with the number of open risks in each cell, each linked to its JQL. */
export function HeatMapTable({
  map,
  caption,
  bandOrder,
}: {
  map: HeatMapView;
  caption: string;
  bandOrder: readonly string[];
}) {
  const { t } = useI18n();
  const styleOf = (bandId: string): CSSProperties =>
    BAND_STYLES[Math.min(Math.max(bandOrder.indexOf(bandId), 0), BAND_STYLES.length - 1)] ?? {};
  return (
    <table style={{ borderCollapse: 'collapse' }} data-testid="heat-map">
      <caption
        style={{
          textAlign: 'left',
          font: token('font.heading.xsmall'),
          paddingBottom: token('space.075'),
        }}
      >
        {caption}
      </caption>
      <thead>
        <tr>
          <th scope="col" style={head}>
            {t('overview.heatMap.corner')}
          </th>
          {map.consequenceLabels.map((c) => (
            <th key={c} scope="col" style={head}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {map.rows.map((row, i) => (
          <tr key={i}>
            <th scope="row" style={head}>
              {map.likelihoodLabels[(row[0]?.likelihood ?? 1) - 1]}
            </th>
            {row.map((c) => (
              <td key={c.consequence} style={{ ...cell, ...styleOf(c.bandId) }} title={c.bandLabel}>
                {c.count > 0 ? (
                  <FigureLink
                    figure={{
                      label: t('overview.heatMap.figure', {
                        likelihood: map.likelihoodLabels[c.likelihood - 1] ?? '',
                        consequence: map.consequenceLabels[c.consequence - 1] ?? '',
                        band: c.bandLabel,
                      }),
                      count: c.count,
                      jql: c.jql,
                    }}
                  />
                ) : (
                  <span aria-label={t('overview.heatMap.none', { band: c.bandLabel })}>·</span>
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
