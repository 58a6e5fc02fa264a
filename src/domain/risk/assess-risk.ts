/** Scoring a risk on the configured matrix: score = likelihood × consequence → band. */
import { RiskLevelOutOfScaleError } from './risk-level-out-of-scale-error';
import type { RiskBand, RiskMatrixConfig, ScaleLevel } from './risk-matrix-config';

export interface RiskAssessment {
  readonly likelihood: number;
  readonly consequence: number;
  readonly likelihoodLevel: ScaleLevel;
  readonly consequenceLevel: ScaleLevel;
  /** likelihood × consequence */
  readonly score: number;
  readonly band: RiskBand;
  /** True when the band is at or below the risk appetite. */
  readonly withinAppetite: boolean;
}

const levelOf = (
  levels: readonly ScaleLevel[],
  axis: 'likelihood' | 'consequence',
  value: number,
): ScaleLevel => {
  const level = Number.isInteger(value) ? levels[value - 1] : undefined;
  if (!level) throw new RiskLevelOutOfScaleError(axis, value, levels.length);
  return level;
};

/** The band holding a score. @throws RangeError when no band holds it (score off the matrix). */
export function bandOfScore(config: RiskMatrixConfig, score: number): RiskBand {
  const band = config.bands.find((b) => score >= b.minScore && score <= b.maxScore);
  if (!band) {
    const top = config.likelihood.length * config.consequence.length;
    throw new RangeError(`Score ${score} is outside the risk matrix (scores run from 1 to ${top})`);
  }
  return band;
}

/** Position of a band from least (0) to most severe. -1 when the ID is not a band. */
export const bandRank = (config: RiskMatrixConfig, bandId: string): number =>
  config.bands.findIndex((b) => b.id === bandId);

/** True when the band is at or below the risk appetite. */
export const isWithinAppetite = (config: RiskMatrixConfig, bandId: string): boolean => {
  const rank = bandRank(config, bandId);
  return rank !== -1 && rank <= bandRank(config, config.appetiteBandId);
};

/** The appetite band (the most severe band accepted without a recorded acceptance). */
export const appetiteBand = (config: RiskMatrixConfig): RiskBand =>
  config.bands[bandRank(config, config.appetiteBandId)] as RiskBand;

/**
 * Scores a risk. @throws RiskLevelOutOfScaleError when a level is not on its scale.
 */
export function assessRisk(
  config: RiskMatrixConfig,
  likelihood: number,
  consequence: number,
): RiskAssessment {
  const likelihoodLevel = levelOf(config.likelihood, 'likelihood', likelihood);
  const consequenceLevel = levelOf(config.consequence, 'consequence', consequence);
  const score = likelihood * consequence;
  const band = bandOfScore(config, score);
  return {
    likelihood,
    consequence,
    likelihoodLevel,
    consequenceLevel,
    score,
    band,
    withinAppetite: isWithinAppetite(config, band.id),
  };
}
