import { formatValidationError } from '../records/format-validation-error';
import { InvalidRiskMatrixError } from './invalid-risk-matrix-error';
import { riskMatrixConfigSchema } from './risk-matrix-config';
import type { RiskMatrixConfig } from './risk-matrix-config';

/**
 * Validates a risk matrix configuration (e.g. read back from storage or sent by the admin
 * page). @throws InvalidRiskMatrixError listing every problem in plain words.
 */
export function parseRiskMatrixConfig(input: unknown): RiskMatrixConfig {
  const result = riskMatrixConfigSchema.safeParse(input);
  if (!result.success) throw new InvalidRiskMatrixError(formatValidationError(result.error));
  return result.data;
}
