import type { CSSProperties } from 'react';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import { bandFill, bandLozenge } from './band-colors';
import type { RiskMatrixView } from '../../../src/ui-contract/issue-panel-view';
import type { Translator } from '../../common';
import { useI18n } from '../../common';
import { muted, row } from '../../common/styles';

const mark: CSSProperties = {
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  minWidth: '1.4rem',
  height: '1.4rem',
  borderRadius: token('radius.full'),
  fontWeight: token('font.weight.bold'),
  font: token('font.body.small'),
  color: token('color.text.inverse'),
  backgroundColor: token('color.background.neutral.bold'),
};

const APPETITE_LINE = `${token('border.width.selected')} solid ${token('color.border.bold')}`;

type Cell = RiskMatrixView['rows'][number][number];

/** What a screen reader hears in a cell: its score and band, and which positions are in it. */
function cellText(t: Translator['t'], cell: Cell): string {
  const values = { score: cell.score, band: cell.bandLabel };
  if (cell.inherent && cell.residual) return t('panel.matrix.cellBoth', values);
  if (cell.inherent) return t('panel.matrix.cellInherent', values);
  if (cell.residual) return t('panel.matrix.cellResidual', values);
  return t('panel.matrix.cell', values);
}

/**
 * The likelihood × consequence heat map (rows: likelihood, highest first; columns: consequence),
 * coloured by band, with the inherent (I) and residual (R) positions and the appetite line.
 */
export function RiskMatrix({ matrix }: { matrix: RiskMatrixView }) {
  const { t } = useI18n();
  const n = matrix.bands.length;
  const cols = matrix.consequenceLabels.length;
  return (
    <figure style={{ margin: 0 }} data-testid="risk-matrix">
      <table
        style={{
          borderCollapse: 'collapse',
          tableLayout: 'fixed',
          width: '100%',
          maxWidth: '36rem',
        }}
        aria-describedby="risk-matrix-legend"
      >
        <caption style={{ textAlign: 'left', ...muted, paddingBottom: token('space.050') }}>
          {t('panel.matrix.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col" style={{ width: '22%' }}>
              <span style={{ position: 'absolute', left: '-10000px' }}>
                {t('panel.matrix.likelihood')}
              </span>
            </th>
            {matrix.consequenceLabels.map((label, i) => (
              <th
                key={label}
                scope="col"
                style={{
                  ...muted,
                  fontWeight: token('font.weight.semibold'),
                  padding: token('space.050'),
                }}
              >
                {i + 1} {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((cells, ri) => {
            const likelihood = cells[0]?.likelihood ?? 0;
            return (
              <tr key={likelihood}>
                <th
                  scope="row"
                  style={{
                    ...muted,
                    fontWeight: token('font.weight.semibold'),
                    textAlign: 'right',
                    paddingRight: token('space.100'),
                  }}
                >
                  {likelihood} {matrix.likelihoodLabels[likelihood - 1]}
                </th>
                {cells.map((cell, ci) => {
                  const above = matrix.rows[ri - 1]?.[ci];
                  const right = cells[ci + 1];
                  const style: CSSProperties = {
                    backgroundColor: bandFill(cell.bandRank, n),
                    color: token('color.text'),
                    border: `${token('border.width')} solid ${token('elevation.surface')}`,
                    height: '2.5rem',
                    textAlign: 'center',
                    verticalAlign: 'middle',
                    ...(cell.withinAppetite && above && !above.withinAppetite
                      ? { borderTop: APPETITE_LINE }
                      : {}),
                    ...(cell.withinAppetite && right && !right.withinAppetite && ci + 1 < cols
                      ? { borderRight: APPETITE_LINE }
                      : {}),
                  };
                  return (
                    <td
                      key={cell.consequence}
                      style={style}
                      data-testid={`cell-${cell.likelihood}-${cell.consequence}`}
                      data-band={cell.bandId}
                      data-marks={[cell.inherent ? 'I' : '', cell.residual ? 'R' : ''].join('')}
                      title={t('panel.matrix.cellTitle', {
                        band: cell.bandLabel,
                        score: cell.score,
                      })}
                    >
                      <span style={{ position: 'absolute', left: '-10000px' }}>
                        {cellText(t, cell)}
                      </span>
                      <span
                        aria-hidden="true"
                        style={{ display: 'inline-flex', gap: token('space.025') }}
                      >
                        {cell.inherent && <span style={mark}>I</span>}
                        {cell.residual && (
                          <span
                            style={{
                              ...mark,
                              backgroundColor: token('color.background.brand.bold'),
                            }}
                          >
                            R
                          </span>
                        )}
                        {!cell.inherent && !cell.residual && (
                          <span
                            style={{ font: token('font.body.small'), color: token('color.text') }}
                          >
                            {cell.score}
                          </span>
                        )}
                      </span>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      <figcaption id="risk-matrix-legend" style={{ ...row, marginTop: token('space.100') }}>
        {matrix.bands.map((b) => (
          <Lozenge key={b.id} appearance={bandLozenge(b.rank, n)}>
            {`${b.label} ${b.minScore}–${b.maxScore}`}
          </Lozenge>
        ))}
        <span style={muted}>{t('panel.matrix.appetite', { band: matrix.appetiteLabel })}</span>
      </figcaption>
    </figure>
  );
}
