import {
  causeAnalysisRequirements,
  recurrenceOfOpenNote,
  recurrenceVerdictNote,
} from '../../../../src/domain/nonconformity';
import type { NonconformityFacts } from '../../../../src/domain/nonconformity';

const analysed: NonconformityFacts = {
  causes: 'Validation step dropped',
  similarCheck: { answered: true, answer: 'none', notes: 'Nothing else found' },
  correctiveActionDecision: 'not-needed',
  decisionRationale: 'Restored',
};
const codes = (facts: NonconformityFacts) => causeAnalysisRequirements(facts).map((r) => r.code);

describe('a recurrence in cause analysis (10.2 b)', () => {
  it('refuses "none exist" for a nonconformity recorded as a recurrence, naming the earlier one', () => {
    const reasons = causeAnalysisRequirements({ ...analysed, recurrenceOf: ['AIMS-7'] });
    expect(reasons.map((r) => r.message)).toContain(
      'This nonconformity is recorded as a recurrence of AIMS-7: answer "Similar exist" in the check for similar nonconformities and note what recurred (10.2 b).',
    );
  });

  it('accepts "Similar exist" or "could occur" for a recurrence, and "none" without one', () => {
    expect(codes({ ...analysed, recurrenceOf: [] })).toEqual([]);
    for (const answer of ['exists', 'could-occur'] as const)
      expect(
        codes({
          ...analysed,
          recurrenceOf: ['AIMS-7'],
          similarCheck: { answered: true, answer, notes: 'AIMS-7 recurred' },
        }),
      ).toEqual([]);
  });
});

describe('what the panels say about a recurrence', () => {
  it('puts the earlier verdict in question with the date and key of each recurrence', () => {
    expect(
      recurrenceVerdictNote(
        [
          { key: 'AIMS-20', recordedOn: '2026-11-02T09:30:00.000+0000' },
          { key: 'AIMS-31', recordedOn: null },
        ],
        'Effective',
      ),
    ).toBe(
      'Recurred on 2026-11-02 as AIMS-20, as AIMS-31: the effectiveness verdict "Effective" is in question (10.2 b, d).',
    );
    expect(recurrenceVerdictNote([{ key: 'AIMS-20', recordedOn: '2026-11-02' }], null)).toBe(
      'Recurred on 2026-11-02 as AIMS-20: the effectiveness of its corrective action is in question (10.2 b, d).',
    );
    expect(recurrenceVerdictNote([], 'Effective')).toBeNull();
  });

  it('tells the new one when the earlier one is not closed', () => {
    expect(recurrenceOfOpenNote('AIMS-7')).toMatch(/^AIMS-7 is not closed yet/);
  });
});
