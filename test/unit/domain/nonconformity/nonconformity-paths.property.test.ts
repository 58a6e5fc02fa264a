import fc from 'fast-check';
import {
  NONCONFORMITY_STATE_IDS,
  allowedTransitions,
  evaluateTransition,
} from '../../../../src/domain/nonconformity';
import type {
  LinkedCorrectiveAction,
  NonconformityFacts,
  NonconformityState,
} from '../../../../src/domain/nonconformity';

/**
 * Random walks: people edit any field at any time and try any move. Whatever they do, the
 * nonconformity only reaches "closed" with every 10.2 requirement met at that moment.
 */
const filled = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '';

function closingRequirementsMet(facts: NonconformityFacts, from: NonconformityState): boolean {
  const actions = (facts.correctiveActions ?? []).filter((a) => !a.cancelled);
  const evidence = Array.isArray(facts.evidence)
    ? facts.evidence.length > 0
    : filled(facts.evidence);
  const a = filled(facts.correction) && filled(facts.consequences);
  const b =
    filled(facts.causes) &&
    facts.similarCheck?.answered === true &&
    filled(facts.similarCheck.notes) &&
    facts.correctiveActionDecision !== undefined &&
    facts.correctiveActionDecision !== null;
  const e =
    facts.aimsChangeNeeded === 'no' ||
    (facts.aimsChangeNeeded === 'yes' && filled(facts.aimsChangeLink));
  if (from === 'cause-analysis') {
    return (
      a &&
      b &&
      e &&
      facts.correctiveActionDecision === 'not-needed' &&
      filled(facts.decisionRationale) &&
      actions.length === 0 &&
      facts.verdict !== 'ineffective'
    );
  }
  const reviewer = facts.reviewerAccountId;
  const c =
    facts.correctiveActionDecision === 'needed' &&
    actions.length > 0 &&
    actions.every((x) => x.done);
  const d =
    facts.verdict === 'effective' &&
    evidence &&
    filled(reviewer) &&
    actions.every(
      (x) =>
        x.implementerAccountIds.length > 0 && !x.implementerAccountIds.includes(reviewer as string),
    );
  return from === 'effectiveness-review' && a && b && c && d && e;
}

/** Mostly-valid values, so that facts one requirement short of closing are common. */
const biased = <T>(good: T, ...bad: T[]): fc.Arbitrary<T> =>
  fc.oneof(
    { arbitrary: fc.constant(good), weight: 3 * bad.length },
    { arbitrary: fc.constantFrom(...bad), weight: bad.length },
  );
const text = biased<string | null | undefined>('recorded', undefined, null, '', '  ');
const person = biased<string | null | undefined>('u3', undefined, '', 'u1', 'u2');
const action: fc.Arbitrary<LinkedCorrectiveAction> = fc.record({
  key: fc.constantFrom('AIMS-1', 'AIMS-2'),
  done: biased(true, false),
  cancelled: biased(false, true),
  implementerAccountIds: biased(['u1'], [], ['u1', 'u2'], ['u3']),
});

const similarCheck = fc.record({ answered: biased(true, false), notes: text });
const decision = fc.constantFrom(undefined, null, 'needed' as const, 'not-needed' as const);
const verdict = biased<'effective' | 'ineffective' | null | undefined>(
  'effective',
  'ineffective',
  null,
  undefined,
);
const evidence = fc.oneof(text, fc.constant([]), fc.constant([{ url: 'https://example.com/e' }]));
const changeNeeded = fc.constantFrom(undefined, null, 'yes' as const, 'no' as const);

type Command =
  | { kind: 'edit'; patch: Partial<NonconformityFacts> }
  | { kind: 'move'; to: NonconformityState }
  | { kind: 'next'; pick: number };

const edit: fc.Arbitrary<Command> = fc
  .oneof(
    text.map((correction) => ({ correction })),
    text.map((consequences) => ({ consequences })),
    text.map((causes) => ({ causes })),
    similarCheck.map((similarCheck) => ({ similarCheck })),
    decision.map((correctiveActionDecision) => ({ correctiveActionDecision })),
    text.map((decisionRationale) => ({ decisionRationale })),
    fc.array(action, { maxLength: 2 }).map((correctiveActions) => ({ correctiveActions })),
    verdict.map((verdict) => ({ verdict })),
    evidence.map((evidence) => ({ evidence })),
    person.map((reviewerAccountId) => ({ reviewerAccountId })),
    changeNeeded.map((aimsChangeNeeded) => ({ aimsChangeNeeded })),
    text.map((aimsChangeLink) => ({ aimsChangeLink })),
  )
  .map((patch) => ({ kind: 'edit', patch }));

