import {
  CORRECTIVE_ACTION_STATE_IDS,
  CORRECTIVE_ACTION_STATE_LABELS,
  correctiveActionMachine,
  evaluateCorrectiveActionTransition,
} from '../../../../src/domain/nonconformity';

const done = {
  implementationNotes: 'Drift threshold set to 0.1 on all credit models',
  evidence: 'https://example.com/config-change/77',
  implementerAccountIds: ['dev-1'],
};

describe('corrective action workflow', () => {
  it('uses the record statuses with labels', () => {
    expect(CORRECTIVE_ACTION_STATE_IDS).toEqual(['to-do', 'in-progress', 'done', 'cancelled']);
    expect(CORRECTIVE_ACTION_STATE_LABELS['in-progress']).toBe('In progress');
    expect(correctiveActionMachine.allowedTransitions('to-do').map((t) => t.to)).toEqual([
      'in-progress',
      'cancelled',
    ]);
    expect(correctiveActionMachine.allowedTransitions('cancelled')).toEqual([]);
  });

  it('starts and reopens freely', () => {
    expect(evaluateCorrectiveActionTransition('to-do', 'in-progress', {}).allowed).toBe(true);
    expect(evaluateCorrectiveActionTransition('done', 'in-progress', {}).allowed).toBe(true);
  });

  it('is done only with implementation notes, evidence and the implementer', () => {
    expect(evaluateCorrectiveActionTransition('in-progress', 'done', done)).toEqual({
      allowed: true,
      reasons: [],
    });
    expect(
      evaluateCorrectiveActionTransition('in-progress', 'done', {
        implementationNotes: ' ',
        implementerAccountIds: [''],
      }).reasons.map((r) => r.message),
    ).toEqual([
      'Describe what was implemented to remove the cause (10.2 c).',
      'Add evidence that the corrective action was implemented (10.2 c).',
      'Record who implemented the corrective action, so its effectiveness can be reviewed by someone else (10.2 d).',
    ]);
    expect(evaluateCorrectiveActionTransition('in-progress', 'done', {}).reasons).toHaveLength(3);
  });

  it('cancels only with a reason', () => {
    expect(evaluateCorrectiveActionTransition('to-do', 'cancelled', {}).reasons).toEqual([
      {
        code: 'cancellation-reason-missing',
        message: 'Say why the corrective action is cancelled.',
        key: 'correctiveAction.cancellation-reason-missing',
        params: {},
      },
    ]);
    expect(
      evaluateCorrectiveActionTransition('in-progress', 'cancelled', {
        cancellationReason: 'Superseded by AIMS-20',
      }).allowed,
    ).toBe(true);
  });

  it('refuses skipping to done or leaving a cancelled action', () => {
    expect(evaluateCorrectiveActionTransition('to-do', 'done', done).reasons).toEqual([
      {
        code: 'not-a-corrective-action-step',
        message:
          'A corrective action cannot move from "to-do" to "done" (its steps are to-do → in-progress → done, or cancelled before done).',
      },
    ]);
    expect(evaluateCorrectiveActionTransition('cancelled', 'to-do', done).allowed).toBe(false);
  });
});
