import { DEFAULT_RISK_MATRIX, checkResidualAcceptance } from '../../../../src/domain/risk';
import type { RiskMatrixConfig } from '../../../../src/domain/risk';

const approver = '712020:aims-admin-0001';
const at = '2025-03-02T10:00:00Z';

describe('residual risk acceptance', () => {
  it('accepts a residual risk within appetite without an approver', () => {
    expect(checkResidualAcceptance(DEFAULT_RISK_MATRIX, { likelihood: 3, consequence: 3 })).toEqual(
      [],
    );
    expect(
      checkResidualAcceptance(DEFAULT_RISK_MATRIX, { likelihood: 1, consequence: 2, level: 'low' }),
    ).toEqual([]);
  });

  it('needs an approver and a time above appetite', () => {
    expect(checkResidualAcceptance(DEFAULT_RISK_MATRIX, { likelihood: 3, consequence: 4 })).toEqual(
      [
        'The residual risk is High (score 12), above the risk appetite (Medium): accepting it needs an approver, recorded with the time of acceptance',
      ],
    );
    expect(
      checkResidualAcceptance(
        DEFAULT_RISK_MATRIX,
        { likelihood: 3, consequence: 4 },
        { approverAccountId: ' ', approvedAt: '' },
      ),
    ).toHaveLength(1);
  });

  it('accepts a risk above appetite with an approver and a time', () => {
    expect(
      checkResidualAcceptance(
        DEFAULT_RISK_MATRIX,
        { likelihood: 5, consequence: 5, level: 'critical' },
        { approverAccountId: approver, approvedAt: at },
      ),
    ).toEqual([]);
  });

  it('needs the time when only the approver is recorded, and the approver when only the time is', () => {
    expect(
      checkResidualAcceptance(
        DEFAULT_RISK_MATRIX,
        { likelihood: 4, consequence: 4 },
        { approverAccountId: approver },
      ),
    ).toEqual([
      'The residual risk is High (score 16), above the risk appetite (Medium): record when it was accepted',
    ]);
    expect(
      checkResidualAcceptance(
        DEFAULT_RISK_MATRIX,
        { likelihood: 4, consequence: 4 },
        { approvedAt: at },
      ),
    ).toEqual([
      'The residual risk is High (score 16), above the risk appetite (Medium): record who accepted it',
    ]);
  });

  it('refuses a malformed approver or time', () => {
    expect(
      checkResidualAcceptance(
        DEFAULT_RISK_MATRIX,
        { likelihood: 4, consequence: 4 },
        { approverAccountId: 'Jane Doe', approvedAt: 'yesterday' },
      ),
    ).toEqual([
      'The approver must be an Atlassian account ID',
      'The acceptance time must be a date and time like 2025-01-31T09:30:00Z',
    ]);
  });

  it('reports a recorded level that does not match the matrix', () => {
    expect(
      checkResidualAcceptance(DEFAULT_RISK_MATRIX, {
        likelihood: 2,
        consequence: 2,
        level: 'medium',
      }),
    ).toEqual(['The recorded residual level "medium" does not match the matrix: 2 × 2 = 4 is Low']);
  });

  it('reports levels off the scale instead of throwing', () => {
    expect(checkResidualAcceptance(DEFAULT_RISK_MATRIX, { likelihood: 6, consequence: 1 })).toEqual(
      [
        'Residual risk: Likelihood 6 is not on the likelihood scale: choose a whole number from 1 to 5',
      ],
    );
  });

  it('lets other failures through (an unvalidated configuration)', () => {
    const broken = { ...DEFAULT_RISK_MATRIX, bands: [] } as unknown as RiskMatrixConfig;
    expect(() => checkResidualAcceptance(broken, { likelihood: 1, consequence: 1 })).toThrow(
      RangeError,
    );
  });
});
