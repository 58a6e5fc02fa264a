import { APP_RULE_NOTE } from '../../../src/domain/lifecycle/app-rule';
import { evaluateTransition } from '../../../src/domain/nonconformity';
import { buildNonconformityPanel } from '../../../src/issue-panels/nonconformity-panel';
import { nonconformityFacts } from '../../../src/jira/facts/nonconformity-facts-reader';
import { aimsIssue, inputs, linkTo } from './panel-fixtures';

const stepStatuses = (panel: ReturnType<typeof buildNonconformityPanel>) =>
  Object.fromEntries(panel.progress.steps.map((s) => [s.step, s.status]));

describe('Nonconformity panel', () => {
  it('in React with nothing recorded: step a is current and the next step lists exactly what 10.2 a) lacks', () => {
    const nc = aimsIssue({ key: 'AIMS-1', type: 'nonconformity', status: 'ncReact' });
    const panel = buildNonconformityPanel(inputs(nc));
    expect(stepStatuses(panel)).toEqual({
      a: 'current',
      b: 'upcoming',
      c: 'upcoming',
      d: 'upcoming',
      e: 'upcoming',
    });
    expect(panel.progress.next).toEqual([
      {
        transitionName: 'Start cause analysis',
        toStatusName: 'Cause Analysis',
        allowed: false,
        missing: [
          'Record the correction or containment taken (10.2 a).',
          'Record how the consequences of the nonconformity were dealt with (10.2 a).',
        ],
        missingMessages: [
          { key: 'nonconformity.correction-missing', params: {} },
          { key: 'nonconformity.consequences-missing', params: {} },
        ],
      },
    ]);
    expect(panel.form.map((f) => [f.key, f.kind])).toEqual([
      ['correction', 'textarea'],
      ['consequences', 'textarea'],
    ]);
  });

  it('gives the same reasons as the workflow validator for each transition out of cause analysis', () => {
    const nc = aimsIssue({
      key: 'AIMS-2',
      type: 'nonconformity',
      status: 'ncCauseAnalysis',
      values: {
        correction: 'Rolled back',
        consequences: 'Customers told',
        caDecision: 'Corrective action needed',
        similarCheck: 'Similar could occur',
      },
    });
    const panel = buildNonconformityPanel(inputs(nc));
    const facts = nonconformityFacts(nc, []);
    const toAction = panel.progress.next.find(
      (n) => n.transitionName === 'Implement corrective actions',
    );
    expect(toAction?.missing).toEqual(
      evaluateTransition('cause-analysis', 'action', facts).reasons.map((r) => r.message),
    );
    expect(toAction?.missing).toEqual([
      'Record the causes of the nonconformity (10.2 b).',
      'Note what the check for similar nonconformities found (10.2 b).',
      'Link at least one corrective action, since corrective action was decided as needed (10.2 b).',
    ]);
    expect(stepStatuses(panel)).toMatchObject({ a: 'done', b: 'current' });
    expect(panel.progress.steps[0]?.recorded).toEqual([
      { label: 'Correction and containment', value: 'Rolled back' },
      { label: 'Consequences dealt with', value: 'Customers told' },
    ]);
    // The form offers what the current step still lacks (causes and the notes), not what is recorded.
    expect(panel.form.map((f) => f.key)).toEqual(['rootCause', 'similarNotes']);
  });

  it('in effectiveness review: lists its actions with overdue flags, the finding grade, and a reviewer who implemented an action', () => {
    const ca1 = aimsIssue({
      key: 'AIMS-11',
      type: 'correctiveAction',
      status: 'done',
      assignee: 'alice',
      duedate: '2026-11-01',
    });
    const ca2 = aimsIssue({
      key: 'AIMS-12',
      type: 'correctiveAction',
      status: 'inProgress',
      assignee: 'bob',
      duedate: '2026-11-20',
    });
    const finding = aimsIssue({
      key: 'AIMS-5',
      type: 'auditFinding',
      status: 'findingNcRaised',
      values: { findingGrade: 'Major nonconformity' },
    });
    const nc = aimsIssue({
      key: 'AIMS-3',
      type: 'nonconformity',
      status: 'ncEffectivenessReview',
      duedate: '2026-12-31',
      values: {
        correction: 'x',
        consequences: 'y',
        rootCause: 'z',
        similarCheck: 'None exist or could occur',
        similarNotes: 'checked',
        caDecision: 'Corrective action needed',
        verdict: 'Effective',
        effectivenessReviewer: { accountId: 'alice', displayName: 'Alice' },
      },
      links: [linkTo(ca1, 'corrects'), linkTo(ca2, 'corrects'), linkTo(finding, 'raises')],
    });
    const panel = buildNonconformityPanel(inputs(nc, [ca1, ca2, finding]));
    expect(panel.correctiveActions.map((c) => [c.key, c.assignee, c.overdue])).toEqual([
      ['AIMS-11', 'User alice', false],
      ['AIMS-12', 'User bob', true],
    ]);
    expect(panel.findings).toEqual([
      expect.objectContaining({ key: 'AIMS-5', grade: 'Major nonconformity' }),
    ]);
    const close = panel.progress.next.find(
      (n) => n.transitionName === 'Verify effective and close',
    );
    expect(close?.missing).toEqual([
      'Finish corrective action AIMS-12 before its effectiveness is reviewed (10.2 c).',
      'Add the evidence of the effectiveness review (10.2 d).',
      `The effectiveness reviewer implemented AIMS-11: someone who did not implement the corrective actions must review them (10.2 d asks that their effectiveness is reviewed; that the reviewer is someone else is our rule). ${APP_RULE_NOTE}`,
      'Answer whether the AIMS needs to change because of this nonconformity (10.2 e).',
    ]);
    expect(stepStatuses(panel)).toMatchObject({ c: 'incomplete', d: 'current', e: 'current' });
    expect(panel.effectiveness).toEqual({
      verdict: 'Effective',
      reviewer: { accountId: 'alice', displayName: 'Alice' },
      evidence: null,
    });
    expect(panel.form.map((f) => f.key)).toEqual([
      'effectivenessEvidence',
      'effectivenessReviewer',
      'aimsChangeNeeded',
      'aimsChangeLink',
    ]);
    expect(panel.form.find((f) => f.key === 'effectivenessReviewer')).toMatchObject({
      kind: 'viewer',
      options: ['viewer-1'],
      value: 'alice',
    });
  });

  it('a closed nonconformity shows every step done and no form', () => {
    const nc = aimsIssue({
      key: 'AIMS-4',
      type: 'nonconformity',
      status: 'ncClosed',
      values: {
        correction: 'x',
        consequences: 'y',
        rootCause: 'z',
        similarCheck: 'None exist or could occur',
        similarNotes: 'n',
        caDecision: 'No corrective action needed',
        caDecisionRationale: 'one-off',
        aimsChangeNeeded: 'No',
      },
    });
    const panel = buildNonconformityPanel(inputs(nc));
    expect(stepStatuses(panel)).toEqual({
      a: 'done',
      b: 'done',
      c: 'not-applicable',
      d: 'not-applicable',
      e: 'done',
    });
    expect(panel.form).toEqual([]);
    expect(panel.aimsChange).toEqual({ answer: 'No', link: null });
  });
});
