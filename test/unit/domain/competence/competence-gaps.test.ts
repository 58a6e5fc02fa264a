import fc from 'fast-check';
import {
  competenceGaps,
  competenceRequirementLabel,
  competenceRequirementsSchema,
  requirementIdsOfLabels,
  type CompetenceRequirement,
} from '../../../../src/domain/competence';

const riskBasics: CompetenceRequirement = {
  id: 'ai-risk-basics',
  role: 'manager',
  title: 'AI risk assessment training',
};
const auditing: CompetenceRequirement = {
  id: 'iso-42001-auditing',
  role: 'auditor',
  title: 'ISO/IEC 42001 lead auditor qualification',
};

describe('competenceGaps', () => {
  it('counts the people of a role without a current record meeting the requirement', () => {
    const gaps = competenceGaps(
      [riskBasics, auditing],
      { manager: ['ann', 'bob', 'cy'], auditor: ['dee'] },
      [
        { personAccountId: 'ann', requirementIds: ['ai-risk-basics'], expires: null },
        { personAccountId: 'bob', requirementIds: ['ai-risk-basics'], expires: '2026-12-01' },
        { personAccountId: 'dee', requirementIds: ['iso-42001-auditing'], expires: '2027-06-30' },
      ],
      '2026-12-07',
    );
    expect(gaps.map((g) => [g.requirement.id, g.missing, g.of])).toEqual([
      ['ai-risk-basics', 2, 3], // bob's record expired, cy has none
      ['iso-42001-auditing', 0, 1],
    ]);
  });

  it('a record for another requirement or another person does not close a gap', () => {
    const [gap] = competenceGaps(
      [riskBasics],
      { manager: ['ann'] },
      [
        { personAccountId: 'ann', requirementIds: ['iso-42001-auditing'], expires: null },
        { personAccountId: 'zed', requirementIds: ['ai-risk-basics'], expires: null },
      ],
      '2026-12-07',
    );
    expect(gap).toMatchObject({ missing: 1, of: 1 });
  });

  it('a record expiring today no longer counts; one expiring tomorrow does', () => {
    const gapOn = (expires: string) =>
      competenceGaps(
        [riskBasics],
        { manager: ['ann'] },
        [{ personAccountId: 'ann', requirementIds: ['ai-risk-basics'], expires }],
        '2026-12-07',
      )[0]?.missing;
    expect(gapOn('2026-12-07')).toBe(1);
    expect(gapOn('2026-12-08')).toBe(0);
  });

  it('a role whose group is unknown or empty has no gap and no people', () => {
    expect(competenceGaps([auditing], {}, [], '2026-12-07')[0]).toMatchObject({
      missing: 0,
      of: 0,
    });
  });

  it('never counts more people missing than are in the group, nor the same person twice', () => {
    const person = fc.constantFrom('a', 'b', 'c', 'd');
    fc.assert(
      fc.property(
        fc.array(person),
        fc.array(
          fc.record({
            personAccountId: person,
            requirementIds: fc.subarray(['ai-risk-basics', 'other']),
            expires: fc.option(fc.constantFrom('2026-01-01', '2026-12-07', '2027-01-01'), {
              nil: null,
            }),
          }),
        ),
        (managers, records) => {
          const [gap] = competenceGaps([riskBasics], { manager: managers }, records, '2026-12-07');
          expect(gap?.of).toBe(new Set(managers).size);
          expect(gap?.missing).toBeGreaterThanOrEqual(0);
          expect(gap?.missing).toBeLessThanOrEqual(gap?.of ?? 0);
          const current = new Set(
            records
              .filter((r) => r.requirementIds.includes('ai-risk-basics'))
              .filter((r) => r.expires === null || r.expires > '2026-12-07')
              .map((r) => r.personAccountId),
          );
          expect(gap?.missing).toBe([...new Set(managers)].filter((m) => !current.has(m)).length);
        },
      ),
    );
  });
});

describe('competence requirements', () => {
  it('a record meets a requirement through its label', () => {
    const labels = ['other', competenceRequirementLabel('ai-risk-basics')];
    expect(requirementIdsOfLabels(labels)).toEqual(['ai-risk-basics']);
  });

  it('refuses bad input with a clear message', () => {
    const bad = competenceRequirementsSchema.safeParse([
      { id: 'Has Spaces', role: 'manager', title: 'x' },
      { id: 'ok', role: 'boss', title: '' },
    ]);
    expect(bad.success).toBe(false);
    const messages = bad.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('lower-case letters'),
        expect.stringContaining('The role must be one of: manager, topManagement, auditor, member'),
        'Describe the requirement',
      ]),
    );
  });

  it('refuses the same requirement id twice for a role', () => {
    const twice = competenceRequirementsSchema.safeParse([riskBasics, riskBasics]);
    expect(twice.error?.issues[0]?.message).toBe('Each requirement id is used once per role');
    expect(competenceRequirementsSchema.safeParse([riskBasics, auditing]).success).toBe(true);
  });
});

describe('competenceGaps when the group is not known to the person asking', () => {
  it('says neither how many are missing nor how many are in the group', () => {
    const [gap] = competenceGaps([riskBasics], { manager: null }, [], '2026-12-07');
    expect(gap).toMatchObject({ missing: null, of: null });
  });
});
