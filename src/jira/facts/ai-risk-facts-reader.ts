/** Jira AI Risk issue → the domain's AiRiskLifecycleFacts and lifecycle state (6.1.2, 6.1.3). */
import type { AiRiskLifecycleFacts, AiRiskState } from '../../domain/lifecycle/ai-risk-lifecycle';
import type { RecordedDecision, RiskMatrixConfig } from '../../domain/risk';
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

const decisionOf = (
  by: AimsIssue['values'][string] | undefined,
  at: AimsIssue['values'][string] | undefined,
): RecordedDecision | null => {
  const byAccountId = accountIdOf(by);
  const when = isoDateTime(textOf(at));
  return byAccountId || when
    ? { ...(byAccountId ? { byAccountId } : {}), ...(when ? { at: when } : {}) }
    : null;
};

/** The people recorded as deciding on the risk (treatment approver, accepter): account ids. */
export function riskDeciders(risk: AimsIssue): string[] {
  const v = risk.values;
  const ids = [accountIdOf(v.treatmentApprovedBy), accountIdOf(v.riskAcceptedBy)];
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

/**
 * The facts of an AI risk. Linked controls are the AI Control issues linked with 'mitigates'
 * (their keys; the lifecycle only needs to know which controls carry out the treatment).
 * `closureReason` is what the person wrote when closing (the transition's comment);
 * `managerAccountIds` which of the risk's deciders (riskDeciders) are AIMS managers.
 */
export function aiRiskFacts(
  risk: AimsIssue,
  matrix: RiskMatrixConfig,
  config: AppConfig,
  closureReason?: string | null,
  managerAccountIds: readonly string[] = [],
): AiRiskLifecycleFacts {
  const v = risk.values;
  const residualLikelihood = scaleLevel(v.residualLikelihood);
  const residualConsequence = scaleLevel(v.residualConsequence);
  return {
    matrix,
    likelihood: scaleLevel(v.likelihood),
    consequence: scaleLevel(v.consequence),
    consequences: {
      organization: textOf(v.riskConsequenceOrganization),
      individuals: textOf(v.riskConsequenceIndividuals),
      societies: textOf(v.riskConsequenceSocieties),
    },
    ownerAccountId: accountIdOf(v.riskOwner),
    reassessmentDate: textOf(v.riskReassessmentDate),
    treatment: treatmentOption(v.treatmentOption),
    treatmentApproval: decisionOf(v.treatmentApprovedBy, v.treatmentApprovedAt),
    linkedControls: linkedIssues(risk, 'mitigates', config.issueTypeNames.aiControl).map(
      (l) => l.issue.key,
    ),
    residual:
      residualLikelihood !== null && residualConsequence !== null
        ? { likelihood: residualLikelihood, consequence: residualConsequence }
        : null,
    acceptance: decisionOf(v.riskAcceptedBy, v.riskAcceptedAt),
    managerAccountIds,
    closureReason: closureReason ?? null,
  };
}
