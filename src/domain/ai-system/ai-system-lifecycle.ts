import { defineGuardedMachine } from '../lifecycle/guarded-machine';
import type { TransitionEvaluation } from '../lifecycle/guarded-machine';
import { hasText } from '../lifecycle/has-text';
import { reasonsIn } from '../lifecycle/reason';
import type { Reason } from '../lifecycle/reason';

/**
 * AI System life cycle (A.6.2, 6.1.4, 6.1.2): proposed → in development → in operation → retired.
 * It goes into operation only once its impact on people is assessed (a completed impact
 * assessment) and its risks are assessed (an AI risk past identification), both linked to it.
 */
export const AI_SYSTEM_STATE_IDS = [
  'proposed',
  'in-development',
  'in-operation',
  'retired',
] as const;
export type AiSystemState = (typeof AI_SYSTEM_STATE_IDS)[number];

export const AI_SYSTEM_STATE_LABELS: Readonly<Record<AiSystemState, string>> = {
  proposed: 'Proposed',
  'in-development': 'In development',
  'in-operation': 'In operation',
  retired: 'Retired',
};

/** A record linked to the AI system: its key and whether it has reached what the step needs. */
export interface LinkedRecordFact {
  readonly key: string;
  /** Completed (impact assessment) or assessed (risk). */
  readonly done: boolean;
}

export interface AiSystemLifecycleFacts {
  /** The impact assessments linked to the AI system ("assesses"). */
  readonly impactAssessments: readonly LinkedRecordFact[];
  /** The AI risks linked to the AI system ("affects"). */
  readonly risks: readonly LinkedRecordFact[];
  /** A.8.3: how interested parties report adverse impacts of the system (channel, handler). */
  readonly adverseImpactReporting?: string | null;
}

/** What putting an AI system into operation needs, each a message key `aiSystem.<name>` (the name is the code unless given). */
export const AI_SYSTEM_MESSAGE_NAMES = [
  'impact-assessment-missing',
  'impact-assessment-not-completed',
  'risk-assessment-missing',
  'risk-assessment-not-assessed',
  'adverse-impact-reporting-missing',
] as const;
type MessageName = (typeof AI_SYSTEM_MESSAGE_NAMES)[number];

const reason = reasonsIn<MessageName>('aiSystem');

const keysOf = (records: readonly LinkedRecordFact[]): string =>
  records.map((r) => r.key).join(', ');

/** What putting the AI system into operation needs; empty when it may go live. */
export function operationRequirements(facts: AiSystemLifecycleFacts): Reason[] {
  const reasons: Reason[] = [];
  if (!facts.impactAssessments.some((a) => a.done)) {
    reasons.push(
      facts.impactAssessments.length === 0
        ? reason(
            'impact-assessment-missing',
            'Link a completed impact assessment of this AI system (6.1.4): none is linked yet.',
          )
        : reason(
            'impact-assessment-missing',
            `Complete an impact assessment of this AI system first (6.1.4): ${keysOf(facts.impactAssessments)} is not completed yet.`,
            { keys: keysOf(facts.impactAssessments) },
            'impact-assessment-not-completed',
          ),
    );
  }
  if (!facts.risks.some((r) => r.done)) {
    reasons.push(
      facts.risks.length === 0
        ? reason(
            'risk-assessment-missing',
            'Link an assessed AI risk of this AI system (6.1.2): no AI risk is linked yet.',
          )
        : reason(
            'risk-assessment-missing',
            `Assess a linked AI risk of this AI system first (6.1.2): ${keysOf(facts.risks)} is only identified.`,
            { keys: keysOf(facts.risks) },
            'risk-assessment-not-assessed',
          ),
    );
  }
  if (!hasText(facts.adverseImpactReporting)) {
    reasons.push(
      reason(
        'adverse-impact-reporting-missing',
        'Say in "Adverse impact reporting" how interested parties report adverse impacts of this AI system (A.8.3).',
      ),
    );
  }
  return reasons;
}

const free = (): Reason[] => [];

export const aiSystemMachine = defineGuardedMachine<AiSystemState, AiSystemLifecycleFacts, Reason>({
  states: AI_SYSTEM_STATE_IDS,
  transitions: [
    { from: 'proposed', to: 'in-development', label: 'Start development', guard: free },
    {
      from: 'proposed',
      to: 'in-operation',
      label: 'Put into operation',
      guard: operationRequirements,
    },
    {
      from: 'in-development',
      to: 'in-operation',
      label: 'Put into operation',
      guard: operationRequirements,
    },
    { from: 'in-operation', to: 'in-development', label: 'Back to development', guard: free },
    { from: 'proposed', to: 'retired', label: 'Retire', guard: free },
    { from: 'in-development', to: 'retired', label: 'Retire', guard: free },
    { from: 'in-operation', to: 'retired', label: 'Retire', guard: free },
  ],
  notATransition: (from, to) => ({
    code: 'not-an-ai-system-step',
    message: `An AI system cannot move from "${from}" to "${to}" (its steps are ${AI_SYSTEM_STATE_IDS.join(' → ')}).`,
  }),
});

export function evaluateAiSystemTransition(
  from: string,
  to: string,
  facts: AiSystemLifecycleFacts,
): TransitionEvaluation {
  return aiSystemMachine.evaluateTransition(from, to, facts);
}
