/**
 * Which domain guard decides each of the app's validated Jira transitions. No rule lives here:
 * the Jira statuses are mapped to the domain's states and the domain answers with its reasons.
 */
import {
  evaluateAiSystemTransition,
  evaluateImpactAssessmentTransition,
} from '../domain/ai-system';
import { evaluateIncidentTransition } from '../domain/incident';
import type { Reason } from '../domain/lifecycle/reason';
import { auditRequirements } from '../domain/audit-programme';
import { evaluateAiRiskTransition } from '../domain/lifecycle/ai-risk-lifecycle';
import { reopeningRequirements } from '../domain/lifecycle/reopening-requirements';
import type { FindingReopening } from '../domain/nonconformity';
import {
  auditFindingRequirements,
  findingRegradeRequirements,
  findingReopeningRequirements,
  correctiveActionStepFrom,
  evaluateCorrectiveActionTransition,
  evaluateTransition,
} from '../domain/nonconformity';
import type { RiskMatrixConfig } from '../domain/risk';
import { controlDecisionRequirements } from '../domain/soa';
import type { AimsIssue } from '../jira/aims-issue';
import type { AppConfig } from '../storage/app-config';
import { aiRiskFacts, aiRiskStateOf, AI_RISK_FIELD_KEYS } from '../jira/facts/ai-risk-facts-reader';
import { auditFacts, AUDIT_FIELD_KEYS } from '../jira/facts/audit-facts-reader';
import { aiControlFacts, AI_CONTROL_FIELD_KEYS } from '../jira/facts/ai-control-facts-reader';
import {
  aiSystemFacts,
  aiSystemStateOf,
  AI_SYSTEM_FIELD_KEYS,
} from '../jira/facts/ai-system-facts-reader';
import {
  IMPACT_ASSESSMENT_FIELD_KEYS,
  impactAssessmentFacts,
  impactAssessmentStateOf,
} from '../jira/facts/impact-assessment-facts-reader';
import {
  AI_INCIDENT_FIELD_KEYS,
  incidentFacts,
  incidentStateOf,
} from '../jira/facts/incident-facts-reader';
import {
  auditFindingFacts,
  AUDIT_FINDING_FIELD_KEYS,
} from '../jira/facts/audit-finding-facts-reader';
import { findingGrade } from '../jira/jira-option-values';
import {
  correctiveActionFacts,
  correctiveActionStateOf,
  CORRECTIVE_ACTION_FIELD_KEYS,
} from '../jira/facts/corrective-action-facts-reader';
import type { CorrectiveActionSnapshot } from '../jira/facts/nonconformity-facts-reader';
import {
  NONCONFORMITY_FIELD_KEYS,
  nonconformityFacts,
  nonconformityStateOf,
} from '../jira/facts/nonconformity-facts-reader';
import type { ResolvedRule } from './rule-configuration';

/** The logical fields a workflow's guards read. */
export function guardFieldKeys(workflowKey: ResolvedRule['workflow']['key']): readonly string[] {
  switch (workflowKey) {
    case 'nonconformity':
      return NONCONFORMITY_FIELD_KEYS;
    case 'correctiveAction':
      return CORRECTIVE_ACTION_FIELD_KEYS;
    case 'aiRisk':
      return AI_RISK_FIELD_KEYS;
    case 'auditFinding':
      return AUDIT_FINDING_FIELD_KEYS;
    case 'audit':
      return AUDIT_FIELD_KEYS;
    case 'impactAssessment':
      return IMPACT_ASSESSMENT_FIELD_KEYS;
    case 'aiControl':
      return AI_CONTROL_FIELD_KEYS;
    case 'aiIncident':
      return AI_INCIDENT_FIELD_KEYS;
    case 'aiSystem':
      return AI_SYSTEM_FIELD_KEYS;
    default:
      return [];
  }
}

