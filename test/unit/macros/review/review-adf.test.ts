import { REVIEW_ITEMS_LISTED, buildManagementReviewInputs } from '../../../../src/domain/review';
import { reviewViewToAdf } from '../../../../src/macros/review/review-adf';
import type { ReviewView } from '../../../../src/macros/review/review-view';
import { inputsWithPolicyPagesNamed } from '../../../../src/macros/review/review-policy-pages';

// An export has no reader: no policy page is named.
const inputs = inputsWithPolicyPagesNamed(
  buildManagementReviewInputs(
    {
      asOf: '2026-10-02',
      externalInternalIssues: 'New regulation',
      interestedParties: 'Customers want model cards',
      previousActions: [{ key: 'AIMS-7', summary: 'Old action', status: 'Done', done: true }],
      nonconformities: [{ key: 'AIMS-8', createdOn: '2026-08-03', source: 'Incident' }],
      competence: { expired: 2, expiring: 1 },
      policyAwareness: {
        memberGroup: 'jira-users',
        groupSize: 10,
        policies: [{ pageId: '70', version: 2, acknowledged: 7 }],
        unreadablePages: 0,
      },
      auditFindings: [
        {
          key: 'AIMS-9',
          grade: 'opportunity-for-improvement',
          raisedOn: '2026-09-01',
          summary: 'Centralise records',
        },
      ],
    },
    { start: '2026-07-01', end: '2026-09-30' },
  ),
  undefined,
);

const held: ReviewView = {
  configured: true,
  pageId: '65539',
  title: 'Management Review 2026-Q3',
  projectKey: 'AIMS',
  period: { start: '2026-07-01', end: '2026-09-30' },
  previousReviewPageId: '65000',
  state: 'held',
  editBlockers: [],
  inputs,
  contextChanges: {
    basis: 'previous-review',
    current: { pageId: '70', title: 'AIMS scope', revision: 4, contentHash: 'sha256:x' },
    baseline: {
      pageId: '70',
      title: 'AIMS scope',
      revision: 2,
      contentHash: 'sha256:y',
      reviewPageId: '65000',
      heldAt: '2026-07-02T09:00:00.000Z',
    },
    note: null,
    issues: [
      {
        subject: 'climate',
        id: 'climate-change',
        title: 'Climate change',
        change: 'changed',
        details: ['Relevant: no → yes'],
      },
    ],
    parties: [
      {
        subject: 'party',
        id: 'par-3',
        title: 'Banking supervisor',
        change: 'added',
        details: ['Requirement added: "Model risk reports" (addressed by the AIMS)'],
      },
    ],
  },
  ungradedFindings: 0,
  entered: {
    externalInternalIssues: 'New regulation',
    interestedParties: 'Customers want model cards',
  },
  attendees: [{ accountId: 'a1', displayName: 'Alice Admin' }],
  decisions: [
    {
      id: 'd1',
      kind: 'aims-change',
      description: 'Consult the works council',
      owner: null,
      dueDate: '2027-01-31',
      actionKey: 'AIMS-12',
    },
  ],
  held: {
    heldAt: '2026-10-02T09:00:00.000Z',
    heldBy: { accountId: 'a1', displayName: 'Alice Admin' },
    contentHash: 'abc123',
    pageVersion: 3,
    hiddenItems: 0,
    countedUnseen: null,
  },
  names: {},
  integrityProblems: [],
  seal: null,
  searches: null,
};

const SITE = 'https://example.atlassian.net';

