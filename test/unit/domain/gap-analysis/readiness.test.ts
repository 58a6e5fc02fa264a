import fc from 'fast-check';
import { AIMS_REQUIREMENTS, CLAUSE_REQUIREMENTS } from '../../../../src/domain/catalog';
import {
  compareAssessments,
  GAP_STATUSES,
  type GapItem,
  readinessOf,
} from '../../../../src/domain/gap-analysis';
import {
  conformant,
  emptyAssessment,
  fullAssessment,
  notApplicable,
  notStarted,
  partly,
} from './gap-fixtures';

const ITEM: Record<(typeof GAP_STATUSES)[number], GapItem> = {
  conformant,
  partly,
  'not-started': notStarted,
  'not-applicable': notApplicable,
};

describe('readiness', () => {
  it('is 0 % with nothing assessed and 100 % with everything conformant', () => {
    expect(readinessOf(emptyAssessment()).overall).toMatchObject({
      score: 0,
      unassessed: AIMS_REQUIREMENTS.length,
    });
    expect(readinessOf(fullAssessment(conformant)).overall.score).toBe(100);
  });

  it('counts partly as half and leaves not applicable out, per clause and overall', () => {
    // Clause 4 has four sub-clauses: one conformant, one partly, one not started, one not applicable.
    const a = fullAssessment(conformant, {
      '4.2': partly,
      '4.3': notStarted,
      '4.4': notApplicable,
    });
    const clause4 = readinessOf(a).groups.find((g) => g.group === '4');
    expect(clause4).toMatchObject({
      title: 'Context of the organization',
      conformant: 1,
      partly: 1,
      notStarted: 1,
      notApplicable: 1,
      applicable: 3,
      score: 50,
    });
    expect(readinessOf(a).clauses.applicable).toBe(CLAUSE_REQUIREMENTS.length - 1);
  });

  it('has no score for a group where nothing applies', () => {
    const a = fullAssessment(conformant, {
      'A.10.2': notApplicable,
      'A.10.3': notApplicable,
      'A.10.4': notApplicable,
    });
    expect(readinessOf(a).groups.find((g) => g.group === 'A.10')?.score).toBeNull();
  });

  it('is always between 0 and 100 and never falls when a requirement improves', () => {
    const statusArb = fc.constantFrom(...GAP_STATUSES);
    fc.assert(
      fc.property(
        fc.array(statusArb, {
          minLength: AIMS_REQUIREMENTS.length,
          maxLength: AIMS_REQUIREMENTS.length,
        }),
        fc.nat({ max: AIMS_REQUIREMENTS.length - 1 }),
        (statuses, i) => {
          const overrides = Object.fromEntries(
            AIMS_REQUIREMENTS.map((r, j) => [r.ref, ITEM[statuses[j] ?? 'conformant']]),
          );
          const a = fullAssessment(conformant, overrides);
          const score = readinessOf(a).overall.score;
          const ref = AIMS_REQUIREMENTS[i]?.ref ?? '4.1';
          if (a.items[ref]?.status === 'not-applicable') return;
          const better = fullAssessment(conformant, { ...overrides, [ref]: conformant });
          const betterScore = readinessOf(better).overall.score;
          expect(score).not.toBeNull();
          expect(score ?? 0).toBeGreaterThanOrEqual(0);
          expect(score ?? 0).toBeLessThanOrEqual(100);
          expect(betterScore ?? 0).toBeGreaterThanOrEqual(score ?? 0);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('comparing two assessments', () => {
  it('lists what moved, which way, and the scores before and after', () => {
    const previous = fullAssessment(conformant, {
      '4.4': notStarted,
      '9.2.2': partly,
      'A.7.2': conformant,
    });
    const current = fullAssessment(conformant, {
      '4.4': partly,
      'A.7.2': partly,
      'A.3.3': notApplicable,
    });
    const diff = compareAssessments(previous, current);
    expect(diff.changes.map((c) => [c.ref, c.from, c.to, c.direction])).toEqual([
      ['4.4', 'not-started', 'partly', 'improved'],
      ['9.2.2', 'partly', 'conformant', 'improved'],
      ['A.3.3', 'conformant', 'not-applicable', 'changed'],
      ['A.7.2', 'conformant', 'partly', 'regressed'],
    ]);
    expect([diff.improved, diff.regressed]).toEqual([2, 1]);
    expect(diff.groups.find((g) => g.group === '4')).toEqual({
      group: '4',
      title: 'Context of the organization',
      previous: 75,
      current: 87,
    });
    expect(diff.overall.current).toBeGreaterThan(diff.overall.previous ?? 100);
  });
});
