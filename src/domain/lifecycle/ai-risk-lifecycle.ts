import type { TreatmentOption } from '../records/ai-risk';
import { assessRisk } from '../risk/assess-risk';
import type { ResidualRiskInput } from '../risk/residual-acceptance';
import type { DecisionAuthority, RecordedDecision } from '../risk/risk-decision';
import { riskDecisionRequirements } from '../risk/risk-decision';
import { RiskLevelOutOfScaleError } from '../risk/risk-level-out-of-scale-error';
import type { RiskMatrixConfig } from '../risk/risk-matrix-config';
import { defineGuardedMachine } from './guarded-machine';
import type { TransitionEvaluation } from './guarded-machine';
import { hasText } from './has-text';
import type { Reason } from './reason';

/**
 * AI Risk lifecycle (6.1.2 assessment, 6.1.3 treatment, 8.2/8.3 re-assessment):
 * identified → assessed → treatment planned → treated (monitoring) → closed.
 * Scoring and the residual-acceptance rule are src/domain/risk's (not duplicated here).
 */
export const AI_RISK_STATE_IDS = [
  'identified',
  'assessed',
  'treatment-planned',
  'treated',
  'closed',
] as const;
export type AiRiskState = (typeof AI_RISK_STATE_IDS)[number];

export const AI_RISK_STATE_LABELS: Readonly<Record<AiRiskState, string>> = {
  identified: 'Identified',
  assessed: 'Assessed',
  'treatment-planned': 'Treatment planned',
  treated: 'Treated / monitoring',
  closed: 'Closed',
};

export interface AiRiskLifecycleFacts {
  /** The site's risk matrix (likelihood and consequence scales, bands, appetite). */
  readonly matrix: RiskMatrixConfig;
  readonly likelihood?: number | null;
  readonly consequence?: number | null;
  readonly treatment?: TreatmentOption | null;
  /** Controls (`ISO42001:A.x` or `ORG:x`) linked to the risk as its treatment. */
  readonly linkedControls?: readonly string[];
  /** The consequences assessed for the organization, for individuals and for societies (6.1.2 d). */
  readonly consequences?: RiskConsequences;
  /** Who owns the risk (accountable for its treatment and acceptance), as an account id. */
  readonly ownerAccountId?: string | null;
  /** When the risk is assessed again (YYYY-MM-DD; 8.2). */
  readonly reassessmentDate?: string | null;
  /** Who approved the treatment plan, and when (6.1.3 f). */
  readonly treatmentApproval?: RecordedDecision | null;
  /** The residual risk after treatment. */
  readonly residual?: ResidualRiskInput | null;
  /** Who accepted the residual (or, when retained, the inherent) risk, and when. */
  readonly acceptance?: RecordedDecision | null;
  /** Which of the people recorded as approver or accepter are AIMS managers (account ids). */
  readonly managerAccountIds?: readonly string[];
  /** Why the risk no longer needs treatment or monitoring. */
  readonly closureReason?: string | null;
}

export interface RiskConsequences {
  readonly organization?: string | null;
  readonly individuals?: string | null;
  readonly societies?: string | null;
}

const reason = (code: string, message: string): Reason => ({ code, message });

const CONSEQUENCE_FIELDS: readonly { key: keyof RiskConsequences; who: string }[] = [
  { key: 'organization', who: 'the organization' },
  { key: 'individuals', who: 'individuals' },
  { key: 'societies', who: 'societies' },
];

/** Consequences for each party, the owner and the reassessment date (6.1.2 d, 8.2). */
function assessmentRecordRequirements(facts: AiRiskLifecycleFacts): Reason[] {
  const reasons: Reason[] = CONSEQUENCE_FIELDS.filter(
    ({ key }) => !hasText(facts.consequences?.[key]),
  ).map(({ key, who }) =>
    reason(
      `consequences-${key}-missing`,
      `Assess the consequences for ${who} (6.1.2 d); write "none foreseen" and why if there are none.`,
    ),
  );
  if (!hasText(facts.ownerAccountId))
    reasons.push(reason('owner-missing', 'Name the risk owner (6.1.2 d).'));
  if (!hasText(facts.reassessmentDate))
    reasons.push(
      reason('reassessment-date-missing', 'Set the date the risk is assessed again (8.2).'),
    );
  return reasons;
}

const authorityOf = (facts: AiRiskLifecycleFacts): DecisionAuthority => ({
  ownerAccountId: facts.ownerAccountId ?? null,
  managerAccountIds: facts.managerAccountIds ?? [],
});

/** Treatment options that need at least one linked control; only retaining the risk does not. */
export const treatmentNeedsControls = (option: TreatmentOption): boolean => option !== 'retain';

