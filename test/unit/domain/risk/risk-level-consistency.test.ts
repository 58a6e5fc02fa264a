import { aiRiskSchema } from '../../../../src/domain/records';
import { DEFAULT_RISK_MATRIX, checkRiskAgainstMatrix } from '../../../../src/domain/risk';
import type { RiskMatrixConfig } from '../../../../src/domain/risk';

const risk = aiRiskSchema.parse({
  title: 'Biased ranking',
  ownerAccountId: '712020:aims-manager-0002',
  likelihood: 4,
  consequence: 5,
  inherentLevel: 'critical',
  treatment: 'modify',
  linkedControls: ['ISO42001:A.7.4'],
  residual: { likelihood: 2, consequence: 4, level: 'medium' },
});

describe('checkRiskAgainstMatrix', () => {
  it('finds nothing wrong with a consistent risk', () => {
    expect(checkRiskAgainstMatrix(DEFAULT_RISK_MATRIX, risk)).toEqual([]);
    const { residual: _r, ...untreated } = risk;
    expect(checkRiskAgainstMatrix(DEFAULT_RISK_MATRIX, untreated)).toEqual([]);
  });

  it('reports a wrong inherent level and an unaccepted residual above appetite', () => {
    expect(
      checkRiskAgainstMatrix(DEFAULT_RISK_MATRIX, {
        ...risk,
        inherentLevel: 'high',
        residual: { likelihood: 3, consequence: 4, level: 'high' },
      }),
    ).toEqual([
      'The recorded risk level "high" does not match the matrix: 4 × 5 = 20 is Critical',
      'The residual risk is High (score 12), above the risk appetite (Medium): accepting it needs an approver, recorded with the time of acceptance',
    ]);
  });

  it('uses the recorded acceptance', () => {
    expect(
      checkRiskAgainstMatrix(DEFAULT_RISK_MATRIX, {
        ...risk,
        residual: { likelihood: 3, consequence: 4, level: 'high' },
        acceptance: {
          approverAccountId: '712020:aims-admin-0001',
          approvedAt: '2025-03-02T10:00:00Z',
        },
      }),
    ).toEqual([]);
  });

  it('reports levels a smaller matrix does not have', () => {
    const { residual: _r, ...untreated } = risk;
    const threeByThree = {
      ...DEFAULT_RISK_MATRIX,
      likelihood: DEFAULT_RISK_MATRIX.likelihood.slice(0, 3),
      consequence: DEFAULT_RISK_MATRIX.consequence.slice(0, 3),
    } as RiskMatrixConfig;
    expect(checkRiskAgainstMatrix(threeByThree, untreated)).toEqual([
      'Likelihood 4 is not on the likelihood scale: choose a whole number from 1 to 3',
    ]);
  });

  it('lets other failures through', () => {
    const broken = { ...DEFAULT_RISK_MATRIX, bands: [] } as unknown as RiskMatrixConfig;
    expect(() => checkRiskAgainstMatrix(broken, risk)).toThrow(RangeError);
  });
});
