import { notConfiguredAdf, policyViewToAdf } from '../../../../src/macros/policy/policy-adf';
import type { PolicyView } from '../../../../src/macros/policy/policy-view';

const view: PolicyView = {
  configured: true,
  page: { id: '42', title: 'AI Policy', currentVersion: 3, viewedVersion: 3, isCurrent: true },
  documentReference: 'AIMS-POL-001',
  owner: { accountId: 'o', displayName: 'Ada Admin' },
  status: 'approved',
  statusName: 'Approved',
  uncontrolled: false,
  approval: {
    approver: { accountId: 'm', displayName: 'Morgan Manager' },
    approvedAt: '2026-03-10T10:00:00.000Z',
    approvedVersion: 2,
  },
  changedSinceApproval: true,
  seal: null,
  isApprovedVersion: false,
  reviewIntervalMonths: 12,
  review: { nextReviewDate: '2026-03-01', state: 'overdue', daysOverdue: 9 },
  reviewAction: null,
  checklist: [
    {
      element: 'appropriate-to-purpose',
      name: 'fits the purpose of the organization',
      covered: true,
      where: '1. Purpose',
    },
    {
      element: 'framework-for-objectives',
      name: 'gives a framework for setting AI objectives',
      covered: false,
      where: null,
    },
    {
      element: 'commitment-to-requirements',
      name: 'commits to meeting applicable requirements',
      covered: true,
      where: '3.1',
    },
    {
      element: 'commitment-to-continual-improvement',
      name: 'commits to continual improvement of the AIMS',
      covered: true,
      where: '3.2',
    },
  ],
  uncoveredCount: 1,
  history: [],
  historyNotKept: 0,
  acknowledgement: null,
  objectives: {
    available: true,
    projectKey: 'AIMS',
    more: null,
    items: [
      {
        key: 'AIMS-7',
        summary: 'Fair approvals',
        statusName: 'In Progress',
        statusCategory: 'indeterminate',
        annexCObjective: 'Fairness',
        measure: 'Gap < 5',
        dueDate: '2027-01-01',
      },
    ],
  },
  viewer: {
    accountId: 'x',
    isOwner: false,
    setOwnerBlockers: [],
    canApprove: false,
    approveBlockers: [],
    managerGroup: 'aims-managers',
  },
};

/** Every text in an ADF tree, in document order. */
function texts(node: unknown): string[] {
  if (typeof node !== 'object' || node === null) return [];
  const n = node as {
    type?: string;
    text?: string;
    attrs?: { text?: string };
    content?: unknown[];
  };
  const own =
    n.type === 'text' && n.text
      ? [n.text]
      : n.type === 'status' && n.attrs?.text
        ? [n.attrs.text]
        : [];
  return [...own, ...(n.content ?? []).flatMap(texts)];
}

const SITE = 'https://example.atlassian.net';

describe('the AI Policy export (ADF)', () => {
  it('holds the document control, the warnings, the 5.2 checklist and the objectives', () => {
    const adf = policyViewToAdf(view, SITE);
    expect(adf.type).toBe('doc');
    const all = texts(adf);
    expect(all).toEqual(
      expect.arrayContaining([
        'AIMS-POL-001',
        'Ada Admin',
        'APPROVED',
        ' Changed since approved version 2',
        'Morgan Manager',
        ', 2026-03-10 10:00 UTC, page version 2',
        '2026-03-01 (overdue by 9 days)',
        'This page changed since approved version 2; the current text is not approved.',
        'The policy review is overdue since 2026-03-01.',
        'gives a framework for setting AI objectives',
        'AIMS-7',
        'Fairness',
      ]),
    );
    const panels = adf.content.filter((n) => n.type === 'panel');
    expect(panels).toHaveLength(2);
    expect(adf.content.filter((n) => n.type === 'table')).toHaveLength(3);
  });

  it('says when the objectives cannot be listed, and when the macro is not configured', () => {
    const adf = policyViewToAdf(
      {
        ...view,
        objectives: { available: false, projectKey: 'X', message: 'Project X is not set up.' },
      },
      SITE,
    );
    expect(texts(adf)).toContain('Project X is not set up.');
    expect(
      texts(notConfiguredAdf('This macro is not configured: Document ID is required.')),
    ).toEqual(['This macro is not configured: Document ID is required.']);
  });

  it('mentions people whose name the view does not know (an export has no reader to ask Jira for)', () => {
    const adf = policyViewToAdf({ ...view, owner: { accountId: 'o-123', displayName: '' } }, SITE);
    const mentions = JSON.stringify(adf).match(/"type":"mention","attrs":\{[^}]*"id":"o-123"/g);
    expect(mentions).toHaveLength(1);
    expect(texts(adf)).not.toContain('o-123');
  });

  it('says when the objectives are only the first of more, with a link to all of them in Jira', () => {
    const jql = 'project = "AIMS" AND issuetype = "10010" ORDER BY key';
    const objectives = view.objectives as Extract<typeof view.objectives, { available: true }>;
    const adf = policyViewToAdf(
      { ...view, objectives: { ...objectives, more: { total: 130, jql } } },
      SITE,
    );
    expect(texts(adf)).toEqual(
      expect.arrayContaining(['The first 1 of 130 AI objectives are listed · ', 'All 130 in Jira']),
    );
    expect(JSON.stringify(adf)).toContain(
      JSON.stringify(`${SITE}/issues/?jql=${encodeURIComponent(jql)}`),
    );
  });
});
