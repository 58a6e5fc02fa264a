import {
  evaluateTransition,
  nonconformityFactsFromRecords,
} from '../../../../src/domain/nonconformity';
import { nonconformitySchema } from '../../../../src/domain/records';

const nc = nonconformitySchema.parse({
  key: 'AIMS-60',
  summary: 'Drift not detected',
  description: 'Credit model drift went unnoticed for 3 weeks',
  source: 'incident',
  correction: 'Model rolled back',
  consequences: 'Decisions re-run',
  causes: 'No drift threshold',
  similarCheck: { answer: 'could-occur', notes: 'Other credit models share the setup' },
  correctiveActionDecision: { decision: 'needed', rationale: 'Can recur' },
  effectivenessVerdict: 'effective',
  effectivenessEvidence: [{ url: 'https://example.com/report' }],
  effectivenessReviewerAccountId: 'qa-1',
  aimsChangeNeeded: 'no',
});

describe('nonconformityFactsFromRecords', () => {
  it('maps a nonconformity record and its corrective actions to the 10.2 facts', () => {
    const facts = nonconformityFactsFromRecords(nc, [
      { record: { key: 'AIMS-61', status: 'done', assigneeAccountId: 'dev-1' } },
      {
        record: { status: 'cancelled', assigneeAccountId: 'dev-2' },
        implementerAccountIds: [],
      },
    ]);
    expect(facts).toEqual({
      correction: 'Model rolled back',
      consequences: 'Decisions re-run',
      causes: 'No drift threshold',
      similarCheck: { answered: true, notes: 'Other credit models share the setup' },
      correctiveActionDecision: 'needed',
      decisionRationale: 'Can recur',
      correctiveActions: [
        { key: 'AIMS-61', done: true, cancelled: false, implementerAccountIds: ['dev-1'] },
        { key: '(unsaved)', done: false, cancelled: true, implementerAccountIds: [] },
      ],
      verdict: 'effective',
      evidence: [{ url: 'https://example.com/report' }],
      reviewerAccountId: 'qa-1',
      aimsChangeNeeded: 'no',
      aimsChangeLink: null,
    });
    expect(evaluateTransition('effectiveness-review', 'closed', facts).allowed).toBe(true);
  });

  it('maps an empty record to facts with everything missing', () => {
    const facts = nonconformityFactsFromRecords({}, []);
    expect(facts.similarCheck).toEqual({ answered: false, notes: null });
    expect(evaluateTransition('react', 'cause-analysis', facts).reasons).toHaveLength(2);
    expect(
      evaluateTransition('effectiveness-review', 'closed', facts).reasons.map((r) => r.code),
    ).toContain('reviewer-missing');
  });
});
