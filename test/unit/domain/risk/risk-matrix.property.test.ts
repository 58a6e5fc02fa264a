import fc from 'fast-check';
import {
  assessRisk,
  bandRank,
  checkResidualAcceptance,
  matrixCells,
  parseRiskMatrixConfig,
} from '../../../../src/domain/risk';
import type { RiskMatrixConfig } from '../../../../src/domain/risk';

/**
 * Random valid configurations: 3..5 levels per scale, and bands made by cutting the
 * sorted list of scores the matrix can produce into contiguous groups.
 */
const configArb: fc.Arbitrary<RiskMatrixConfig> = fc
  .record({
    l: fc.integer({ min: 3, max: 5 }),
    c: fc.integer({ min: 3, max: 5 }),
    cuts: fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 4 }),
    appetite: fc.nat(),
  })
  .map(({ l, c, cuts, appetite }) => {
    const scores = [
      ...new Set(Array.from({ length: l * c }, (_v, i) => (Math.floor(i / c) + 1) * ((i % c) + 1))),
    ].sort((a, b) => a - b);
    // Band boundaries at distinct positions in the achievable-score list.
    const positions = [...new Set(cuts.map((x) => 1 + (x % (scores.length - 1))))].sort(
      (a, b) => a - b,
    );
    const starts = [0, ...positions];
    const bands = starts.map((start, i) => {
      const next = starts[i + 1];
      const minScore = i === 0 ? 1 : (scores[start - 1] as number) + 1;
      const maxScore = next === undefined ? l * c : (scores[next - 1] as number);
      return { id: `band-${i}`, label: `Band ${i}`, minScore, maxScore };
    });
    const levels = (n: number) => Array.from({ length: n }, (_v, i) => ({ label: `L${i + 1}` }));
    return parseRiskMatrixConfig({
      likelihood: levels(l),
      consequence: levels(c),
      bands,
      appetiteBandId: `band-${appetite % bands.length}`,
    });
  });

const cellArb = (config: RiskMatrixConfig) =>
  fc.record({
    l: fc.integer({ min: 1, max: config.likelihood.length }),
    c: fc.integer({ min: 1, max: config.consequence.length }),
  });

describe('risk matrix properties', () => {
  it('every cell of every valid matrix gets exactly one band', () => {
    fc.assert(
      fc.property(configArb, (config) =>
        matrixCells(config)
          .flat()
          .every((cell) => {
            const holders = config.bands.filter(
              (b) => cell.score >= b.minScore && cell.score <= b.maxScore,
            );
            return holders.length === 1 && holders[0] === cell.band;
          }),
      ),
      { numRuns: 150 },
    );
  });

  it('the band never gets less severe when the score grows', () => {
    fc.assert(
      fc.property(
        configArb.chain((config) =>
          fc.tuple(fc.constant(config), cellArb(config), cellArb(config)),
        ),
        ([config, a, b]) => {
          const x = assessRisk(config, a.l, a.c);
          const y = assessRisk(config, b.l, b.c);
          if (x.score <= y.score) {
            expect(bandRank(config, x.band.id)).toBeLessThanOrEqual(bandRank(config, y.band.id));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('raising likelihood or consequence never lowers the band', () => {
    fc.assert(
      fc.property(
        configArb.chain((config) => fc.tuple(fc.constant(config), cellArb(config))),
        ([config, cell]) => {
          const base = bandRank(config, assessRisk(config, cell.l, cell.c).band.id);
          if (cell.l < config.likelihood.length) {
            expect(
              bandRank(config, assessRisk(config, cell.l + 1, cell.c).band.id),
            ).toBeGreaterThanOrEqual(base);
          }
          if (cell.c < config.consequence.length) {
            expect(
              bandRank(config, assessRisk(config, cell.l, cell.c + 1).band.id),
            ).toBeGreaterThanOrEqual(base);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('an approver is asked for exactly when the residual risk is above appetite', () => {
    fc.assert(
      fc.property(
        configArb.chain((config) => fc.tuple(fc.constant(config), cellArb(config))),
        ([config, cell]) => {
          const { band } = assessRisk(config, cell.l, cell.c);
          const above = bandRank(config, band.id) > bandRank(config, config.appetiteBandId);
          const unapproved = checkResidualAcceptance(config, {
            likelihood: cell.l,
            consequence: cell.c,
          });
          expect(unapproved.length > 0).toBe(above);
          const approved = checkResidualAcceptance(
            config,
            { likelihood: cell.l, consequence: cell.c },
            { approverAccountId: 'abc-123', approvedAt: '2025-01-01T00:00:00Z' },
          );
          expect(approved).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
