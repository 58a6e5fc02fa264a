/** Jira AI System issue → the domain's AiSystemLifecycleFacts and life-cycle state (A.6, 6.1.4). */
import type {
  AiSystemLifecycleFacts,
  AiSystemState,
  LinkedRecordFact,
} from '../../domain/ai-system';
import type { AppConfig } from '../../storage/app-config';
import type { AimsIssue, AimsLink } from '../aims-issue';
import { linkedIssues } from '../aims-links';
import { textOf } from '../jira-option-values';
import type { AimsStatusKey } from '../aims-schema';

const SYSTEM_STATES: Record<string, AiSystemState> = {
  systemProposed: 'proposed',
  systemInDevelopment: 'in-development',
  systemInOperation: 'in-operation',
  systemRetired: 'retired',
};

export function aiSystemStateOf(statusKey: string | undefined): AiSystemState | undefined {
  return statusKey ? SYSTEM_STATES[statusKey] : undefined;
}

/** A risk counts as assessed once it has left "Identified" (assessed, treated, monitored or closed). */
const ASSESSED_RISK_STATUSES: ReadonlySet<AimsStatusKey> = new Set([
  'riskAssessed',
  'riskTreatmentPlanned',
  'riskMonitoring',
  'riskClosed',
]);

const fact = (
  link: AimsLink,
  done: (key: AimsStatusKey | undefined) => boolean,
): LinkedRecordFact => ({
  key: link.issue.key,
  done: done(link.issue.statusKey),
});

/**
 * The facts of an AI system: its linked impact assessments ("assesses") and whether each is
 * completed, its linked AI risks ("affects") and whether each is assessed, read from the links'
 * statuses (no further request).
 */
/** The AI System fields its guards read (A.8.3). */
export const AI_SYSTEM_FIELD_KEYS = ['adverseImpactReporting'] as const;

export function aiSystemFacts(system: AimsIssue, config: AppConfig): AiSystemLifecycleFacts {
  const names = config.issueTypeNames;
  return {
    impactAssessments: linkedIssues(system, 'assesses', names.impactAssessment).map((l) =>
      fact(l, (s) => s === 'impactCompleted'),
    ),
    risks: linkedIssues(system, 'affects', names.aiRisk).map((l) =>
      fact(l, (s) => s !== undefined && ASSESSED_RISK_STATUSES.has(s)),
    ),
    adverseImpactReporting: textOf(system.values.adverseImpactReporting),
  };
}
