import { adfDoc } from '../../../../src/jira/aims-issue';
import { evaluateTransition } from '../../../../src/domain/nonconformity';
import {
  correctiveActionKeysOf,
  nonconformityFacts,
  nonconformityStateOf,
} from '../../../../src/jira/facts/nonconformity-facts-reader';
import { aimsIssue, config, field } from '../../workflows/aims-issue-fixture';

describe('Nonconformity issue → 10.2 facts', () => {
  const nc = aimsIssue({
    fields: {
      [field('correction')]: adfDoc('Rolled back'),
      [field('consequences')]: 'Customers told',
      [field('rootCause')]: adfDoc('No monitoring'),
      [field('similarCheck')]: { value: 'Similar could occur', id: '1' },
      [field('similarNotes')]: adfDoc('Two other models'),
      [field('caDecision')]: { value: 'Corrective action needed' },
      [field('verdict')]: { value: 'Effective' },
      [field('effectivenessEvidence')]: adfDoc('30 days clean'),
      [field('effectivenessReviewer')]: { accountId: 'reviewer-1', displayName: 'R' },
      [field('aimsChangeNeeded')]: { value: 'Yes' },
    },
    links: [
      { type: 'corrects', key: 'AIMS-7', typeName: 'Corrective Action', side: 'inward' },
      // drawn the other way round: still a corrective action of this NC
      { type: 'corrects', key: 'AIMS-8', typeName: 'Corrective Action', side: 'outward' },
      { type: 'corrects', key: 'AIMS-9', typeName: 'Bug' },
      { type: 'changesAims', key: 'AIMS-20', typeName: 'AIMS Action' },
    ],
  });

  it('maps text, options, users and links to the domain facts', () => {
    expect(correctiveActionKeysOf(nc, config)).toEqual(['AIMS-7', 'AIMS-8']);
    const facts = nonconformityFacts(nc, [
      { key: 'AIMS-7', done: true, assigneeAccountId: 'implementer-1' },
      { key: 'AIMS-8', done: false, assigneeAccountId: null },
    ]);
    expect(facts).toEqual({
      correction: 'Rolled back',
      consequences: 'Customers told',
      causes: 'No monitoring',
      similarCheck: { answered: true, answer: 'could-occur', notes: 'Two other models' },
      // Not linked as a recurrence of any earlier nonconformity.
      recurrenceOf: [],
      correctiveActionDecision: 'needed',
      decisionRationale: null,
      correctiveActions: [
        { key: 'AIMS-7', done: true, implementerAccountIds: ['implementer-1'], completedAt: null },
        { key: 'AIMS-8', done: false, implementerAccountIds: [], completedAt: null },
      ],
      // No ineffective review yet (no loop recorded on this nonconformity).
      lastIneffectiveReviewAt: null,
      verdict: 'effective',
      evidence: '30 days clean',
      reviewerAccountId: 'reviewer-1',
      aimsChangeNeeded: 'yes',
      // no URL in the field: the linked AIMS change counts
      aimsChangeLink: 'AIMS-20',
    });
  });

  it('an empty issue is missing everything the react step asks', () => {
    const facts = nonconformityFacts(aimsIssue({}), []);
    const codes = evaluateTransition('react', 'cause-analysis', facts).reasons.map((r) => r.code);
    expect(codes).toEqual(['correction-missing', 'consequences-missing']);
  });

  it('maps the provisioned statuses to the 10.2 states', () => {
    expect(
      ['ncReact', 'ncCauseAnalysis', 'ncImplementing', 'ncEffectivenessReview', 'ncClosed'].map(
        nonconformityStateOf,
      ),
    ).toEqual(['react', 'cause-analysis', 'action', 'effectiveness-review', 'closed']);
    expect(nonconformityStateOf('toDo')).toBeUndefined();
  });
});
