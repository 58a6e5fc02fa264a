/**
 * The residual-risk acceptance rule (clause 6.1.3): a residual risk within the risk appetite
 * is acceptable as it is; one above the appetite may be accepted only by a named approver,
 * and the acceptance must record who accepted it and when.
 */
import { z } from 'zod';
import { ACCOUNT_ID_PATTERN } from '../records/record-fields';
import { appetiteBand, assessRisk } from './assess-risk';
import { RiskLevelOutOfScaleError } from './risk-level-out-of-scale-error';
import type { RiskMatrixConfig } from './risk-matrix-config';

export interface ResidualRiskInput {
  readonly likelihood: number;
  readonly consequence: number;
  /** The level recorded on the risk, if any; checked against the matrix. */
  readonly level?: string;
}

export interface AcceptanceInput {
  readonly approverAccountId?: string;
  readonly approvedAt?: string;
}

const isDateTime = (value: string): boolean =>
  z.iso.datetime({ offset: true }).safeParse(value).success;

/**
 * Every reason the residual risk cannot be accepted as recorded; empty when it can.
 */
export function checkResidualAcceptance(
  config: RiskMatrixConfig,
  residual: ResidualRiskInput,
  acceptance?: AcceptanceInput,
): string[] {
  let assessment;
  try {
    assessment = assessRisk(config, residual.likelihood, residual.consequence);
  } catch (error) {
    if (error instanceof RiskLevelOutOfScaleError) return [`Residual risk: ${error.message}`];
    throw error;
  }
  const reasons: string[] = [];
  const { band, score } = assessment;
  if (residual.level !== undefined && residual.level !== band.id) {
    reasons.push(
      `The recorded residual level "${residual.level}" does not match the matrix: ${residual.likelihood} × ${residual.consequence} = ${score} is ${band.label}`,
    );
  }
  if (assessment.withinAppetite) return reasons;

  const appetite = appetiteBand(config);
  const above = `The residual risk is ${band.label} (score ${score}), above the risk appetite (${appetite.label})`;
  const approver = acceptance?.approverAccountId?.trim();
  const approvedAt = acceptance?.approvedAt?.trim();
  if (!approver && !approvedAt) {
    reasons.push(`${above}: accepting it needs an approver, recorded with the time of acceptance`);
    return reasons;
  }
  if (!approver) {
    reasons.push(`${above}: record who accepted it`);
  } else if (!ACCOUNT_ID_PATTERN.test(approver)) {
    reasons.push('The approver must be an Atlassian account ID');
  }
  if (!approvedAt) {
    reasons.push(`${above}: record when it was accepted`);
  } else if (!isDateTime(approvedAt)) {
    reasons.push('The acceptance time must be a date and time like 2025-01-31T09:30:00Z');
  }
  return reasons;
}
