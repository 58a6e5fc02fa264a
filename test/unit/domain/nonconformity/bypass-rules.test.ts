import { APP_RULE_NOTE, appRule } from '../../../../src/domain/lifecycle/app-rule';
import { reopeningRequirements } from '../../../../src/domain/lifecycle/reopening-requirements';
import {
  auditFindingRequirements,
  evaluateTransition,
  findingRegradeRequirements,
} from '../../../../src/domain/nonconformity';
import type { NonconformityFacts } from '../../../../src/domain/nonconformity';
import { codes, completeFacts, noActionFacts } from './nonconformity-fixtures';

const LOOP_AT = '2026-05-01T10:00:00.000Z';

describe('an ineffective review, then the next one', () => {
  const looped = (completedAt: string | null): NonconformityFacts => ({
    ...completeFacts,
    lastIneffectiveReviewAt: LOOP_AT,
    correctiveActions: [
      { key: 'AIMS-12', done: true, implementerAccountIds: ['dev-1'], completedAt },
    ],
  });

  it('refuses reviewing or closing on an action completed before the loop', () => {
    for (const [from, to] of [
      ['action', 'effectiveness-review'],
      ['effectiveness-review', 'closed'],
    ] as const) {
      expect(
        codes(evaluateTransition(from, to, looped('2026-04-30T09:00:00.000Z')).reasons),
      ).toContain('no-action-after-ineffective-review');
    }
  });

  it('allows them once an action was completed after the loop', () => {
    expect(
      evaluateTransition('effectiveness-review', 'closed', looped('2026-05-02T09:00:00.000Z')),
    ).toMatchObject({ allowed: true });
  });

  it('never closes without action after a loop, even with the verdict cleared', () => {
    expect(
      codes(
        evaluateTransition('cause-analysis', 'closed', {
          ...noActionFacts,
          verdict: null,
          lastIneffectiveReviewAt: LOOP_AT,
        }).reasons,
      ),
    ).toContain('ineffective-not-resolved');
  });
});

describe('reopening and re-grading', () => {
  it('a reopening needs its reason, labelled as the app rule', () => {
    expect(reopeningRequirements('  ').map((r) => r.message)).toEqual([
      appRule(
        'Say why this closed record is reopened: write the reason in the comment of the transition.',
      ),
    ]);
    expect(reopeningRequirements('Recurred')).toEqual([]);
  });

  it('a re-grade needs a new grade and a reason, and never orphans an open NC', () => {
    const open = [{ key: 'AIMS-7', closed: false }];
    expect(
      findingRegradeRequirements({
        from: 'major-nc',
        to: 'major-nc',
        reason: null,
        nonconformities: open,
      }).map((r) => r.code),
    ).toEqual(['regrade-unchanged', 'regrade-reason-missing']);
    expect(
      findingRegradeRequirements({
        from: 'major-nc',
        to: 'observation',
        reason: 'x',
        nonconformities: open,
      }).map((r) => r.code),
    ).toEqual(['regrade-orphans-nonconformity']);
    expect(
      findingRegradeRequirements({
        from: 'major-nc',
        to: 'minor-nc',
        reason: 'x',
        nonconformities: open,
      }),
    ).toEqual([]);
    expect(
      findingRegradeRequirements({
        from: 'major-nc',
        to: 'observation',
        reason: 'x',
        nonconformities: [{ key: 'AIMS-7', closed: true }],
      }),
    ).toEqual([]);
  });

  it('finding grades are labelled as the app rule, not the standard', () => {
    const [missing] = auditFindingRequirements('close', { grade: null, nonconformities: [] });
    expect(missing?.message.endsWith(APP_RULE_NOTE)).toBe(true);
  });
});
