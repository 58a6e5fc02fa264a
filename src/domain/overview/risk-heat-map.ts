/**
 * The risk heat map: every cell of the configured matrix (likelihood × consequence) with its band
 * and how many risks sit in it. Levels are the numbers the matrix scales count from 1.
 */
import type { RiskMatrixConfig } from '../risk';
import { matrixCells } from '../risk';

export interface HeatMapCell {
  likelihood: number;
  consequence: number;
  bandId: string;
  bandLabel: string;
  count: number;
}

export interface HeatMap {
  likelihoodLabels: string[];
  consequenceLabels: string[];
  /** Rows from the most likely down (as a heat map is read), columns by consequence. */
  rows: HeatMapCell[][];
}

/** The id of a cell, as counts are keyed. */
export const heatMapCellId = (likelihood: number, consequence: number): string =>
  `${likelihood}x${consequence}`;

/** The level number of a scale option such as "4 - Likely"; undefined when it has none. */
export function levelNumberOf(option: string | null | undefined): number | undefined {
  const match = /^\s*(\d+)\b/.exec(option ?? '');
  return match ? Number(match[1]) : undefined;
}

export function riskHeatMap(
  matrix: RiskMatrixConfig,
  counts: ReadonlyMap<string, number>,
): HeatMap {
  const rows = matrixCells(matrix).map((row) =>
    row.map((cell) => ({
      likelihood: cell.likelihood,
      consequence: cell.consequence,
      bandId: cell.band.id,
      bandLabel: cell.band.label,
      count: counts.get(heatMapCellId(cell.likelihood, cell.consequence)) ?? 0,
    })),
  );
  return {
    likelihoodLabels: matrix.likelihood.map((l) => l.label),
    consequenceLabels: matrix.consequence.map((c) => c.label),
    rows: rows.reverse(),
  };
}