describe('the review as ADF for export', () => {
  it('holds the inputs, trend tables, attendees and decisions with their actions', () => {
    const adf = reviewViewToAdf(held, SITE);
    const json = JSON.stringify(adf);
    expect(adf.type).toBe('doc');
    for (const words of [
      'Inputs (9.3.2)',
      'AIMS-7',
      'New regulation',
      'Customers want model cards',
      'Changes in the AIMS scope and context',
      'Relevant: no → yes',
      'Banking supervisor',
      'Requirement added: \\"Model risk reports\\" (addressed by the AIMS)',
      '2026-08',
      'Incident',
      'Opportunity for improvement',
      'Centralise records',
      'Alice Admin',
      'Consult the works council',
      'AIMS-12',
      'Content hash abc123',
      'page version 3',
      'Competence (7.2, A.4.6)',
      '2 Competence Record(s) expired from 2026-07-01 to the review date 2026-10-02; 1 expire by 2026-11-01',
      'Awareness of the AI policy (7.3)',
      'A registered AI policy page, approved version 2 in force: 7 of 10 member(s) of jira-users acknowledged it (70%).',
    ]) {
      expect(json).toContain(words);
    }
    expect(adf.content.filter((n) => n.type === 'table').length).toBeGreaterThanOrEqual(5);
  });

  it('says how many listed issues an export leaves out (it has no reader)', () => {
    const json = JSON.stringify(
      reviewViewToAdf(
        { ...held, held: held.configured && held.held ? { ...held.held, hiddenItems: 3 } : null },
        SITE,
      ),
    );
    expect(json).toContain(
      'The 3 issues this record lists are left out of the export: the page shows each reader those they may browse in Jira.',
    );
    expect(JSON.stringify(reviewViewToAdf(held, SITE))).not.toContain('left out of the export');
  });

  it('says the export’s counts are as recorded and may include issues a reader cannot see', () => {
    const json = JSON.stringify(reviewViewToAdf(held, SITE));
    expect(json).toContain(
      'The counts are as recorded by the person who held the review on 2026-10-02; recorded counts may include issues you cannot see.',
    );
  });

  it('shows only a warning for a tampered record', () => {
    const json = JSON.stringify(
      reviewViewToAdf(
        {
          ...held,
          state: 'tampered',
          inputs: null,
          held: null,
          integrityProblems: ['hash does not match'],
        },
        SITE,
      ),
    );
    expect(json).toContain('cannot be trusted');
    expect(json).toContain('hash does not match');
    expect(json).not.toContain('Consult the works council');
  });

  it('says why an unconfigured macro shows nothing', () => {
    const json = JSON.stringify(
      reviewViewToAdf(
        {
          configured: false,
          message: 'This management review is not configured: Title is required',
          problems: [],
        },
        SITE,
      ),
    );
    expect(json).toContain('Title is required');
  });

  it('says which lists hold only their first items, with links to all of them in Jira', () => {
    const n = REVIEW_ITEMS_LISTED + 3;
    const many = buildManagementReviewInputs(
      {
        asOf: '2026-10-02',
        previousActions: Array.from({ length: n }, (_, i) => ({
          key: `AIMS-${i + 1}`,
          status: 'To Do',
          done: false,
        })),
        correctiveActions: Array.from({ length: n }, (_, i) => ({
          key: `AIMS-${100 + i}`,
          createdOn: '2026-07-01',
          dueDate: '2026-08-01',
        })),
        improvementItems: Array.from({ length: n }, (_, i) => ({ key: `AIMS-${200 + i}` })),
      },
      { start: '2026-07-01', end: '2026-09-30' },
    );
    const searches = {
      previousActions: 'project = "AIMS" AND text ~ "65000" ORDER BY key',
      overdueNonconformities: 'nc ORDER BY duedate',
      overdueCorrectiveActions: 'project = "AIMS" AND duedate < "2026-09-30" ORDER BY duedate',
      opportunities: 'labels = "aims-improvement" ORDER BY key',
    };
    const json = JSON.stringify(
      reviewViewToAdf(
        {
          ...held,
          state: 'draft',
          held: null,
          inputs: inputsWithPolicyPagesNamed(many, undefined),
          searches,
        },
        SITE,
      ),
    );
    for (const words of [
      `The first ${REVIEW_ITEMS_LISTED} of ${n} actions are listed · `,
      `The first ${REVIEW_ITEMS_LISTED} of ${n} overdue items are listed · `,
      `The first ${REVIEW_ITEMS_LISTED} of ${n} opportunities are listed · `,
      `All ${n} in Jira`,
    ])
      expect(json).toContain(words);
    for (const jql of [
      searches.previousActions,
      searches.overdueCorrectiveActions,
      searches.opportunities,
    ])
      expect(json).toContain(JSON.stringify(`${SITE}/issues/?jql=${encodeURIComponent(jql)}`));
    expect(json).not.toContain(encodeURIComponent(searches.overdueNonconformities));
    expect(json).toContain('Counted by Jira’s search');
  });
});