function assessmentRequirements(facts: AiRiskLifecycleFacts): Reason[] {
  const { likelihood, consequence } = facts;
  const reasons: Reason[] = [];
  if (likelihood === undefined || likelihood === null) {
    reasons.push(reason('likelihood-missing', 'Rate the likelihood of the risk (6.1.2).'));
  }
  if (consequence === undefined || consequence === null) {
    reasons.push(reason('consequence-missing', 'Rate the consequence of the risk (6.1.2).'));
  }
  if (reasons.length === 0) {
    try {
      assessRisk(facts.matrix, likelihood as number, consequence as number);
    } catch (error) {
      if (!(error instanceof RiskLevelOutOfScaleError)) throw error;
      reasons.push(reason('level-out-of-scale', `${error.message} (6.1.2).`));
    }
  }
  return [...reasons, ...assessmentRecordRequirements(facts)];
}

/** The risk that is accepted: the residual risk, or the inherent one when it is retained as is. */
const acceptedRisk = (facts: AiRiskLifecycleFacts): ResidualRiskInput =>
  facts.residual ?? {
    likelihood: facts.likelihood as number,
    consequence: facts.consequence as number,
  };

/**
 * Called once the assessment holds and either a residual is rated or the risk is retained: the
 * acceptance recorded (who, when) by the owner or AIMS management, only management above appetite.
 */
function acceptanceRequirements(facts: AiRiskLifecycleFacts): Reason[] {
  const accepted = acceptedRisk(facts);
  let assessment;
  try {
    assessment = assessRisk(facts.matrix, accepted.likelihood, accepted.consequence);
  } catch (error) {
    if (!(error instanceof RiskLevelOutOfScaleError)) throw error;
    return [reason('residual-out-of-scale', `Residual risk: ${error.message} (6.1.3).`)];
  }
  const above = assessment.withinAppetite
    ? undefined
    : `${assessment.band.label} (score ${assessment.score})`;
  return riskDecisionRequirements('acceptance', facts.acceptance, authorityOf(facts), above).map(
    (message) => reason('residual-acceptance', message.endsWith('.') ? message : `${message}.`),
  );
}

function treatmentRequirements(facts: AiRiskLifecycleFacts): Reason[] {
  const reasons = assessmentRequirements(facts);
  if (!facts.treatment) {
    reasons.push(
      reason(
        'treatment-missing',
        'Choose a treatment option: modify, avoid, share or retain (6.1.3).',
      ),
    );
    return reasons;
  }
  if (treatmentNeedsControls(facts.treatment) && (facts.linkedControls ?? []).length === 0) {
    reasons.push(
      reason(
        'controls-missing',
        'Link at least one control that carries out the treatment (6.1.3); only a retained risk needs none.',
      ),
    );
  }
  reasons.push(
    ...riskDecisionRequirements(
      'treatment-approval',
      facts.treatmentApproval,
      authorityOf(facts),
    ).map((message) =>
      reason('treatment-approval', message.endsWith('.') ? message : `${message}.`),
    ),
  );
  return reasons;
}

function treatedRequirements(facts: AiRiskLifecycleFacts): Reason[] {
  const reasons = treatmentRequirements(facts);
  if (!facts.residual && facts.treatment !== 'retain') {
    reasons.push(
      reason(
        'residual-missing',
        'Rate the residual risk (likelihood and consequence after treatment) (6.1.3).',
      ),
    );
  } else if (reasons.length === 0) {
    reasons.push(...acceptanceRequirements(facts));
  }
  return reasons;
}

function closingRequirements(facts: AiRiskLifecycleFacts): Reason[] {
  if (hasText(facts.closureReason)) return [];
  return [reason('closure-reason-missing', 'Say why the risk no longer needs monitoring.')];
}

export const aiRiskMachine = defineGuardedMachine<AiRiskState, AiRiskLifecycleFacts, Reason>({
  states: AI_RISK_STATE_IDS,
  transitions: [
    { from: 'identified', to: 'assessed', label: 'Assess', guard: assessmentRequirements },
    {
      from: 'assessed',
      to: 'treatment-planned',
      label: 'Plan treatment',
      guard: treatmentRequirements,
    },
    { from: 'treatment-planned', to: 'assessed', label: 'Re-assess', guard: () => [] },
    {
      from: 'treatment-planned',
      to: 'treated',
      label: 'Treated: monitor',
      guard: treatedRequirements,
    },
    { from: 'treated', to: 'assessed', label: 'Re-assess', guard: () => [] },
    { from: 'treated', to: 'closed', label: 'Close', guard: closingRequirements },
    { from: 'closed', to: 'identified', label: 'Reopen', guard: () => [] },
  ],
  notATransition: (from, to) =>
    reason(
      'not-a-risk-step',
      `An AI risk cannot move from "${from}" to "${to}" (its steps are ${AI_RISK_STATE_IDS.join(' → ')}).`,
    ),
});

export function evaluateAiRiskTransition(
  from: string,
  to: string,
  facts: AiRiskLifecycleFacts,
): TransitionEvaluation {
  return aiRiskMachine.evaluateTransition(from, to, facts);
}
