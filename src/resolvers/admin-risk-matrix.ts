/**
 * The admin page's risk matrix functions (clause 6.1.2 risk criteria): read the matrix in force,
 * check a new one (and how many rated risks it would put off its scale), and save it. Saving a
 * matrix that puts risks off the scale needs the admin to confirm that very number, so a change
 * never silently leaves risks rated on levels that no longer exist. Saving brings the AI Risk's
 * select options in line with the new labels (risk-option-sync.ts).
 */
import type Resolver from '@forge/resolver';
import { z } from 'zod';
import { DEFAULT_RISK_MATRIX, InvalidRiskMatrixError, parseRiskMatrixConfig } from '../domain/risk';
import type { RiskMatrixConfig } from '../domain/risk';
import { Refusal } from '../domain/refusal';
import { loadActiveAims } from '../jira/active-aims';
import { jiraAsUser } from '../jira/forge-clients';
import { riskMatrixImpact } from '../jira/risk-matrix-impact';
import type { RiskMatrixImpact } from '../jira/risk-matrix-impact';
import { syncRiskOptions } from '../jira/risk-option-sync';
import { loadStoredRiskMatrix, saveRiskMatrix } from '../storage/risk-matrix';
import { defineAdminFunction } from './admin-function';
import { viewerAccountId } from './resolver-outcome';

/** The matrix as sent by the page: checked by the domain, every problem named. */
function matrixOf(input: unknown): RiskMatrixConfig {
  try {
    return parseRiskMatrixConfig(input);
  } catch (err) {
    if (err instanceof InvalidRiskMatrixError)
      throw new Refusal('The risk matrix was not saved: fix what is listed.', err.reasons);
    throw err;
  }
}

/** The impact on the provisioned project's risks (none before provisioning: no risk exists). */
async function impactOf(matrix: RiskMatrixConfig): Promise<RiskMatrixImpact> {
  const aims = await loadActiveAims();
  if (!aims) return { offScaleRisks: 0, jql: null };
  return riskMatrixImpact(jiraAsUser(), aims.state, matrix);
}

const offScaleMessage = (count: number): string =>
  `${count} AI ${count === 1 ? 'risk is' : 'risks are'} rated above the new scale. Their ratings stay as they are, but they no longer fit the matrix: each must be re-rated before its next transition. Confirm to save.`;

export function defineRiskMatrixFunctions(resolver: Resolver): void {
  defineAdminFunction(resolver, 'getRiskMatrix', 'see the risk matrix', z.object({}), async () => {
    const stored = await loadStoredRiskMatrix();
    return {
      matrix: stored?.matrix ?? DEFAULT_RISK_MATRIX,
      isDefault: !stored,
      changedBy: stored?.changedBy ?? null,
      changedAt: stored?.changedAt ?? null,
    };
  });

  /** Checks a matrix without saving it: its problems, or how many risks it puts off the scale. */
  defineAdminFunction(
    resolver,
    'checkRiskMatrix',
    'check a risk matrix',
    z.object({ matrix: z.unknown() }),
    async ({ matrix }) => {
      const checked = matrixOf(matrix);
      return { impact: await impactOf(checked) };
    },
  );

  defineAdminFunction(
    resolver,
    'saveRiskMatrix',
    'change the risk matrix',
    z.object({
      matrix: z.unknown(),
      /** The number of off-scale risks the admin saw and accepted (must match the count now). */
      confirmedOffScaleRisks: z.number().int().min(0).optional(),
    }),
    async ({ matrix, confirmedOffScaleRisks }, context) => {
      const checked = matrixOf(matrix);
      const impact = await impactOf(checked);
      if (impact.offScaleRisks > 0 && confirmedOffScaleRisks !== impact.offScaleRisks) {
        throw new Refusal('The risk matrix was not saved: confirm its effect on the rated risks.', [
          offScaleMessage(impact.offScaleRisks),
        ]);
      }
      const stored = await saveRiskMatrix({
        matrix: checked,
        changedBy: viewerAccountId(context),
        changedAt: new Date().toISOString(),
      });
      const aims = await loadActiveAims();
      const optionsChanged = aims ? await syncRiskOptions(jiraAsUser(), aims.state, checked) : 0;
      return {
        matrix: stored.matrix,
        changedBy: stored.changedBy,
        changedAt: stored.changedAt,
        impact,
        optionsChanged,
      };
    },
  );
}
