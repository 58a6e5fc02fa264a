import { AIMS_REQUIREMENTS } from '../../../../src/domain/catalog';
import {
  assessRequirement,
  completeAssessment,
  completedContentIntact,
  gapsWithoutIssue,
  recordGapIssue,
  startAssessment,
} from '../../../../src/domain/gap-analysis';
import { Refusal } from '../../../../src/domain/refusal';
import {
  conformant,
  emptyAssessment,
  fullAssessment,
  notApplicable,
  notStarted,
  partly,
} from './gap-fixtures';

function refusalOf(run: () => unknown): Refusal {
  try {
    run();
  } catch (e) {
    if (e instanceof Refusal) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('assessing a requirement', () => {
  it('records the assessment of a clause and of an Annex A control', () => {
    const a = assessRequirement(emptyAssessment(), '10.2', partly);
    const b = assessRequirement(a, 'A.6.2.4', conformant);
    expect(b.items['10.2']?.status).toBe('partly');
    expect(b.items['A.6.2.4']?.status).toBe('conformant');
  });

  it('refuses "not applicable" without a justification, and changes nothing', () => {
    const before = emptyAssessment();
    const refusal = refusalOf(() =>
      assessRequirement(before, 'A.7.2', { status: 'not-applicable' }),
    );
    expect(refusal.message).toBe(
      'The assessment of A.7.2 Data for development and enhancement of AI system was not saved.',
    );
    expect(refusal.details).toEqual([
      'justification: Say why the requirement does not apply (a justification is required)',
    ]);
    expect(before.items).toEqual({});
  });

  it('asks what is missing for "not started" and "partly", and for evidence of "conformant"', () => {
    expect(
      refusalOf(() => assessRequirement(emptyAssessment(), '4.1', { status: 'partly' })).details,
    ).toEqual(['gap: Describe the gap: what is missing before the requirement is met']);
    expect(
      refusalOf(() => assessRequirement(emptyAssessment(), '4.1', { status: 'conformant' }))
        .details,
    ).toEqual(['evidence: Link at least one piece of evidence that the requirement is met']);
  });

  it('refuses evidence that is not a web link and a status it does not know', () => {
    const refusal = refusalOf(() =>
      assessRequirement(emptyAssessment(), '4.1', {
        status: 'done',
        evidence: [{ url: 'javascript:alert(1)' }],
      }),
    );
    expect(refusal.details).toEqual(
      expect.arrayContaining([
        'status: Status must be one of: Not started, Partly, Conformant, Not applicable',
        'evidence.0.url: Evidence link must be a web address starting with http:// or https://',
      ]),
    );
  });

  it('refuses a requirement that is neither a sub-clause 4–10 nor an Annex A control', () => {
    expect(refusalOf(() => assessRequirement(emptyAssessment(), '10', partly)).message).toBe(
      '"10" is not a clause 4–10 sub-clause or an Annex A control.',
    );
    expect(refusalOf(() => assessRequirement(emptyAssessment(), 'A.11.1', partly)).message).toMatch(
      /is not a clause/,
    );
  });
});

describe('completing an assessment', () => {
  it('is refused while requirements are unassessed, naming the first ten and how many more', () => {
    const a = assessRequirement(emptyAssessment(), '4.1', conformant);
    const refusal = refusalOf(() => completeAssessment(a, 'acc-1', '2026-09-30T10:00:00Z'));
    expect(refusal.message).toBe(
      `${AIMS_REQUIREMENTS.length - 1} of ${AIMS_REQUIREMENTS.length} requirements are not assessed yet; assess every one before completing.`,
    );
    expect(refusal.details).toEqual([
      `Not assessed: 4.2, 4.3, 4.4, 5.1, 5.2, 5.3, 6.1.1, 6.1.2, 6.1.3, 6.1.4 and ${AIMS_REQUIREMENTS.length - 11} more`,
    ]);
  });

  it('freezes it with who completed it, when, and the hash of its content', () => {
    const done = completeAssessment(fullAssessment(conformant), 'acc-1', '2026-09-30T10:00:00Z');
    expect(done.completed).toEqual({
      byAccountId: 'acc-1',
      at: '2026-09-30T10:00:00Z',
      contentHash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    });
    expect(completedContentIntact(done)).toBe(true);
    expect(refusalOf(() => assessRequirement(done, '4.1', partly)).message).toBe(
      '"Gap analysis ga-2026-q3" was completed on 2026-09-30 and is frozen; start a new assessment to record changes.',
    );
    expect(
      refusalOf(() => completeAssessment(done, 'acc-2', '2026-10-01T10:00:00Z')).message,
    ).toMatch(/is frozen/);
  });

  it('shows when the frozen content was changed afterwards', () => {
    const done = completeAssessment(fullAssessment(conformant), 'acc-1', '2026-09-30T10:00:00Z');
    const edited = { ...done, items: { ...done.items, '4.1': notStarted } };
    expect(completedContentIntact(edited)).toBe(false);
    expect(completedContentIntact({ ...done, gapIssues: { '4.1': 'AIMS-9' } })).toBe(true);
  });
});

describe('gaps and their issues', () => {
  it('lists the not started and partly requirements without an issue, in the standard order', () => {
    const a = fullAssessment(conformant, {
      '9.2.2': partly,
      '4.4': notStarted,
      'A.7.2': notApplicable,
    });
    expect(gapsWithoutIssue(a).map((g) => [g.ref, g.status, g.gap])).toEqual([
      ['4.4', 'not-started', 'Nothing yet'],
      ['9.2.2', 'partly', 'Half done'],
    ]);
    const linked = recordGapIssue(a, '4.4', 'AIMS-40');
    expect(gapsWithoutIssue(linked).map((g) => g.ref)).toEqual(['9.2.2']);
  });

  it('refuses an issue for a requirement without a gap', () => {
    expect(
      refusalOf(() => recordGapIssue(fullAssessment(conformant), '4.1', 'AIMS-1')).message,
    ).toBe('4.1 has no gap to raise an issue for.');
  });

  it('starts the next assessment from the previous findings, not completed and without issues', () => {
    const prev = recordGapIssue(
      completeAssessment(
        fullAssessment(conformant, { '4.4': notStarted }),
        'a',
        '2026-09-30T10:00:00Z',
      ),
      '4.4',
      'AIMS-40',
    );
    const next = startAssessment({ id: 'ga-2026-q4', title: 'Q4', startedOn: '2026-10-01' }, prev);
    expect(next.completed).toBeUndefined();
    expect(next.gapIssues).toEqual({});
    expect(next.items['4.4']).toEqual(notStarted);
  });
});
