/** Checks that the levels recorded on an AI risk agree with the configured matrix. */
import type { AiRiskRecord } from '../records/ai-risk';
import { assessRisk } from './assess-risk';
import { RiskLevelOutOfScaleError } from './risk-level-out-of-scale-error';
import type { RiskMatrixConfig } from './risk-matrix-config';
import { checkResidualAcceptance } from './residual-acceptance';

/**
 * Every disagreement between the risk record and the matrix: levels off the scale, an
 * inherent level that does not match likelihood × consequence, and (when a residual risk
 * is recorded) the residual acceptance rule. Empty when consistent.
 */
export function checkRiskAgainstMatrix(config: RiskMatrixConfig, risk: AiRiskRecord): string[] {
  const reasons: string[] = [];
  try {
    const inherent = assessRisk(config, risk.likelihood, risk.consequence);
    if (inherent.band.id !== risk.inherentLevel) {
      reasons.push(
        `The recorded risk level "${risk.inherentLevel}" does not match the matrix: ${risk.likelihood} × ${risk.consequence} = ${inherent.score} is ${inherent.band.label}`,
      );
    }
  } catch (error) {
    if (!(error instanceof RiskLevelOutOfScaleError)) throw error;
    reasons.push(error.message);
  }
  if (risk.residual) {
    reasons.push(...checkResidualAcceptance(config, risk.residual, risk.acceptance));
  }
  return reasons;
}
