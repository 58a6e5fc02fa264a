/** Jira AI Risk issue → the domain's AiRiskLifecycleFacts and lifecycle state (6.1.2, 6.1.3). */
import type { AiRiskLifecycleFacts, AiRiskState } from '../../domain/lifecycle/ai-risk-lifecycle';
import type { RiskMatrixConfig } from '../../domain/risk';
import type { AimsIssue } from '../aims-issue';
import { RISK_ASSESSMENT_FIELD_KEYS, RISK_TREATMENT_FIELD_KEYS } from '../aims-schema';
import type { AppConfig } from '../../storage/app-config';
import { linkedIssues } from '../aims-links';
import { accountIdOf, scaleLevel, textOf, treatmentOption } from '../jira-option-values';

/** The AI Risk fields the lifecycle reads: its assessment, then its treatment and acceptance. */
export const AI_RISK_FIELD_KEYS = [
  ...RISK_ASSESSMENT_FIELD_KEYS,
  ...RISK_TREATMENT_FIELD_KEYS,
] as const;

const RISK_STATES: Record<string, AiRiskState> = {
  riskIdentified: 'identified',
  riskAssessed: 'assessed',
  riskTreatmentPlanned: 'treatment-planned',
  riskMonitoring: 'treated',
  riskClosed: 'closed',
};

export function aiRiskStateOf(statusKey: string | undefined): AiRiskState | undefined {
  return statusKey ? RISK_STATES[statusKey] : undefined;
}

/** Jira's date-time ("2025-01-31T09:30:00.000+0000") as ISO 8601 with a colon offset, or as given. */
export function isoDateTime(value: string | null): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(time) ? value : new Date(time).toISOString();
}

/**
 * The facts of an AI risk. Linked controls are the AI Control issues linked with 'mitigates'
 * (their keys; the lifecycle only needs to know which controls carry out the treatment).
 * `closureReason` is what the person wrote when closing (the transition's comment).
 */
export function aiRiskFacts(
  risk: AimsIssue,
  matrix: RiskMatrixConfig,
  config: AppConfig,
  closureReason?: string | null,
): AiRiskLifecycleFacts {
  const v = risk.values;
  const residualLikelihood = scaleLevel(v.residualLikelihood);
  const residualConsequence = scaleLevel(v.residualConsequence);
  const approver = accountIdOf(v.riskAcceptedBy);
  const approvedAt = isoDateTime(textOf(v.riskAcceptedAt));
  return {
    matrix,
    likelihood: scaleLevel(v.likelihood),
    consequence: scaleLevel(v.consequence),
    treatment: treatmentOption(v.treatmentOption),
    linkedControls: linkedIssues(risk, 'mitigates', config.issueTypeNames.aiControl).map(
      (l) => l.issue.key,
    ),
    residual:
      residualLikelihood !== null && residualConsequence !== null
        ? { likelihood: residualLikelihood, consequence: residualConsequence }
        : null,
    acceptance:
      approver || approvedAt
        ? {
            ...(approver ? { approverAccountId: approver } : {}),
            ...(approvedAt ? { approvedAt } : {}),
          }
        : null,
    closureReason: closureReason ?? null,
  };
}
