import { defineGuardedMachine } from '../lifecycle/guarded-machine';
import type { TransitionEvaluation } from '../lifecycle/guarded-machine';
import { hasText } from '../lifecycle/has-text';
import { reasonsIn } from '../lifecycle/reason';
import type { Reason } from '../lifecycle/reason';

/**
 * AI system impact assessment (6.1.4, 8.4, A.5.2–A.5.5): draft → in assessment → completed, and
 * reopened when its review falls due or its AI system changes significantly. Completing it needs
 * the assessed consequences for individuals, groups of individuals and societies, the foreseeable
 * misuse, the context and jurisdiction, who assessed it and when, when it is reviewed next, its
 * AI system and the risks it informs.
 */
export const IMPACT_ASSESSMENT_STATE_IDS = ['draft', 'in-assessment', 'completed'] as const;
export type ImpactAssessmentState = (typeof IMPACT_ASSESSMENT_STATE_IDS)[number];

export const IMPACT_ASSESSMENT_STATE_LABELS: Readonly<Record<ImpactAssessmentState, string>> = {
  draft: 'Draft',
  'in-assessment': 'In assessment',
  completed: 'Completed',
};

export interface ImpactAssessmentFacts {
  readonly consequencesForIndividuals?: string | null;
  readonly consequencesForGroups?: string | null;
  readonly consequencesForSocieties?: string | null;
  readonly foreseeableMisuse?: string | null;
  readonly contextAndJurisdiction?: string | null;
  readonly assessorAccountId?: string | null;
  /** `YYYY-MM-DD`. */
  readonly assessedOn?: string | null;
  /** `YYYY-MM-DD`. */
  readonly nextReviewDate?: string | null;
  /** The AI systems it assesses (keys). */
  readonly aiSystems: readonly string[];
  /** The AI risks it informs (keys). */
  readonly risks: readonly string[];
}

/** What completing an impact assessment needs, each a message key `impactAssessment.<name>` (the name is the code unless given). */
export const IMPACT_ASSESSMENT_MESSAGE_NAMES = [
  'individuals-missing',
  'groups-missing',
  'societies-missing',
  'misuse-missing',
  'context-missing',
  'assessor-missing',
  'date-missing',
  'next-review-missing',
  'next-review-too-early',
  'ai-system-missing',
  'risks-missing',
] as const;
type MessageName = (typeof IMPACT_ASSESSMENT_MESSAGE_NAMES)[number];

const reason = reasonsIn<MessageName>('impactAssessment');

/** Each text the assessment must hold, with what a person is asked to write. */
const TEXT_REQUIREMENTS: readonly [keyof ImpactAssessmentFacts, MessageName, string][] = [
  [
    'consequencesForIndividuals',
    'individuals-missing',
    'Describe the assessed consequences for individuals (A.5.4).',
  ],
  [
    'consequencesForGroups',
    'groups-missing',
    'Describe the assessed consequences for groups of individuals (A.5.4).',
  ],
  [
    'consequencesForSocieties',
    'societies-missing',
    'Describe the assessed consequences for societies (A.5.5).',
  ],
  [
    'foreseeableMisuse',
    'misuse-missing',
    'Describe the reasonably foreseeable misuse considered (6.1.4).',
  ],
  [
    'contextAndJurisdiction',
    'context-missing',
    'Describe the context of use and the jurisdictions that apply (6.1.4).',
  ],
];

/** What completing the assessment needs; empty when it may be completed. */
export function completionRequirements(facts: ImpactAssessmentFacts): Reason[] {
  const reasons: Reason[] = [];
  for (const [field, code, message] of TEXT_REQUIREMENTS) {
    const value = facts[field];
    if (!hasText(typeof value === 'string' ? value : null)) reasons.push(reason(code, message));
  }
  if (!hasText(facts.assessorAccountId)) {
    reasons.push(reason('assessor-missing', 'Name the assessor who carried out the assessment.'));
  }
  if (!hasText(facts.assessedOn)) {
    reasons.push(reason('date-missing', 'Enter the date of the assessment.'));
  }
  if (!hasText(facts.nextReviewDate)) {
    reasons.push(
      reason('next-review-missing', 'Set the next review date of the assessment (8.4).'),
    );
  } else if (hasText(facts.assessedOn) && facts.nextReviewDate <= facts.assessedOn) {
    reasons.push(
      reason('next-review-too-early', 'The next review date must come after the assessment date.'),
    );
  }
  if (facts.aiSystems.length === 0) {
    reasons.push(
      reason('ai-system-missing', 'Link the AI system this assessment is about ("assesses").'),
    );
  }
  if (facts.risks.length === 0) {
    reasons.push(
      reason(
        'risks-missing',
        'Link the AI risks this assessment informs ("informs"): its results feed the risk assessment (6.1.4).',
      ),
    );
  }
  return reasons;
}

const free = (): Reason[] => [];

export const impactAssessmentMachine = defineGuardedMachine<
  ImpactAssessmentState,
  ImpactAssessmentFacts,
  Reason
>({
  states: IMPACT_ASSESSMENT_STATE_IDS,
  transitions: [
    { from: 'draft', to: 'in-assessment', label: 'Start assessment', guard: free },
    {
      from: 'in-assessment',
      to: 'completed',
      label: 'Complete assessment',
      guard: completionRequirements,
    },
    { from: 'completed', to: 'in-assessment', label: 'Reopen assessment', guard: free },
  ],
  notATransition: (from, to) => ({
    code: 'not-an-impact-assessment-step',
    message: `An impact assessment cannot move from "${from}" to "${to}" (its steps are ${IMPACT_ASSESSMENT_STATE_IDS.join(' → ')}).`,
  }),
});

export function evaluateImpactAssessmentTransition(
  from: string,
  to: string,
  facts: ImpactAssessmentFacts,
): TransitionEvaluation {
  return impactAssessmentMachine.evaluateTransition(from, to, facts);
}
