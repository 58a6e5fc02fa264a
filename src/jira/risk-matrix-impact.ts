/**
 * What a new risk matrix would do to the risks already rated: how many AI Risks hold a likelihood
 * or consequence (inherent or residual) above the new scale. One approximate count, as the admin;
 * with the JQL of those risks so the admin can open them in Jira before confirming.
 */
import type { RiskMatrixConfig } from '../domain/risk';
import type { ProvisioningState } from '../storage/provisioning-state';
import { approximateCount } from './issue-search';
import { scaleLevel } from './jira-option-values';
import type { JqlClause } from './jql-builder';
import { customField, jql } from './jql-builder';
import type { ProductClient } from './product-client';
import { RISK_SCALE_FIELDS, readFieldOptions } from './risk-scale-fields';

export interface RiskMatrixImpact {
  /** AI Risks rated above the new scale (approximate, as Jira counts). */
  offScaleRisks: number;
  /** The JQL of those risks; null when no option lies off the new scale. */
  jql: string | null;
}

export async function riskMatrixImpact(
  client: ProductClient,
  state: ProvisioningState,
  matrix: RiskMatrixConfig,
): Promise<RiskMatrixImpact> {
  const axes = [
    { fields: RISK_SCALE_FIELDS.likelihood, levels: matrix.likelihood.length },
    { fields: RISK_SCALE_FIELDS.consequence, levels: matrix.consequence.length },
  ];
  const clauses: JqlClause[] = [];
  for (const axis of axes)
    for (const fieldKey of axis.fields) {
      const field = await readFieldOptions(client, state, fieldKey);
      const above = (field?.options ?? [])
        .filter((o) => (scaleLevel(o.value) ?? 0) > axis.levels)
        .map((o) => o.value);
      if (field && above.length > 0) clauses.push(jql.in(customField(field.fieldId), above));
    }
  if (clauses.length === 0) return { offScaleRisks: 0, jql: null };
  const riskType = state.issueTypes.aiRisk;
  if (!riskType) return { offScaleRisks: 0, jql: null };
  const where = jql.and(
    jql.eq('project', state.projectKey),
    jql.eq('issuetype', riskType),
    jql.or(...clauses),
  );
  return { offScaleRisks: await approximateCount(client, where), jql: where };
}
