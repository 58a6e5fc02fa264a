/** Sets the "Inherent / Residual risk level" fields from the domain's matrix (6.1.2). */
import { route } from '@forge/api';
import { assessRisk, RiskLevelOutOfScaleError } from '../domain/risk';
import type { RiskMatrixConfig } from '../domain/risk';
import type { AimsIssue } from '../jira/aims-issue';
import { toJiraFields } from '../jira/aims-issue';
import type { ProductClient } from '../jira/product-client';
import type { ProvisioningState } from '../storage/provisioning-state';
import { scaleLevel } from '../jira/jira-option-values';

type LevelField = 'inherentLevel' | 'residualLevel';

/** The level option a likelihood × consequence pair scores on the matrix; undefined if unrated. */
export function levelOptionOf(
  matrix: RiskMatrixConfig,
  likelihood: unknown,
  consequence: unknown,
): string | undefined {
  const l = scaleLevel(typeof likelihood === 'string' ? likelihood : null);
  const c = scaleLevel(typeof consequence === 'string' ? consequence : null);
  if (l === null || c === null) return undefined;
  try {
    // The level options are the band labels (src/jira/risk-option-sync.ts keeps them so).
    return assessRisk(matrix, l, c).band.label;
  } catch (err) {
    if (err instanceof RiskLevelOutOfScaleError) return undefined;
    throw err;
  }
}

/** The level fields that differ from what the matrix says (empty when already right: idempotent). */
export function levelUpdates(
  risk: AimsIssue,
  matrix: RiskMatrixConfig,
  which: readonly LevelField[],
): Partial<Record<LevelField, string>> {
  const v = risk.values;
  const wanted: Record<LevelField, string | undefined> = {
    inherentLevel: levelOptionOf(matrix, v.likelihood, v.consequence),
    residualLevel: levelOptionOf(matrix, v.residualLikelihood, v.residualConsequence),
  };
  const out: Partial<Record<LevelField, string>> = {};
  for (const field of which) {
    const level = wanted[field];
    if (level && v[field] !== level) out[field] = level;
  }
  return out;
}

export async function recordRiskLevels(
  client: ProductClient,
  state: ProvisioningState,
  risk: AimsIssue,
  matrix: RiskMatrixConfig,
  which: readonly LevelField[],
): Promise<Partial<Record<LevelField, string>>> {
  const updates = levelUpdates(risk, matrix, which);
  if (Object.keys(updates).length === 0) return updates;
  await client.sendNoContent(route`/rest/api/3/issue/${risk.key}`, 'PUT', {
    fields: toJiraFields(state, updates),
  });
  return updates;
}
