import { defineGuardedMachine } from '../../../../src/domain/lifecycle/guarded-machine';
import { hasText } from '../../../../src/domain/lifecycle/has-text';
import { uniqueReasons } from '../../../../src/domain/lifecycle/reason';

describe('guarded machine', () => {
  const machine = defineGuardedMachine<'a' | 'b', { n: number }, { code: string; message: string }>(
    {
      states: ['a', 'b'],
      transitions: [
        {
          from: 'a',
          to: 'b',
          label: 'go',
          guard: ({ n }) =>
            n > 0
              ? []
              : [
                  { code: 'x', message: 'n must be positive' },
                  { code: 'x', message: 'n must be positive' },
                  { code: 'y', message: 'other' },
                ],
        },
      ],
      notATransition: (from, to) => ({ code: 'no', message: `${from}→${to}` }),
    },
  );

  it('allows when the guard has no reasons and removes repeated reasons', () => {
    expect(machine.evaluateTransition('a', 'b', { n: 1 })).toEqual({ allowed: true, reasons: [] });
    expect(machine.evaluateTransition('a', 'b', { n: 0 }).reasons.map((r) => r.code)).toEqual([
      'x',
      'y',
    ]);
  });

  it('refuses pairs that are not transitions', () => {
    expect(machine.evaluateTransition('b', 'a', { n: 1 })).toEqual({
      allowed: false,
      reasons: [{ code: 'no', message: 'b→a' }],
    });
    expect(machine.isState('a')).toBe(true);
    expect(machine.isState('c')).toBe(false);
  });

  it('helpers: text presence and reason de-duplication', () => {
    expect([hasText('x'), hasText(' '), hasText(null), hasText(undefined)]).toEqual([
      true,
      false,
      false,
      false,
    ]);
    expect(
      uniqueReasons([
        { code: 'a', message: 'm' },
        { code: 'a', message: 'n' },
      ]),
    ).toHaveLength(2);
  });
});
