import { appRule } from '../lifecycle/app-rule';
import { hasText } from '../lifecycle/has-text';
import type { NonconformityFacts, LinkedCorrectiveAction } from './nonconformity-facts';
import { ncReason } from './nonconformity-reason';
import type { NonconformityReason } from './nonconformity-reason';

/**
 * The requirements of each 10.2 step, each returning every unmet one. Transition guards combine
 * them cumulatively, so a field cleared after its step was passed still blocks closing.
 */

/** The linked corrective actions that were not cancelled. */
export const activeCorrectiveActions = (
  facts: NonconformityFacts,
): readonly LinkedCorrectiveAction[] => (facts.correctiveActions ?? []).filter((a) => !a.cancelled);

const linkedActions = activeCorrectiveActions;

const hasEvidence = (evidence: NonconformityFacts['evidence']): boolean =>
  typeof evidence === 'string' ? hasText(evidence) : (evidence ?? []).length > 0;

const keyList = (actions: readonly LinkedCorrectiveAction[]): string =>
  actions.map((a) => a.key).join(', ');

/** 10.2 a) correction / containment and consequences. */
export function reactRequirements(facts: NonconformityFacts): NonconformityReason[] {
  const reasons: NonconformityReason[] = [];
  if (!hasText(facts.correction)) {
    reasons.push(
      ncReason('a', 'correction-missing', 'Record the correction or containment taken (10.2 a).'),
    );
  }
  if (!hasText(facts.consequences)) {
    reasons.push(
      ncReason(
        'a',
        'consequences-missing',
        'Record how the consequences of the nonconformity were dealt with (10.2 a).',
      ),
    );
  }
  return reasons;
}

/** 10.2 b) review, causes, similar nonconformities, and the decision on corrective action. */
export function causeAnalysisRequirements(facts: NonconformityFacts): NonconformityReason[] {
  const reasons: NonconformityReason[] = [];
  if (!hasText(facts.causes)) {
    reasons.push(
      ncReason('b', 'causes-missing', 'Record the causes of the nonconformity (10.2 b).'),
    );
  }
  if (!facts.similarCheck?.answered) {
    reasons.push(
      ncReason(
        'b',
        'similar-check-missing',
        'Answer whether similar nonconformities exist or could occur elsewhere (10.2 b).',
      ),
    );
  } else if (!hasText(facts.similarCheck.notes)) {
    reasons.push(
      ncReason(
        'b',
        'similar-check-notes-missing',
        'Note what the check for similar nonconformities found (10.2 b).',
      ),
    );
  }
  const recurred = facts.recurrenceOf ?? [];
  if (recurred.length > 0 && facts.similarCheck?.answer === 'none') {
    reasons.push(
      ncReason(
        'b',
        'recurrence-not-recorded',
        `This nonconformity is recorded as a recurrence of ${recurred.join(', ')}: answer "Similar exist" in the check for similar nonconformities and note what recurred (10.2 b).`,
        { recurred: recurred.join(', ') },
      ),
    );
  }
  const decision = facts.correctiveActionDecision;
  if (!decision) {
    reasons.push(
      ncReason(
        'b',
        'decision-missing',
        'Decide whether corrective action is needed to remove the causes (10.2 b).',
      ),
    );
  } else if (decision === 'needed' && linkedActions(facts).length === 0) {
    reasons.push(
      ncReason(
        'b',
        'corrective-action-missing',
        'Link at least one corrective action, since corrective action was decided as needed (10.2 b).',
      ),
    );
  } else if (decision === 'not-needed' && !hasText(facts.decisionRationale)) {
    reasons.push(
      ncReason(
        'b',
        'decision-rationale-missing',
        'Explain why no corrective action is needed (10.2 b).',
      ),
    );
  }
  return reasons;
}

/** The decision must be "needed" for the action path (10.2 c–d). */
export function correctiveActionPathRequirements(facts: NonconformityFacts): NonconformityReason[] {
  if (facts.correctiveActionDecision !== 'not-needed') return [];
  return [
    ncReason(
      'b',
      'decision-not-needed',
      'The cause analysis decided that no corrective action is needed, so there is nothing to implement or review: change the decision, or close the nonconformity from cause analysis with the rationale (10.2 b).',
    ),
  ];
}

/** 10.2 c) every linked corrective action is done. */
export function implementationRequirements(facts: NonconformityFacts): NonconformityReason[] {
  return linkedActions(facts)
    .filter((action) => !action.done)
    .map((action) =>
      ncReason(
        'c',
        'corrective-action-open',
        `Finish corrective action ${action.key} before its effectiveness is reviewed (10.2 c).`,
        { action: action.key },
      ),
    );
}

/** 10.2 d) an effective verdict, evidence, and a reviewer who implemented none of the actions. */
export function effectivenessRequirements(facts: NonconformityFacts): NonconformityReason[] {
  const reasons: NonconformityReason[] = [];
  if (!facts.verdict) {
    reasons.push(
      ncReason(
        'd',
        'verdict-missing',
        'Record whether the corrective action was effective (10.2 d).',
      ),
    );
  } else if (facts.verdict === 'ineffective') {
    reasons.push(
      ncReason(
        'd',
        'verdict-ineffective',
        'The effectiveness review found the corrective action ineffective: send the nonconformity back to cause analysis instead of closing it (10.2 d).',
      ),
    );
  }
  reasons.push(...reviewEvidenceRequirements(facts));
  reasons.push(...reviewerRequirements(facts));
  return reasons;
}

