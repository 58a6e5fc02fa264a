import {
  DEFAULT_RISK_MATRIX,
  DEFAULT_RISK_MATRIX_INPUT,
  InvalidRiskMatrixError,
  achievableScores,
  parseRiskMatrixConfig,
} from '../../../../src/domain/risk';
import type { RiskMatrixConfigInput } from '../../../../src/domain/risk';

const levels = (n: number) => Array.from({ length: n }, (_v, i) => ({ label: `Level ${i + 1}` }));

const threeByThree: RiskMatrixConfigInput = {
  likelihood: levels(3),
  consequence: levels(3),
  bands: [
    { id: 'low', label: 'Low', minScore: 1, maxScore: 2 },
    { id: 'medium', label: 'Medium', minScore: 3, maxScore: 4 },
    { id: 'high', label: 'High', minScore: 5, maxScore: 9 },
  ],
  appetiteBandId: 'low',
};

const reasonsFor = (input: unknown): readonly string[] => {
  try {
    parseRiskMatrixConfig(input);
  } catch (error) {
    if (error instanceof InvalidRiskMatrixError) return error.reasons;
    throw error;
  }
  return [];
};

describe('risk matrix configuration', () => {
  it('has a valid default 5×5 matrix with medium appetite', () => {
    expect(DEFAULT_RISK_MATRIX.likelihood).toHaveLength(5);
    expect(DEFAULT_RISK_MATRIX.consequence).toHaveLength(5);
    expect(DEFAULT_RISK_MATRIX.bands.map((b) => b.id)).toEqual([
      'low',
      'medium',
      'high',
      'critical',
    ]);
    expect(DEFAULT_RISK_MATRIX.appetiteBandId).toBe('medium');
    expect(DEFAULT_RISK_MATRIX.likelihood[0]?.label).toBe('Rare');
    expect(DEFAULT_RISK_MATRIX.consequence[4]?.label).toBe('Severe');
  });

  it('accepts a 3×3 and a 3×5 matrix', () => {
    expect(reasonsFor(threeByThree)).toEqual([]);
    expect(
      reasonsFor({
        ...threeByThree,
        consequence: levels(5),
        bands: [
          { id: 'low', label: 'Low', minScore: 1, maxScore: 5 },
          { id: 'high', label: 'High', minScore: 6, maxScore: 15 },
        ],
      }),
    ).toEqual([]);
  });

  it('refuses scales shorter than 3 or longer than 5 levels', () => {
    expect(reasonsFor({ ...threeByThree, likelihood: levels(2) })).toContain(
      'The likelihood scale must have 3 to 5 levels; it has 2',
    );
    expect(reasonsFor({ ...DEFAULT_RISK_MATRIX_INPUT, consequence: levels(6) })).toContain(
      'The consequence scale must have 3 to 5 levels; it has 6',
    );
  });

  it('refuses a scale without labels or with repeated labels', () => {
    expect(
      reasonsFor({
        ...threeByThree,
        likelihood: [{ label: 'Low' }, { label: ' ' }, { label: 'low' }],
      }),
    ).toEqual([
      'Each scale level needs a label (item 2)',
      'Each level of the likelihood scale needs its own label',
    ]);
    expect(
      reasonsFor({
        ...threeByThree,
        likelihood: [{ label: 'Low' }, { label: 'Mid' }, { label: 'low' }],
      }),
    ).toEqual(['Each level of the likelihood scale needs its own label']);
    expect(reasonsFor({ ...threeByThree, consequence: 'high' })).toEqual([
      'The consequence scale must be a list of levels',
    ]);
  });

  it('refuses bands that leave a gap, naming the scores', () => {
    expect(
      reasonsFor({
        ...threeByThree,
        bands: [
          { id: 'low', label: 'Low', minScore: 1, maxScore: 2 },
          { id: 'high', label: 'High', minScore: 5, maxScore: 9 },
        ],
      }),
    ).toEqual(['There is a gap between risk levels "Low" and "High": scores 3 to 4 have no level']);
  });

  it('refuses overlapping bands', () => {
    expect(
      reasonsFor({
        ...threeByThree,
        bands: [
          { id: 'low', label: 'Low', minScore: 1, maxScore: 4 },
          { id: 'high', label: 'High', minScore: 3, maxScore: 9 },
        ],
      }),
    ).toEqual([
      'Risk levels "Low" and "High" overlap: list them from least to most severe with no shared scores',
    ]);
  });

  it('refuses bands that do not start at 1 or do not reach the top score', () => {
    expect(
      reasonsFor({
        ...threeByThree,
        bands: [
          { id: 'low', label: 'Low', minScore: 2, maxScore: 4 },
          { id: 'high', label: 'High', minScore: 5, maxScore: 8 },
        ],
      }),
    ).toEqual([
      'The lowest risk level must start at score 1, not 2',
      'The highest risk level must end at score 9 (3 × 3), not 8',
    ]);
  });

  it('refuses a band that no cell of the matrix can reach', () => {
    expect(
      reasonsFor({
        ...threeByThree,
        bands: [
          { id: 'low', label: 'Low', minScore: 1, maxScore: 6 },
          { id: 'odd', label: 'Odd', minScore: 7, maxScore: 8 },
          { id: 'high', label: 'High', minScore: 9, maxScore: 9 },
        ],
      }),
    ).toEqual(['Risk level "Odd" (scores 7 to 8) holds no cell of the matrix']);
  });

  it('refuses a band that ends before it starts, and bad band fields', () => {
    expect(
      reasonsFor({
        ...threeByThree,
        bands: [
          { id: 'low', label: 'Low', minScore: 1, maxScore: 4 },
          { id: 'high', label: 'High', minScore: 9, maxScore: 5 },
        ],
      }),
    ).toEqual([
      'Risk level "High" ends (5) before it starts (9) (item 2)',
      'The highest risk level must end at score 9 (3 × 3), not 5',
      'There is a gap between risk levels "Low" and "High": scores 5 to 8 have no level',
    ]);
    expect(
      reasonsFor({
        ...threeByThree,
        bands: [{ id: 'Low!', label: '', minScore: 0.5, maxScore: 'nine' }, 'x'],
      }),
    ).toEqual([
      'A risk level ID must be lower-case letters, digits and dashes, like "high" (item 1)',
      'Each risk level needs a label (item 1)',
      'The lowest score of a risk level must be a whole number (item 1)',
      'The highest score of a risk level must be a number (item 1)',
      'Each risk level needs an ID, a label and a score range (item 2)',
    ]);
  });

  it('refuses repeated band IDs and no bands', () => {
    expect(
      reasonsFor({
        ...threeByThree,
        bands: [
          { id: 'low', label: 'Low', minScore: 1, maxScore: 4 },
          { id: 'low', label: 'High', minScore: 5, maxScore: 9 },
        ],
      }),
    ).toEqual(['Each risk level needs its own ID']);
    expect(reasonsFor({ ...threeByThree, bands: [] })).toContain('Define at least one risk level');
  });

  it('refuses an appetite that is not a band', () => {
    expect(reasonsFor({ ...threeByThree, appetiteBandId: 'moderate' })).toEqual([
      'The risk appetite "moderate" is not one of the risk levels (low, medium, high)',
    ]);
    expect(reasonsFor({ ...threeByThree, appetiteBandId: undefined })).toContain(
      'The risk appetite (highest acceptable level) is required',
    );
  });

  it('refuses a non-object, with a message that lists the reasons', () => {
    expect(() => parseRiskMatrixConfig(null)).toThrow(
      'The risk matrix configuration is not valid: The risk matrix configuration must be an object',
    );
  });

  it('knows which scores a matrix can produce', () => {
    expect([...achievableScores(3, 3)].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 6, 9]);
  });
});
