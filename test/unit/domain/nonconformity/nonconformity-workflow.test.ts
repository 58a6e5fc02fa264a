import { APP_RULE_NOTE } from '../../../../src/domain/lifecycle/app-rule';
import {
  NONCONFORMITY_STATES,
  NONCONFORMITY_STATE_IDS,
  allowedTransitions,
  evaluateTransition,
  isNonconformityState,
  nonconformityStateInfo,
} from '../../../../src/domain/nonconformity';
import type { NonconformityFacts } from '../../../../src/domain/nonconformity';
import { codes, completeFacts, noActionFacts } from './nonconformity-fixtures';

const messages = (from: string, to: string, facts: NonconformityFacts): string[] =>
  evaluateTransition(from, to, facts).reasons.map((r) => r.message);

describe('clause 10.2 states', () => {
  it('lists the five states in order with their 10.2 step letters', () => {
    expect(NONCONFORMITY_STATES.map((s) => [s.id, s.step, s.label])).toEqual([
      ['react', 'a', 'React'],
      ['cause-analysis', 'b', 'Cause analysis'],
      ['action', 'c', 'Corrective action'],
      ['effectiveness-review', 'd', 'Effectiveness review'],
      ['closed', 'e', 'Closed'],
    ]);
    expect(NONCONFORMITY_STATE_IDS).toHaveLength(5);
    expect(nonconformityStateInfo('action').clauseRef).toBe('ISO42001:10.2 c');
    expect(isNonconformityState('closed')).toBe(true);
    expect(isNonconformityState('done')).toBe(false);
  });

  it('offers the 10.2 transitions out of each state', () => {
    const next = (s: (typeof NONCONFORMITY_STATE_IDS)[number]) =>
      allowedTransitions(s).map((t) => t.to);
    expect(next('react')).toEqual(['cause-analysis']);
    expect(next('cause-analysis')).toEqual(['action', 'closed']);
    expect(next('action')).toEqual(['cause-analysis', 'effectiveness-review']);
    expect(next('effectiveness-review')).toEqual(['closed', 'cause-analysis']);
    expect(next('closed')).toEqual([]);
  });
});

describe('react → cause analysis (10.2 a)', () => {
  it('is allowed once correction and consequences are recorded', () => {
    expect(evaluateTransition('react', 'cause-analysis', completeFacts)).toEqual({
      allowed: true,
      reasons: [],
    });
  });

  it('names both missing records when nothing is recorded', () => {
    const result = evaluateTransition('react', 'cause-analysis', {});
    expect(result.allowed).toBe(false);
    expect(result.reasons).toEqual([
      {
        step: 'a',
        code: 'correction-missing',
        message: 'Record the correction or containment taken (10.2 a).',
        key: 'nonconformity.correction-missing',
        params: {},
      },
      {
        step: 'a',
        code: 'consequences-missing',
        message: 'Record how the consequences of the nonconformity were dealt with (10.2 a).',
        key: 'nonconformity.consequences-missing',
        params: {},
      },
    ]);
  });

  it('treats whitespace as not recorded', () => {
    expect(
      messages('react', 'cause-analysis', { correction: '   ', consequences: 'handled' }),
    ).toEqual(['Record the correction or containment taken (10.2 a).']);
  });
});

describe('cause analysis → corrective action (10.2 b)', () => {
  it('is allowed with causes, the similar check and a "needed" decision with an action', () => {
    expect(evaluateTransition('cause-analysis', 'action', completeFacts).allowed).toBe(true);
  });

  it('lists every missing part of cause analysis, including 10.2 a if it was cleared', () => {
    const result = evaluateTransition('cause-analysis', 'action', {});
    expect(codes(result.reasons)).toEqual([
      'correction-missing',
      'consequences-missing',
      'causes-missing',
      'similar-check-missing',
      'decision-missing',
    ]);
    expect(result.reasons.map((r) => r.message).slice(2)).toEqual([
      'Record the causes of the nonconformity (10.2 b).',
      'Answer whether similar nonconformities exist or could occur elsewhere (10.2 b).',
      'Decide whether corrective action is needed to remove the causes (10.2 b).',
    ]);
  });

  it('wants notes on what the similar-nonconformities check found', () => {
    expect(
      messages('cause-analysis', 'action', {
        ...completeFacts,
        similarCheck: { answered: true, notes: '' },
      }),
    ).toEqual(['Note what the check for similar nonconformities found (10.2 b).']);
    expect(
      codes(
        evaluateTransition('cause-analysis', 'action', {
          ...completeFacts,
          similarCheck: { answered: false, notes: 'looked' },
        }).reasons,
      ),
    ).toEqual(['similar-check-missing']);
  });

  it('needs at least one linked (not cancelled) corrective action when the decision is "needed"', () => {
    const expected = [
      'Link at least one corrective action, since corrective action was decided as needed (10.2 b).',
    ];
    expect(
      messages('cause-analysis', 'action', { ...completeFacts, correctiveActions: [] }),
    ).toEqual(expected);
    expect(
      messages('cause-analysis', 'action', {
        ...completeFacts,
        correctiveActions: [
          { key: 'AIMS-9', done: false, cancelled: true, implementerAccountIds: [] },
        ],
      }),
    ).toEqual(expected);
  });

  it('refuses the action path when the decision is that no action is needed', () => {
    expect(codes(evaluateTransition('cause-analysis', 'action', noActionFacts).reasons)).toEqual([
      'decision-not-needed',
    ]);
    expect(messages('cause-analysis', 'action', noActionFacts)[0]).toMatch(
      /no corrective action is needed.*close the nonconformity from cause analysis/,
    );
  });
});

