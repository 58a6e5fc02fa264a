/** Every cell of the matrix with its score and band (for heat maps and checks). */
import { assessRisk } from './assess-risk';
import type { RiskAssessment } from './assess-risk';
import type { RiskMatrixConfig } from './risk-matrix-config';

/** Rows by likelihood (1 first), columns by consequence (1 first). */
export function matrixCells(config: RiskMatrixConfig): RiskAssessment[][] {
  return config.likelihood.map((_l, li) =>
    config.consequence.map((_c, ci) => assessRisk(config, li + 1, ci + 1)),
  );
}
