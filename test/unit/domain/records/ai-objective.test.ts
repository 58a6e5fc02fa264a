import { aiObjectiveSchema } from '../../../../src/domain/records';
import { refusalMessages } from './refusal-messages';

const valid = {
  title: 'Cut unexplained loan refusals',
  annexCObjectiveId: 'ISO42001:C.objective.transparency-and-explainability',
  measure: 'Share of refusals with a reason code',
  target: '100% by Q4',
  ownerAccountId: '712020:aims-manager-0002',
  dueDate: '2025-12-31',
  status: 'on-track',
};

describe('AI objective record', () => {
  it('accepts an objective tied to an Annex C objective', () => {
    expect(refusalMessages(aiObjectiveSchema, valid)).toEqual([]);
  });

  it('refuses a reference that is not an Annex C objective, naming it', () => {
    expect(
      refusalMessages(aiObjectiveSchema, {
        ...valid,
        annexCObjectiveId: 'ISO42001:C.risk-source.level-of-automation',
      }),
    ).toEqual([
      'Annex C objective "ISO42001:C.risk-source.level-of-automation" is not an Annex C objective (for example ISO42001:C.objective.fairness)',
    ]);
    expect(refusalMessages(aiObjectiveSchema, { ...valid, annexCObjectiveId: 12 })).toEqual([
      'Annex C objective must be an Annex C objective ID like ISO42001:C.objective.fairness',
    ]);
  });

  it('needs measure, target, owner, due date and a known status', () => {
    expect(
      refusalMessages(aiObjectiveSchema, {
        ...valid,
        measure: '',
        target: undefined,
        ownerAccountId: undefined,
        dueDate: '31/12/2025',
        status: 'late',
      }),
    ).toEqual([
      'Measure must not be empty',
      'Target is required',
      'Owner is required',
      'Due date must be a date like 2025-01-31',
      'Status must be one of: not-started, on-track, at-risk, achieved, missed',
    ]);
  });

  it('refuses a non-object', () => {
    expect(refusalMessages(aiObjectiveSchema, true)).toEqual([
      'An AI objective record must be an object',
    ]);
  });
});