/** The effectiveness review's evidence (10.2 d), whatever its verdict. */
function reviewEvidenceRequirements(facts: NonconformityFacts): NonconformityReason[] {
  return hasEvidence(facts.evidence)
    ? []
    : [ncReason('d', 'evidence-missing', 'Add the evidence of the effectiveness review (10.2 d).')];
}

function reviewerRequirements(facts: NonconformityFacts): NonconformityReason[] {
  const reviewer = facts.reviewerAccountId;
  if (!hasText(reviewer)) {
    return [
      ncReason(
        'd',
        'reviewer-missing',
        'Name the person who reviewed the effectiveness of the corrective action (10.2 d).',
      ),
    ];
  }
  const actions = linkedActions(facts);
  const withoutImplementer = actions.filter((a) => a.implementerAccountIds.length === 0);
  const implementedByReviewer = actions.filter((a) => a.implementerAccountIds.includes(reviewer));
  const reasons = withoutImplementer.map((action) =>
    ncReason(
      'd',
      'implementer-missing',
      appRule(
        `Record who implemented corrective action ${action.key}, so the review can be shown to be independent.`,
      ),
      { action: action.key },
    ),
  );
  if (implementedByReviewer.length > 0) {
    reasons.push(
      ncReason(
        'd',
        'reviewer-not-independent',
        appRule(
          `The effectiveness reviewer implemented ${keyList(implementedByReviewer)}: someone who did not implement the corrective actions must review them (10.2 d asks that their effectiveness is reviewed; that the reviewer is someone else is our rule).`,
        ),
        { actions: keyList(implementedByReviewer) },
      ),
    );
  }
  return reasons;
}

const timeOf = (iso: string | null | undefined): number => (iso ? Date.parse(iso) : Number.NaN);

/**
 * After an ineffective review, the next review needs a corrective action completed after it:
 * re-reviewing the actions that already failed proves nothing (10.2 d).
 */
export function actionAfterIneffectiveReviewRequirements(
  facts: NonconformityFacts,
): NonconformityReason[] {
  const loopAt = timeOf(facts.lastIneffectiveReviewAt);
  if (Number.isNaN(loopAt)) return [];
  const newer = linkedActions(facts).filter((a) => a.done && timeOf(a.completedAt) > loopAt);
  if (newer.length > 0) return [];
  return [
    ncReason(
      'c',
      'no-action-after-ineffective-review',
      'The last effectiveness review found the corrective action ineffective: complete a corrective action after that review (a new one, or one reopened and done again) before its effectiveness is reviewed again (10.2 c–d).',
    ),
  ];
}

/** What an ineffective result must record before looping back to cause analysis. */
export function ineffectiveResultRequirements(facts: NonconformityFacts): NonconformityReason[] {
  const reasons: NonconformityReason[] = [];
  if (facts.verdict !== 'ineffective') {
    reasons.push(
      ncReason(
        'd',
        'verdict-not-ineffective',
        'Record the verdict "ineffective" to send the nonconformity back to cause analysis (10.2 d).',
      ),
    );
  }
  reasons.push(...reviewEvidenceRequirements(facts));
  return reasons;
}

/** Closing straight from cause analysis: only when no corrective action was decided or taken. */
export function noActionClosingRequirements(facts: NonconformityFacts): NonconformityReason[] {
  const reasons: NonconformityReason[] = [];
  if (facts.correctiveActionDecision === 'needed') {
    reasons.push(
      ncReason(
        'c',
        'decision-needed',
        'Corrective action was decided as needed: implement it (10.2 c) and review its effectiveness (10.2 d) before closing.',
      ),
    );
  }
  const actions = linkedActions(facts);
  if (actions.length > 0) {
    reasons.push(
      ncReason(
        'c',
        'corrective-actions-linked',
        `Corrective actions are linked (${keyList(actions)}): take them through implementation and effectiveness review, or unlink them if they are not needed (10.2 c–d).`,
        { actions: keyList(actions) },
      ),
    );
  }
  if (facts.verdict === 'ineffective' || hasText(facts.lastIneffectiveReviewAt)) {
    reasons.push(
      ncReason(
        'd',
        'ineffective-not-resolved',
        'The last effectiveness review found the corrective action ineffective: plan and implement new corrective action, and have it reviewed, before closing (10.2 b–d).',
      ),
    );
  }
  return reasons;
}

/** 10.2 e) the "AIMS change needed?" answer, with a link to the change when it is yes. */
export function aimsChangeRequirements(facts: NonconformityFacts): NonconformityReason[] {
  if (!facts.aimsChangeNeeded) {
    return [
      ncReason(
        'e',
        'aims-change-answer-missing',
        'Answer whether the AIMS needs to change because of this nonconformity (10.2 e).',
      ),
    ];
  }
  if (facts.aimsChangeNeeded === 'yes' && !hasText(facts.aimsChangeLink)) {
    return [
      ncReason(
        'e',
        'aims-change-link-missing',
        'Link the AIMS change (for example its change record), since a change is needed (10.2 e).',
      ),
    ];
  }
  return [];
}
