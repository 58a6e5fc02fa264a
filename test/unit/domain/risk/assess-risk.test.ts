import {
  DEFAULT_RISK_MATRIX,
  RiskLevelOutOfScaleError,
  appetiteBand,
  assessRisk,
  bandOfScore,
  bandRank,
  isWithinAppetite,
  matrixCells,
} from '../../../../src/domain/risk';
import type { RiskMatrixConfig } from '../../../../src/domain/risk';

describe('assessRisk on the default matrix', () => {
  it.each([
    [1, 1, 1, 'low', true],
    [2, 2, 4, 'low', true],
    [1, 5, 5, 'medium', true],
    [3, 3, 9, 'medium', true],
    [2, 5, 10, 'high', false],
    [4, 4, 16, 'high', false],
    [5, 4, 20, 'critical', false],
    [5, 5, 25, 'critical', false],
  ])('likelihood %i × consequence %i = %i → %s', (l, c, score, band, within) => {
    const result = assessRisk(DEFAULT_RISK_MATRIX, l, c);
    expect(result.score).toBe(score);
    expect(result.band.id).toBe(band);
    expect(result.withinAppetite).toBe(within);
  });

  it('names the scale levels', () => {
    const result = assessRisk(DEFAULT_RISK_MATRIX, 4, 2);
    expect(result.likelihoodLevel.label).toBe('Likely');
    expect(result.consequenceLevel.label).toBe('Minor');
  });

  it.each([
    ['likelihood', 0, 3],
    ['likelihood', 6, 3],
    ['likelihood', 2.5, 3],
    ['consequence', 3, 0],
    ['consequence', 3, Number.NaN],
  ] as const)('refuses a %s off the scale (%p, %p)', (axis, l, c) => {
    expect(() => assessRisk(DEFAULT_RISK_MATRIX, l, c)).toThrow(RiskLevelOutOfScaleError);
    try {
      assessRisk(DEFAULT_RISK_MATRIX, l, c);
    } catch (error) {
      expect((error as RiskLevelOutOfScaleError).axis).toBe(axis);
    }
  });

  it('says which scale and which levels are allowed', () => {
    expect(() => assessRisk(DEFAULT_RISK_MATRIX, 6, 1)).toThrow(
      'Likelihood 6 is not on the likelihood scale: choose a whole number from 1 to 5',
    );
    expect(() => assessRisk(DEFAULT_RISK_MATRIX, 1, 0)).toThrow(
      'Consequence 0 is not on the consequence scale: choose a whole number from 1 to 5',
    );
  });
});

describe('bands and appetite', () => {
  it('finds the band of a score and refuses scores off the matrix', () => {
    expect(bandOfScore(DEFAULT_RISK_MATRIX, 17).id).toBe('critical');
    expect(() => bandOfScore(DEFAULT_RISK_MATRIX, 26)).toThrow(
      'Score 26 is outside the risk matrix (scores run from 1 to 25)',
    );
  });

  it('ranks bands and compares them with the appetite', () => {
    expect(bandRank(DEFAULT_RISK_MATRIX, 'low')).toBe(0);
    expect(bandRank(DEFAULT_RISK_MATRIX, 'critical')).toBe(3);
    expect(bandRank(DEFAULT_RISK_MATRIX, 'extreme')).toBe(-1);
    expect(isWithinAppetite(DEFAULT_RISK_MATRIX, 'medium')).toBe(true);
    expect(isWithinAppetite(DEFAULT_RISK_MATRIX, 'high')).toBe(false);
    expect(isWithinAppetite(DEFAULT_RISK_MATRIX, 'extreme')).toBe(false);
    expect(appetiteBand(DEFAULT_RISK_MATRIX).label).toBe('Medium');
  });

  it('lays out every cell, rows by likelihood and columns by consequence', () => {
    const cells = matrixCells(DEFAULT_RISK_MATRIX);
    expect(cells).toHaveLength(5);
    expect(cells[4]?.[0]).toMatchObject({ likelihood: 5, consequence: 1, score: 5 });
    expect(cells.flat().filter((c) => c.band.id === 'critical')).toHaveLength(3);
  });

  it('refuses to score on a configuration that skipped validation and has a hole', () => {
    const broken = {
      ...DEFAULT_RISK_MATRIX,
      bands: [{ id: 'low', label: 'Low', minScore: 1, maxScore: 4 }],
    } as RiskMatrixConfig;
    expect(() => assessRisk(broken, 5, 5)).toThrow(RangeError);
  });
});