export interface TransitionCheck {
  rule: ResolvedRule;
  /** Logical key of the status the issue leaves. */
  fromStatusKey: string | undefined;
  issue: AimsIssue;
  config: AppConfig;
  matrix: RiskMatrixConfig;
  /** A Nonconformity's linked Corrective Actions (status, assignee). */
  correctiveActions: readonly CorrectiveActionSnapshot[];
  /** The comment written on the transition, if any. */
  transitionComment: string | null;
  /** A Nonconformity's last ineffective effectiveness review (loops record), if any. */
  lastIneffectiveReviewAt?: string | null;
  /** The issue before the transition screen's changes (read for a re-grade). */
  originalIssue?: AimsIssue;
  /** An AI Risk's recorded deciders (approver, accepter) who are AIMS managers. */
  managerAccountIds?: readonly string[];
}

const isFindingReopening = (key: string): key is FindingReopening =>
  key === 'reopen' || key === 'reopenWithNonconformity';

/** Every unmet requirement of the transition; empty when it may happen. */
export function transitionRequirements(check: TransitionCheck): readonly Reason[] {
  const { rule, fromStatusKey, issue } = check;
  const to = rule.transition.to;
  if (rule.workflow.key === 'auditFinding' && isFindingReopening(rule.transition.key))
    return [
      ...reopeningRequirements(check.transitionComment),
      ...findingReopeningRequirements(
        rule.transition.key,
        auditFindingFacts(issue, check.config).nonconformities,
      ),
    ];
  if (rule.transition.key === 'reopen') return reopeningRequirements(check.transitionComment);
  switch (rule.workflow.key) {
    case 'nonconformity':
      return evaluateTransition(
        nonconformityStateOf(fromStatusKey) ?? String(fromStatusKey),
        nonconformityStateOf(to) ?? to,
        nonconformityFacts(issue, check.correctiveActions, check.lastIneffectiveReviewAt ?? null),
      ).reasons;
    case 'correctiveAction': {
      const from = correctiveActionStateOf(fromStatusKey) ?? String(fromStatusKey);
      const target = correctiveActionStateOf(to) ?? to;
      return evaluateCorrectiveActionTransition(
        correctiveActionStepFrom(from, target),
        target,
        correctiveActionFacts(issue),
      ).reasons;
    }
    case 'aiRisk':
      return evaluateAiRiskTransition(
        aiRiskStateOf(fromStatusKey) ?? String(fromStatusKey),
        aiRiskStateOf(to) ?? to,
        aiRiskFacts(
          issue,
          check.matrix,
          check.config,
          check.transitionComment,
          check.managerAccountIds,
        ),
      ).reasons;
    case 'auditFinding':
      if (rule.transition.key === 'regrade') {
        const facts = auditFindingFacts(issue, check.config);
        return findingRegradeRequirements({
          from: findingGrade((check.originalIssue ?? issue).values.findingGrade),
          to: facts.grade,
          reason: check.transitionComment,
          nonconformities: facts.nonconformities,
        });
      }
      if (rule.transition.key !== 'ncRaised' && rule.transition.key !== 'close') return [];
      return auditFindingRequirements(rule.transition.key, auditFindingFacts(issue, check.config));
    case 'audit':
      if (
        rule.transition.key !== 'start' &&
        rule.transition.key !== 'report' &&
        rule.transition.key !== 'close'
      )
        return [];
      return auditRequirements(rule.transition.key, auditFacts(issue));
    case 'aiSystem':
      return evaluateAiSystemTransition(
        aiSystemStateOf(fromStatusKey) ?? String(fromStatusKey),
        aiSystemStateOf(to) ?? to,
        aiSystemFacts(issue, check.config),
      ).reasons;
    case 'impactAssessment':
      return evaluateImpactAssessmentTransition(
        impactAssessmentStateOf(fromStatusKey) ?? String(fromStatusKey),
        impactAssessmentStateOf(to) ?? to,
        impactAssessmentFacts(issue, check.config),
      ).reasons;
    case 'aiControl':
      if (rule.transition.key !== 'start' && rule.transition.key !== 'complete') return [];
      return controlDecisionRequirements(rule.transition.key, aiControlFacts(issue));
    case 'aiIncident':
      return evaluateIncidentTransition(
        incidentStateOf(fromStatusKey) ?? String(fromStatusKey),
        incidentStateOf(to) ?? to,
        incidentFacts(issue, check.config),
      ).reasons;
    default:
      return [];
  }
}
