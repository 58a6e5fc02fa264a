/**
 * What an AI Control (one row of the Statement of Applicability, 6.1.3 d) needs before each step
 * of its workflow: a decision (included or excluded) with its justification before work starts or
 * the control is done; an included control is done only once implemented, and an implemented
 * control shows its evidence.
 */
import { appRule } from '../lifecycle/app-rule';
import { hasText } from '../lifecycle/has-text';
import type { Reason } from '../lifecycle/reason';
import type { Applicability, ImplementationStatus } from '../records/control';

export interface ControlDecisionFacts {
  readonly applicability: Applicability | null;
  readonly justification: string | null;
  readonly implementationStatus: ImplementationStatus | null;
  /** Evidence recorded in the "Evidence" field or linked to the control as *evidences*. */
  readonly hasEvidence: boolean;
}

/** `start`: implementation begins; `complete`: the control is done (implemented or excluded). */
export type ControlStep = 'start' | 'complete';

const reason = (code: string, message: string): Reason => ({ code, message });

/** An implemented control without evidence: refused by the workflow and by the SoA approval. */
export const isImplementedWithoutEvidence = (facts: ControlDecisionFacts): boolean =>
  facts.implementationStatus === 'implemented' && !facts.hasEvidence;

/** Every unmet requirement of the step; empty when the control may move on. */
export function controlDecisionRequirements(
  step: ControlStep,
  facts: ControlDecisionFacts,
): Reason[] {
  const reasons: Reason[] = [];
  if (facts.applicability === null)
    reasons.push(
      reason(
        'applicability-undecided',
        'Decide in "Applicability" whether the control is included in or excluded from the AIMS (6.1.3 d).',
      ),
    );
  else if (!hasText(facts.justification))
    reasons.push(
      facts.applicability === 'excluded'
        ? reason(
            'exclusion-unjustified',
            'Justify in "SoA justification" why the control is excluded: the Statement of Applicability justifies every exclusion (6.1.3 d).',
          )
        : reason(
            'inclusion-unjustified',
            'Justify in "SoA justification" why the control is included (6.1.3 d).',
          ),
    );
  if (step === 'start' && facts.applicability === 'excluded')
    reasons.push(
      reason(
        'excluded-not-implemented',
        appRule(
          'An excluded control is not implemented: set "Applicability" to Included first, or close it as excluded with "Done".',
        ),
      ),
    );
  if (
    step === 'complete' &&
    facts.applicability === 'included' &&
    facts.implementationStatus !== 'implemented'
  )
    reasons.push(
      reason(
        'not-implemented',
        appRule(
          'An included control is done once it is implemented: set "Implementation status" to Implemented.',
        ),
      ),
    );
  if (isImplementedWithoutEvidence(facts))
    reasons.push(
      reason(
        'evidence-missing',
        appRule(
          'An implemented control shows its evidence: record it in "Evidence" (a document, record or link), or link an issue that evidences it.',
        ),
      ),
    );
  return reasons;
}
