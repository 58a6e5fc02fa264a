import type { RiskAssessment, RiskMatrixConfig } from '../domain/risk';
import { assessRisk, bandRank, matrixCells } from '../domain/risk';
import { RiskLevelOutOfScaleError } from '../domain/risk';
import type { RiskMatrixView, RiskPosition } from './panel-types';

function position(config: RiskMatrixConfig, a: RiskAssessment): RiskPosition {
  return {
    likelihood: a.likelihood,
    consequence: a.consequence,
    score: a.score,
    bandId: a.band.id,
    bandLabel: a.band.label,
    bandRank: bandRank(config, a.band.id),
    withinAppetite: a.withinAppetite,
  };
}

/** A risk's position on the matrix; null when a level is missing or off the scale. */
export function riskPosition(
  config: RiskMatrixConfig,
  likelihood: number | null,
  consequence: number | null,
): RiskPosition | null {
  if (likelihood === null || consequence === null) return null;
  try {
    return position(config, assessRisk(config, likelihood, consequence));
  } catch (error) {
    if (error instanceof RiskLevelOutOfScaleError) return null;
    throw error;
  }
}

/** The heat map: every cell with its band, the inherent and residual positions marked. */
export function riskMatrixView(
  config: RiskMatrixConfig,
  inherent: RiskPosition | null,
  residual: RiskPosition | null,
): RiskMatrixView {
  const at = (p: RiskPosition | null, l: number, c: number): boolean =>
    p !== null && p.likelihood === l && p.consequence === c;
  const rows = matrixCells(config)
    .map((row) =>
      row.map((cell) => ({
        ...position(config, cell),
        inherent: at(inherent, cell.likelihood, cell.consequence),
        residual: at(residual, cell.likelihood, cell.consequence),
      })),
    )
    .reverse();
  const appetite = config.bands.find((b) => b.id === config.appetiteBandId);
  return {
    likelihoodLabels: config.likelihood.map((l) => l.label),
    consequenceLabels: config.consequence.map((c) => c.label),
    rows,
    bands: config.bands.map((b, rank) => ({
      id: b.id,
      label: b.label,
      rank,
      minScore: b.minScore,
      maxScore: b.maxScore,
    })),
    appetiteBandId: config.appetiteBandId,
    appetiteLabel: appetite?.label ?? config.appetiteBandId,
  };
}
