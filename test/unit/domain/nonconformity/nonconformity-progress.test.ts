import { stepProgress } from '../../../../src/domain/nonconformity';
import type { NonconformityProgress } from '../../../../src/domain/nonconformity';
import { codes, completeFacts, noActionFacts } from './nonconformity-fixtures';

const statuses = (progress: NonconformityProgress): Record<string, string> =>
  Object.fromEntries(progress.steps.map((s) => [s.step, s.status]));

describe('stepProgress: where a nonconformity stands on 10.2 a–e', () => {
  it('shows a new nonconformity at step a with everything still missing', () => {
    const progress = stepProgress({}, 'react');
    expect(statuses(progress)).toEqual({
      a: 'current',
      b: 'upcoming',
      c: 'upcoming',
      d: 'upcoming',
      e: 'upcoming',
    });
    expect(progress.steps[0]).toEqual({
      step: 'a',
      clauseRef: 'ISO42001:10.2 a',
      label: 'React: correct, contain, deal with consequences',
      status: 'current',
      missing: [
        expect.objectContaining({ code: 'correction-missing' }),
        expect.objectContaining({ code: 'consequences-missing' }),
      ],
    });
    expect(progress.next).toEqual([
      {
        to: 'cause-analysis',
        label: 'Start cause analysis',
        allowed: false,
        reasons: progress.steps[0]?.missing,
      },
    ]);
  });

  it('marks passed steps done and lists what the current step still needs', () => {
    const progress = stepProgress(
      {
        ...completeFacts,
        correctiveActions: [{ key: 'AIMS-12', done: false, implementerAccountIds: ['dev-1'] }],
      },
      'action',
    );
    expect(statuses(progress)).toMatchObject({ a: 'done', b: 'done', c: 'current', d: 'upcoming' });
    expect(progress.steps[2]?.missing.map((r) => r.message)).toEqual([
      'Finish corrective action AIMS-12 before its effectiveness is reviewed (10.2 c).',
    ]);
    expect(progress.next.map((n) => [n.to, n.allowed])).toEqual([
      ['cause-analysis', true],
      ['effectiveness-review', false],
    ]);
  });

  it('shows 10.2 e as current during the effectiveness review, since it is answered on closing', () => {
    const progress = stepProgress(
      { ...completeFacts, aimsChangeNeeded: null },
      'effectiveness-review',
    );
    expect(statuses(progress)).toEqual({
      a: 'done',
      b: 'done',
      c: 'done',
      d: 'current',
      e: 'current',
    });
    expect(codes(progress.steps[4]?.missing ?? [])).toEqual(['aims-change-answer-missing']);
    expect(progress.next.find((n) => n.to === 'closed')?.allowed).toBe(false);
  });

  it('flags a passed step whose record was cleared afterwards as incomplete', () => {
    const progress = stepProgress({ ...completeFacts, correction: '' }, 'effectiveness-review');
    expect(statuses(progress).a).toBe('incomplete');
    expect(codes(progress.steps[0]?.missing ?? [])).toEqual(['correction-missing']);
  });

  it('marks c and d not applicable when no corrective action is needed', () => {
    const progress = stepProgress(noActionFacts, 'cause-analysis');
    expect(statuses(progress)).toEqual({
      a: 'done',
      b: 'current',
      c: 'not-applicable',
      d: 'not-applicable',
      e: 'current',
    });
    expect(progress.steps[2]?.missing).toEqual([]);
    expect(progress.next.find((n) => n.to === 'closed')).toEqual({
      to: 'closed',
      label: 'Close: no corrective action needed',
      allowed: true,
      reasons: [],
    });
    expect(statuses(stepProgress(noActionFacts, 'closed'))).toEqual({
      a: 'done',
      b: 'done',
      c: 'not-applicable',
      d: 'not-applicable',
      e: 'done',
    });
  });

  it('keeps c and d applicable while corrective actions are linked or being worked', () => {
    const linked = {
      ...noActionFacts,
      correctiveActions: [{ key: 'AIMS-3', done: false, implementerAccountIds: [] }],
    };
    expect(statuses(stepProgress(linked, 'cause-analysis')).c).toBe('upcoming');
    expect(statuses(stepProgress(noActionFacts, 'action')).c).toBe('current');
    expect(statuses(stepProgress(noActionFacts, 'effectiveness-review')).d).toBe('current');
  });

  it('shows a closed nonconformity with every step done and nowhere to go', () => {
    const progress = stepProgress(completeFacts, 'closed');
    expect(Object.values(statuses(progress))).toEqual(['done', 'done', 'done', 'done', 'done']);
    expect(progress.next).toEqual([]);
  });
});
