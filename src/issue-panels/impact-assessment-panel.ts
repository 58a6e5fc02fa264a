import { completionRequirements, isImpactReviewDue } from '../domain/ai-system';
import { utcDate } from '../domain/calendar';
import { linkedIssues } from '../jira/aims-links';
import {
  IMPACT_ASSESSMENT_FIELD_KEYS,
  impactAssessmentFacts,
} from '../jira/facts/impact-assessment-facts-reader';
import { panelFacts } from './panel-facts';
import type { PanelInputs } from './panel-inputs';
import { refOfIssue, refOfLink } from './panel-issue-ref';
import { nextSteps } from './panel-next-steps';
import type { ImpactAssessmentPanel } from './panel-types';

export const IMPACT_ASSESSMENT_PANEL_FIELDS = IMPACT_ASSESSMENT_FIELD_KEYS;

/** Who assessed it, when, and when it is reviewed next (the assessment's own texts are on its screen). */
const SHOWN_FACTS = ['impactAssessor', 'impactAssessedOn', 'impactNextReview'] as const;

/**
 * The AI Impact Assessment view (6.1.4, 8.4): who assessed it and when, whether its review is
 * due, its AI systems and the risks it informs, and what completing it still needs.
 */
export function buildImpactAssessmentPanel({
  issue: assessment,
  config,
  now,
}: PanelInputs): ImpactAssessmentPanel {
  const names = config.issueTypeNames;
  const facts = impactAssessmentFacts(assessment, config);
  const due = isImpactReviewDue(
    facts.nextReviewDate,
    assessment.statusKey === 'impactCompleted',
    utcDate(now),
  );
  return {
    kind: 'impactAssessment',
    issue: refOfIssue(assessment),
    facts: panelFacts(assessment, SHOWN_FACTS),
    reviewNotice: due
      ? `Its review was due on ${facts.nextReviewDate ?? ''}: reopen it, check it against the AI system as it is now and complete it again (8.4).`
      : null,
    aiSystems: linkedIssues(assessment, 'assesses', names.aiSystem).map(refOfLink),
    risks: linkedIssues(assessment, 'informs', names.aiRisk).map(refOfLink),
    next: nextSteps('impactAssessment', assessment.statusKey, () => completionRequirements(facts)),
  };
}