describe('cause analysis → closed without corrective action', () => {
  it('is allowed with a "not needed" decision, its rationale and the 10.2 e answer', () => {
    expect(evaluateTransition('cause-analysis', 'closed', noActionFacts)).toEqual({
      allowed: true,
      reasons: [],
    });
  });

  it('needs the rationale and the 10.2 e answer', () => {
    expect(
      messages('cause-analysis', 'closed', {
        ...noActionFacts,
        decisionRationale: null,
        aimsChangeNeeded: null,
      }),
    ).toEqual([
      'Explain why no corrective action is needed (10.2 b).',
      'Answer whether the AIMS needs to change because of this nonconformity (10.2 e).',
    ]);
  });

  it('needs a link to the change when the AIMS must change', () => {
    expect(
      messages('cause-analysis', 'closed', { ...noActionFacts, aimsChangeNeeded: 'yes' }),
    ).toEqual([
      'Link the AIMS change (for example its change record), since a change is needed (10.2 e).',
    ]);
    expect(
      evaluateTransition('cause-analysis', 'closed', {
        ...noActionFacts,
        aimsChangeNeeded: 'yes',
        aimsChangeLink: 'https://example.com/change/7',
      }).allowed,
    ).toBe(true);
  });

  it('refuses when corrective action was decided, is linked, or was last found ineffective', () => {
    expect(codes(evaluateTransition('cause-analysis', 'closed', completeFacts).reasons)).toEqual([
      'decision-needed',
      'corrective-actions-linked',
    ]);
    expect(
      messages('cause-analysis', 'closed', {
        ...noActionFacts,
        correctiveActions: [
          { key: 'AIMS-12', done: false, implementerAccountIds: [] },
          { key: 'AIMS-13', done: true, implementerAccountIds: [] },
        ],
        verdict: 'ineffective',
      }),
    ).toEqual([
      'Corrective actions are linked (AIMS-12, AIMS-13): take them through implementation and effectiveness review, or unlink them if they are not needed (10.2 c–d).',
      'The last effectiveness review found the corrective action ineffective: plan and implement new corrective action, and have it reviewed, before closing (10.2 b–d).',
    ]);
  });
});

describe('corrective action → effectiveness review (10.2 c)', () => {
  it('is allowed when every linked corrective action is done', () => {
    expect(evaluateTransition('action', 'effectiveness-review', completeFacts).allowed).toBe(true);
  });

  it('names each corrective action still open, ignoring cancelled ones', () => {
    const facts: NonconformityFacts = {
      ...completeFacts,
      correctiveActions: [
        { key: 'AIMS-12', done: false, implementerAccountIds: ['dev-1'] },
        { key: 'AIMS-13', done: true, implementerAccountIds: ['dev-2'] },
        { key: 'AIMS-14', done: false, implementerAccountIds: ['dev-3'] },
        { key: 'AIMS-15', done: false, cancelled: true, implementerAccountIds: [] },
      ],
    };
    expect(messages('action', 'effectiveness-review', facts)).toEqual([
      'Finish corrective action AIMS-12 before its effectiveness is reviewed (10.2 c).',
      'Finish corrective action AIMS-14 before its effectiveness is reviewed (10.2 c).',
    ]);
  });

  it('needs a linked corrective action and a "needed" decision', () => {
    expect(
      codes(
        evaluateTransition('action', 'effectiveness-review', {
          ...completeFacts,
          correctiveActions: [],
        }).reasons,
      ),
    ).toEqual(['corrective-action-missing']);
    expect(
      codes(
        evaluateTransition('action', 'effectiveness-review', {
          ...completeFacts,
          correctiveActionDecision: 'not-needed',
        }).reasons,
      ),
    ).toEqual(['decision-not-needed']);
  });

  it('may always go back to cause analysis', () => {
    expect(evaluateTransition('action', 'cause-analysis', {})).toEqual({
      allowed: true,
      reasons: [],
    });
  });
});

