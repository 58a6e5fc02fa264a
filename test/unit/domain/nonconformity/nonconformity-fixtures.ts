import type { NonconformityFacts } from '../../../../src/domain/nonconformity';

/** Facts with every 10.2 requirement met, on the corrective-action path. */
export const completeFacts: NonconformityFacts = {
  correction: 'Model rolled back to v1.3',
  consequences: 'Affected loan decisions re-run by hand',
  causes: 'Drift monitoring threshold was never configured',
  similarCheck: { answered: true, notes: 'Checked the two other credit models: same gap in one' },
  correctiveActionDecision: 'needed',
  decisionRationale: 'Cause can recur on every model',
  correctiveActions: [{ key: 'AIMS-12', done: true, implementerAccountIds: ['dev-1'] }],
  verdict: 'effective',
  evidence: 'Drift alerts fired correctly in the September test',
  reviewerAccountId: 'qa-1',
  aimsChangeNeeded: 'yes',
  aimsChangeLink: 'AIMS-40',
};

/** Facts for closing without corrective action. */
export const noActionFacts: NonconformityFacts = {
  correction: 'Typo in the published model card fixed',
  consequences: 'None beyond the wrong text',
  causes: 'One-off manual edit',
  similarCheck: { answered: true, notes: 'No other model card edited by hand' },
  correctiveActionDecision: 'not-needed',
  decisionRationale: 'Isolated slip; the template already prevents it',
  aimsChangeNeeded: 'no',
};

export const codes = (reasons: readonly { code: string }[]): string[] => reasons.map((r) => r.code);
