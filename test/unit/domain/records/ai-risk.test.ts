import { aiRiskSchema } from '../../../../src/domain/records';
import type { AiRiskRecord } from '../../../../src/domain/records';
import { refusalMessages } from './refusal-messages';

const valid = {
  title: 'Biased ranking of applicants',
  aiSystemKeys: ['AIMS-1'],
  ownerAccountId: '712020:aims-manager-0002',
  riskSources: ['ISO42001:C.risk-source.machine-learning'],
  likelihood: 4,
  consequence: 5,
  inherentLevel: 'critical',
  assessedOn: '2025-03-01',
  nextAssessmentDate: '2025-09-01',
  treatment: 'modify',
  linkedControls: ['ISO42001:A.7.4', 'ORG:bias-testing'],
  residual: { likelihood: 2, consequence: 4, level: 'medium' },
};

describe('AI risk record', () => {
  it('accepts a treated risk and fills empty lists', () => {
    const risk: AiRiskRecord = aiRiskSchema.parse(valid);
    expect(risk.residual).toEqual({ likelihood: 2, consequence: 4, level: 'medium' });
    const minimal = aiRiskSchema.parse({
      title: 'x',
      ownerAccountId: 'abc',
      likelihood: 1,
      consequence: 1,
      inherentLevel: 'low',
    });
    expect(minimal.linkedControls).toEqual([]);
    expect(minimal.riskSources).toEqual([]);
    expect(minimal.aiSystemKeys).toEqual([]);
  });

  it.each(['avoid', 'share', 'retain'])('accepts treatment option %s without controls', (t) => {
    expect(refusalMessages(aiRiskSchema, { ...valid, treatment: t, linkedControls: [] })).toEqual(
      [],
    );
  });

  it('accepts a recorded acceptance and treatment plan approval', () => {
    const approval = {
      approverAccountId: '712020:aims-admin-0001',
      approvedAt: '2025-03-02T10:00:00Z',
    };
    expect(
      refusalMessages(aiRiskSchema, {
        ...valid,
        acceptance: approval,
        treatmentPlanApproval: approval,
      }),
    ).toEqual([]);
  });

  it('refuses an unknown treatment option', () => {
    expect(refusalMessages(aiRiskSchema, { ...valid, treatment: 'ignore' })).toEqual([
      'Treatment option must be one of: modify, avoid, share, retain',
    ]);
  });

  it('needs a linked control when the risk is modified', () => {
    expect(refusalMessages(aiRiskSchema, { ...valid, linkedControls: [] })).toEqual([
      'A risk treated by modifying it needs at least one linked control',
    ]);
  });

  it('refuses the same control linked twice', () => {
    expect(refusalMessages(aiRiskSchema, { ...valid, linkedControls: ['ORG:x', 'ORG:x'] })).toEqual(
      ['Each control can be linked to a risk only once'],
    );
  });

  it('refuses controls and risk sources outside the catalog, naming them', () => {
    expect(
      refusalMessages(aiRiskSchema, {
        ...valid,
        linkedControls: ['A.7.4'],
        riskSources: ['ISO42001:C.objective.fairness'],
      }),
    ).toEqual([
      'Risk source "ISO42001:C.objective.fairness" is not an Annex C risk source (for example ISO42001:C.risk-source.level-of-automation) (item 1)',
      'Linked control "A.7.4" is neither an Annex A control (like ISO42001:A.6.2.4) nor an organization control (like ORG:access-review) (item 1)',
    ]);
  });

  it('keeps likelihood and consequence to whole levels 1..5', () => {
    expect(refusalMessages(aiRiskSchema, { ...valid, likelihood: 6, consequence: 0 })).toEqual([
      'Likelihood must be between 1 and 5',
      'Consequence must be between 1 and 5',
    ]);
    expect(refusalMessages(aiRiskSchema, { ...valid, likelihood: 2.5, consequence: '3' })).toEqual([
      'Likelihood must be a whole number',
      'Consequence must be a number',
    ]);
  });

  it('needs a well-formed risk level', () => {
    expect(refusalMessages(aiRiskSchema, { ...valid, inherentLevel: 'Very High' })).toEqual([
      'Risk level must be a risk level ID such as "high"',
    ]);
    expect(refusalMessages(aiRiskSchema, { ...valid, inherentLevel: undefined })).toEqual([
      'Risk level is required',
    ]);
  });

  it('needs a complete residual risk', () => {
    expect(refusalMessages(aiRiskSchema, { ...valid, residual: { likelihood: 2 } })).toEqual([
      'Residual consequence is required',
      'Residual risk level is required',
    ]);
    expect(refusalMessages(aiRiskSchema, { ...valid, residual: 'low' })).toEqual([
      'The residual risk needs a likelihood, a consequence and a level',
    ]);
  });

  it('refuses an acceptance without a residual risk, or without approver and time', () => {
    const { residual: _residual, ...withoutResidual } = valid;
    expect(
      refusalMessages(aiRiskSchema, {
        ...withoutResidual,
        acceptance: { approverAccountId: 'abc', approvedAt: '2025-03-02T10:00:00Z' },
      }),
    ).toEqual(['Record the residual risk before accepting it']);
    expect(
      refusalMessages(aiRiskSchema, { ...valid, acceptance: { approverAccountId: 'abc' } }),
    ).toEqual(['Approval time is required']);
    expect(refusalMessages(aiRiskSchema, { ...valid, acceptance: true })).toEqual([
      'An approval needs an approver and a time',
    ]);
    expect(
      refusalMessages(aiRiskSchema, {
        ...valid,
        acceptance: { approverAccountId: 'abc', approvedAt: '2025-03-02' },
      }),
    ).toEqual(['Approval time must be a date and time like 2025-01-31T09:30:00Z']);
  });

  it('refuses a next assessment before the assessment', () => {
    expect(refusalMessages(aiRiskSchema, { ...valid, nextAssessmentDate: '2025-02-28' })).toEqual([
      'The next assessment date cannot be before the assessment date',
    ]);
  });

  it('refuses a non-object', () => {
    expect(refusalMessages(aiRiskSchema, null)).toEqual(['An AI risk record must be an object']);
  });
});