describe('effectiveness review → closed (10.2 d and e)', () => {
  it('is allowed with an effective verdict, evidence, an independent reviewer and the 10.2 e answer', () => {
    expect(evaluateTransition('effectiveness-review', 'closed', completeFacts)).toEqual({
      allowed: true,
      reasons: [],
    });
    expect(
      evaluateTransition('effectiveness-review', 'closed', {
        ...completeFacts,
        evidence: [{ url: 'https://example.com/test-report' }],
      }).allowed,
    ).toBe(true);
  });

  it('lists every missing 10.2 d and e requirement', () => {
    expect(
      messages('effectiveness-review', 'closed', {
        ...completeFacts,
        verdict: null,
        evidence: [],
        reviewerAccountId: ' ',
        aimsChangeNeeded: null,
      }),
    ).toEqual([
      'Record whether the corrective action was effective (10.2 d).',
      'Add the evidence of the effectiveness review (10.2 d).',
      'Name the person who reviewed the effectiveness of the corrective action (10.2 d).',
      'Answer whether the AIMS needs to change because of this nonconformity (10.2 e).',
    ]);
  });

  it('never closes on an ineffective verdict', () => {
    expect(
      messages('effectiveness-review', 'closed', { ...completeFacts, verdict: 'ineffective' }),
    ).toEqual([
      'The effectiveness review found the corrective action ineffective: send the nonconformity back to cause analysis instead of closing it (10.2 d).',
    ]);
  });

  it('refuses a reviewer who implemented any of the corrective actions', () => {
    const facts: NonconformityFacts = {
      ...completeFacts,
      correctiveActions: [
        { key: 'AIMS-12', done: true, implementerAccountIds: ['dev-1', 'qa-1'] },
        { key: 'AIMS-13', done: true, implementerAccountIds: ['dev-2'] },
      ],
    };
    expect(messages('effectiveness-review', 'closed', facts)).toEqual([
      `The effectiveness reviewer implemented AIMS-12: someone who did not implement the corrective actions must review them (10.2 d asks that their effectiveness is reviewed; that the reviewer is someone else is our rule). ${APP_RULE_NOTE}`,
    ]);
  });

  it('wants each action’s implementer recorded so independence can be shown', () => {
    expect(
      messages('effectiveness-review', 'closed', {
        ...completeFacts,
        correctiveActions: [{ key: 'AIMS-12', done: true, implementerAccountIds: [] }],
      }),
    ).toEqual([
      `Record who implemented corrective action AIMS-12, so the review can be shown to be independent. ${APP_RULE_NOTE}`,
    ]);
  });

  it('re-checks earlier steps: a cleared cause or an open action blocks closing', () => {
    expect(
      codes(
        evaluateTransition('effectiveness-review', 'closed', {
          ...completeFacts,
          causes: '',
          correctiveActions: [{ key: 'AIMS-12', done: false, implementerAccountIds: ['dev-1'] }],
          aimsChangeLink: null,
        }).reasons,
      ),
    ).toEqual(['causes-missing', 'corrective-action-open', 'aims-change-link-missing']);
  });
});

describe('effectiveness review → cause analysis (ineffective loop)', () => {
  it('is allowed with an ineffective verdict and its evidence', () => {
    expect(
      evaluateTransition('effectiveness-review', 'cause-analysis', {
        ...completeFacts,
        verdict: 'ineffective',
      }),
    ).toEqual({ allowed: true, reasons: [] });
  });

  it('is refused without an ineffective verdict and evidence', () => {
    expect(
      messages('effectiveness-review', 'cause-analysis', { ...completeFacts, evidence: '' }),
    ).toEqual([
      'Record the verdict "ineffective" to send the nonconformity back to cause analysis (10.2 d).',
      'Add the evidence of the effectiveness review (10.2 d).',
    ]);
  });
});

describe('steps that are not part of 10.2', () => {
  it('refuses skipping steps and says which steps follow', () => {
    expect(evaluateTransition('react', 'closed', completeFacts)).toEqual({
      allowed: false,
      reasons: [
        {
          step: 'a',
          code: 'not-a-10.2-step',
          message:
            'Moving from "React" to "Closed" is not a step of clause 10.2. From "React" the next steps are: "Cause analysis".',
        },
      ],
    });
    expect(messages('closed', 'react', completeFacts)).toEqual([
      'Moving from "Closed" to "React" is not a step of clause 10.2.',
    ]);
    expect(messages('react', 'effectiveness-review', completeFacts)[0]).toMatch(/not a step/);
  });

  it('refuses unknown states by name', () => {
    expect(evaluateTransition('react', 'done', completeFacts).reasons).toEqual([
      {
        step: 'a',
        code: 'not-a-10.2-step',
        message:
          '"done" is not a step of clause 10.2 (the steps are: react, cause-analysis, action, effectiveness-review, closed).',
      },
    ]);
    expect(evaluateTransition('open', 'action', completeFacts).reasons[0]?.message).toMatch(
      /^"open" is not a step of clause 10.2/,
    );
    expect(evaluateTransition('action', 'done', completeFacts).reasons[0]?.step).toBe('c');
  });
});
