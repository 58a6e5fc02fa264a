/** Jira AI Impact Assessment issue → the domain's ImpactAssessmentFacts and state (6.1.4, 8.4). */
import type { ImpactAssessmentFacts, ImpactAssessmentState } from '../../domain/ai-system';
import type { AppConfig } from '../../storage/app-config';
import type { AimsIssue } from '../aims-issue';
import { IMPACT_ASSESSMENT_FIELD_KEYS } from '../aims-schema';
import { linkedIssues } from '../aims-links';
import { accountIdOf, textOf } from '../jira-option-values';

export { IMPACT_ASSESSMENT_FIELD_KEYS };

const ASSESSMENT_STATES: Record<string, ImpactAssessmentState> = {
  impactDraft: 'draft',
  impactInAssessment: 'in-assessment',
  impactCompleted: 'completed',
};

export function impactAssessmentStateOf(
  statusKey: string | undefined,
): ImpactAssessmentState | undefined {
  return statusKey ? ASSESSMENT_STATES[statusKey] : undefined;
}

/** The facts of an impact assessment: its fields, its AI systems and the risks it informs. */
export function impactAssessmentFacts(
  assessment: AimsIssue,
  config: AppConfig,
): ImpactAssessmentFacts {
  const v = assessment.values;
  const names = config.issueTypeNames;
  return {
    consequencesForIndividuals: textOf(v.impactIndividuals),
    consequencesForGroups: textOf(v.impactGroups),
    consequencesForSocieties: textOf(v.impactSocietal),
    foreseeableMisuse: textOf(v.foreseeableMisuse),
    contextAndJurisdiction: textOf(v.assessmentContext),
    assessorAccountId: accountIdOf(v.impactAssessor),
    assessedOn: textOf(v.impactAssessedOn),
    nextReviewDate: textOf(v.impactNextReview),
    aiSystems: linkedIssues(assessment, 'assesses', names.aiSystem).map((l) => l.issue.key),
    risks: linkedIssues(assessment, 'informs', names.aiRisk).map((l) => l.issue.key),
  };
}