/** Someone fills in a whole step's worth of fields at once (makes closings frequent). */
const fill: fc.Arbitrary<Command> = fc.constantFrom<Command>(
  {
    kind: 'edit',
    patch: {
      correction: 'contained',
      consequences: 'handled',
      causes: 'found',
      similarCheck: { answered: true, notes: 'none elsewhere' },
      correctiveActionDecision: 'needed',
      correctiveActions: [{ key: 'AIMS-1', done: true, implementerAccountIds: ['u1'] }],
      verdict: 'effective',
      evidence: 'report',
      reviewerAccountId: 'u3',
      aimsChangeNeeded: 'yes',
      aimsChangeLink: 'AIMS-9',
    },
  },
  {
    kind: 'edit',
    patch: {
      correction: 'contained',
      consequences: 'handled',
      causes: 'found',
      similarCheck: { answered: true, notes: 'none elsewhere' },
      correctiveActionDecision: 'not-needed',
      decisionRationale: 'one-off',
      correctiveActions: [],
      verdict: null,
      aimsChangeNeeded: 'no',
    },
  },
);

/** Someone picks one of the transitions the workflow offers from where the issue is. */
const next: fc.Arbitrary<Command> = fc.nat({ max: 5 }).map((pick) => ({ kind: 'next', pick }));

/** Complete facts for either closing path, then up to two random edits. */
const nearlyComplete: fc.Arbitrary<NonconformityFacts> = fc
  .tuple(fill, fc.array(edit, { maxLength: 2 }))
  .map(([base, edits]) =>
    [base, ...edits].reduce<NonconformityFacts>(
      (facts, command) => (command.kind === 'edit' ? { ...facts, ...command.patch } : facts),
      {},
    ),
  );

const move: fc.Arbitrary<Command> = fc
  .constantFrom(...NONCONFORMITY_STATE_IDS)
  .map((to) => ({ kind: 'move', to }));

describe('no path from react reaches closed without every 10.2 requirement', () => {
  it('holds for random edits and moves', () => {
    let closings = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            { arbitrary: edit, weight: 3 },
            { arbitrary: fill, weight: 1 },
            { arbitrary: move, weight: 1 },
            { arbitrary: next, weight: 6 },
          ),
          {
            maxLength: 80,
          },
        ),
        (commands) => {
          let state: NonconformityState = 'react';
          let facts: NonconformityFacts = {};
          const visited: NonconformityState[] = [state];
          for (const command of commands) {
            if (command.kind === 'edit') {
              facts = { ...facts, ...command.patch };
              continue;
            }
            const offered = allowedTransitions(state);
            const to: NonconformityState =
              command.kind === 'move'
                ? command.to
                : (offered[command.pick % Math.max(offered.length, 1)]?.to ?? state);
            const result = evaluateTransition(state, to, facts);
            if (result.allowed !== (result.reasons.length === 0)) return false;
            if (!result.allowed) continue;
            if (to === 'closed') {
              closings += 1;
              return closingRequirementsMet(facts, state) && visited.includes('cause-analysis');
            }
            state = to;
            visited.push(state);
          }
          return true;
        },
      ),
      { numRuns: 1500, seed: 42 },
    );
    // The walk must actually reach "closed" often, or the property says little.
    expect(closings).toBeGreaterThan(50);
  });

  it('each closing transition is allowed exactly when its requirements are met', () => {
    let allowedCount = 0;
    fc.assert(
      fc.property(nearlyComplete, (facts) => {
        return (['cause-analysis', 'effectiveness-review'] as const).every((from) => {
          const { allowed } = evaluateTransition(from, 'closed', facts);
          if (allowed) allowedCount += 1;
          return allowed === closingRequirementsMet(facts, from);
        });
      }),
      { numRuns: 1000, seed: 7 },
    );
    expect(allowedCount).toBeGreaterThan(100);
  });

  it('an effective closing after a loop back needs a fresh effective verdict', () => {
    let state: NonconformityState = 'effectiveness-review';
    const facts: NonconformityFacts = {
      correction: 'c',
      consequences: 'c',
      causes: 'c',
      similarCheck: { answered: true, notes: 'n' },
      correctiveActionDecision: 'needed',
      correctiveActions: [{ key: 'AIMS-1', done: true, implementerAccountIds: ['u1'] }],
      verdict: 'ineffective',
      evidence: 'alerts still missed',
      reviewerAccountId: 'u2',
      aimsChangeNeeded: 'no',
    };
    expect(evaluateTransition(state, 'closed', facts).allowed).toBe(false);
    expect(evaluateTransition(state, 'cause-analysis', facts).allowed).toBe(true);
    state = 'cause-analysis';
    expect(
      evaluateTransition(state, 'closed', {
        ...facts,
        correctiveActionDecision: 'not-needed',
        decisionRationale: 'r',
        correctiveActions: [],
      }).allowed,
    ).toBe(false);
  });
});
