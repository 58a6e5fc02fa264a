/**
 * The site's risk matrix (clause 6.1.2 risk criteria), as an administrator set it on the admin page;
 * the default 5×5 matrix until one is set. Every part of the app that scores, shows or checks a risk
 * level reads it here. Kept apart from the other settings (AppConfig) so that saving those never
 * touches the matrix: a matrix change goes through its own admin function, which first counts the
 * risks it would put off the scale.
 */
import { z } from 'zod';
import { DEFAULT_RISK_MATRIX, riskMatrixConfigSchema } from '../domain/risk';
import type { RiskMatrixConfig } from '../domain/risk';
import { ACCOUNT_ID_PATTERN } from '../domain/records/record-fields';
import { RISK_MATRIX_KEY } from './kvs-keys';
import { readStored, writeStored } from './stored-value';

export const storedRiskMatrixSchema = z.object({
  matrix: riskMatrixConfigSchema,
  /** Who set it (an Atlassian account ID) and when. */
  changedBy: z.string().regex(ACCOUNT_ID_PATTERN),
  changedAt: z.iso.datetime({ offset: true }),
});
export type StoredRiskMatrix = z.infer<typeof storedRiskMatrixSchema>;

/** The configured matrix with who set it, or undefined while the site uses the default. */
export async function loadStoredRiskMatrix(): Promise<StoredRiskMatrix | undefined> {
  return readStored(RISK_MATRIX_KEY, storedRiskMatrixSchema);
}

/** The matrix in force: the configured one, or DEFAULT_RISK_MATRIX when none is set. */
export async function loadRiskMatrix(): Promise<RiskMatrixConfig> {
  return (await loadStoredRiskMatrix())?.matrix ?? DEFAULT_RISK_MATRIX;
}

export async function saveRiskMatrix(value: StoredRiskMatrix): Promise<StoredRiskMatrix> {
  return writeStored(RISK_MATRIX_KEY, storedRiskMatrixSchema, value);
}
