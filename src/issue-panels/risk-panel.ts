import {
  AI_RISK_STATE_LABELS,
  evaluateAiRiskTransition,
} from '../domain/lifecycle/ai-risk-lifecycle';
import type { Reason } from '../domain/lifecycle/reason';
import type { RiskMatrixConfig } from '../domain/risk';
import { appetiteBand, checkResidualAcceptance } from '../domain/risk';
import { linkedIssues } from '../jira/aims-links';
import { AI_RISK_FIELD_KEYS, aiRiskFacts, aiRiskStateOf } from '../jira/facts/ai-risk-facts-reader';
import { formFields } from './panel-form-fields';
import type { PanelInputs } from './panel-inputs';
import { panelUser, refOfIssue, refOfLink, shownText } from './panel-issue-ref';
import { nextSteps } from './panel-next-steps';
import type { ControlRow, RiskPanel, RiskPosition } from './panel-types';
import { riskMatrixView, riskPosition } from './risk-matrix-view';

export const RISK_PANEL_FIELDS = [...AI_RISK_FIELD_KEYS, 'isoReference'] as const;
export const RISK_LINKED_FIELDS = [
  'implementationStatus',
  'isoReference',
  'applicability',
] as const;

/** Which risk fields answer a missing lifecycle requirement (by reason code). */
const REASON_FIELDS: Readonly<Record<string, readonly string[]>> = {
  'likelihood-missing': ['likelihood'],
  'consequence-missing': ['consequence'],
  'treatment-missing': ['treatmentOption'],
  'residual-missing': ['residualLikelihood', 'residualConsequence'],
  'consequences-organization-missing': ['riskConsequenceOrganization'],
  'consequences-individuals-missing': ['riskConsequenceIndividuals'],
  'consequences-societies-missing': ['riskConsequenceSocieties'],
  'owner-missing': ['riskOwner'],
  'reassessment-date-missing': ['riskReassessmentDate'],
  'treatment-approval': ['treatmentApprovedBy', 'treatmentApprovedAt'],
  'residual-acceptance': ['riskAcceptedBy', 'riskAcceptedAt'],
};

function appetiteNotice(
  matrix: RiskMatrixConfig,
  inherent: RiskPosition | null,
  accepted: RiskPosition | null,
  acceptanceReasons: string[],
  residualRated: boolean,
): string | null {
  const appetite = appetiteBand(matrix).label;
  if (accepted && !accepted.withinAppetite) {
    const what = residualRated ? 'The residual risk' : 'The retained risk';
    const head = `${what} is ${accepted.bandLabel} (score ${accepted.score}), above the risk appetite (${appetite}).`;
    // The domain's acceptance reasons already say how far above appetite it is.
    return acceptanceReasons.length > 0
      ? `${acceptanceReasons.join('. ')}.`
      : `${head} Its acceptance is recorded.`;
  }
  if (!accepted && inherent && !inherent.withinAppetite) {
    return `The inherent risk is ${inherent.bandLabel} (score ${inherent.score}), above the risk appetite (${appetite}): treat it, then rate the residual risk.`;
  }
  return null;
}

/** The AI Risk view: the matrix with inherent and residual positions, treatment, controls, acceptance. */
export function buildRiskPanel(
  { issue: risk, linked, config, viewer, managerAccountIds }: PanelInputs,
  matrix: RiskMatrixConfig,
): RiskPanel {
  const facts = aiRiskFacts(risk, matrix, config, null, managerAccountIds);
  const inherent = riskPosition(matrix, facts.likelihood ?? null, facts.consequence ?? null);
  const residual = facts.residual
    ? riskPosition(matrix, facts.residual.likelihood, facts.residual.consequence)
    : null;
  const accepted = residual ?? (facts.treatment === 'retain' ? inherent : null);
  const acceptanceReasons = accepted
    ? checkResidualAcceptance(
        matrix,
        { likelihood: accepted.likelihood, consequence: accepted.consequence },
        facts.acceptance
          ? { approverAccountId: facts.acceptance.byAccountId, approvedAt: facts.acceptance.at }
          : undefined,
      )
    : [];
  const state = aiRiskStateOf(risk.statusKey);
  const reasons: Reason[] = [];
  const next = nextSteps('aiRisk', risk.statusKey, (t) => {
    const r = evaluateAiRiskTransition(
      state ?? String(risk.statusKey),
      aiRiskStateOf(t.to) ?? t.to,
      facts,
    ).reasons;
    reasons.push(...r);
    return r;
  });
  const controls: ControlRow[] = linkedIssues(
    risk,
    'mitigates',
    config.issueTypeNames.aiControl,
  ).map((l) => {
    const control = linked.get(l.issue.key);
    return {
      ...(control ? refOfIssue(control) : refOfLink(l)),
      isoReference: shownText(control?.values.isoReference),
      implementationStatus: shownText(control?.values.implementationStatus),
      applicability: shownText(control?.values.applicability),
    };
  });
  const acceptedBy = risk.values.riskAcceptedBy;
  const formKeys = [...new Set(reasons.flatMap((r) => REASON_FIELDS[r.code] ?? []))];
  return {
    kind: 'risk',
    issue: refOfIssue(risk),
    lifecycleState: state ? AI_RISK_STATE_LABELS[state] : null,
    matrix: riskMatrixView(matrix, inherent, residual),
    inherent,
    residual,
    appetiteNotice: appetiteNotice(
      matrix,
      inherent,
      accepted,
      acceptanceReasons,
      residual !== null,
    ),
    treatmentOption: shownText(risk.values.treatmentOption),
    controls,
    aiSystems: linkedIssues(risk, 'affects', config.issueTypeNames.aiSystem).map(refOfLink),
    acceptance: {
      by:
        acceptedBy && typeof acceptedBy === 'object' && !Array.isArray(acceptedBy)
          ? panelUser(acceptedBy)
          : null,
      at: shownText(risk.values.riskAcceptedAt),
    },
    next,
    form: state === 'closed' ? [] : formFields(formKeys, risk.values, viewer),
  };
}
