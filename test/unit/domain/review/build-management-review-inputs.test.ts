import { DEFAULT_RISK_MATRIX } from '../../../../src/domain/risk';
import {
  competenceFiguresText,
  incidentFiguresText,
  policyAwarenessLines,
} from '../../../../src/ui-contract/review-labels';
import {
  InvalidReviewInputError,
  InvalidReviewPeriodError,
  OTHER_RISK_LEVEL,
  REVIEW_ITEMS_LISTED,
  buildManagementReviewInputs,
} from '../../../../src/domain/review';
import type { ManagementReviewSource } from '../../../../src/domain/review';
import { namePolicyPages } from '../../../../src/macros/review/review-policy-pages';

const Q3 = { start: '2026-07-01', end: '2026-09-30' };

const source: ManagementReviewSource = {
  asOf: '2026-10-05',
  previousActions: [
    {
      key: 'AIMS-50',
      summary: 'Train reviewers',
      status: 'Done',
      done: true,
      dueDate: '2026-08-01',
    },
    {
      key: 'AIMS-51',
      summary: 'Update policy',
      status: 'In Progress',
      done: false,
      dueDate: '2026-09-15',
      ownerAccountId: 'ciso-1',
    },
    { key: 'AIMS-52', status: 'To Do', done: false, dueDate: '2026-12-01' },
    { key: 'AIMS-53', status: 'To Do', done: false },
  ],
  externalInternalIssues: '  EU AI Act obligations for GPAI start applying  ',
  interestedParties: '',
  nonconformities: [
    // opened before the period, closed in July
    {
      key: 'AIMS-60',
      source: 'audit-finding',
      createdOn: '2026-06-20',
      closedOn: '2026-07-10',
      dueDate: '2026-07-05',
    },
    // opened in July, overdue from August 1st, still open
    {
      key: 'AIMS-61',
      summary: 'Logs missing',
      source: 'audit-finding',
      createdOn: '2026-07-02T09:00:00.000+0000',
      dueDate: '2026-07-31',
    },
    // opened in August, closed in September on time
    {
      key: 'AIMS-62',
      source: 'incident',
      createdOn: '2026-08-10',
      closedOn: '2026-09-01',
      dueDate: '2026-09-10',
    },
    // opened in September, no source, due after the period
    { key: 'AIMS-63', source: ' ', createdOn: '2026-09-20', dueDate: '2026-10-20' },
    // after the period
    { key: 'AIMS-64', source: 'complaint', createdOn: '2026-10-02', dueDate: '2026-10-03' },
  ],
  correctiveActions: [
    { key: 'AIMS-70', createdOn: '2026-07-15', closedOn: '2026-08-20', dueDate: '2026-08-15' },
  ],
  auditFindings: [
    { key: 'AIMS-80', grade: 'major-nc', raisedOn: '2026-07-01' },
    { key: 'AIMS-81', grade: 'minor-nc', raisedOn: '2026-07-02' },
    { key: 'AIMS-82', grade: 'minor-nc', raisedOn: '2026-08-30' },
    { key: 'AIMS-83', grade: 'observation', raisedOn: '2026-09-03' },
    {
      key: 'AIMS-84',
      summary: 'Automate drift report',
      grade: 'opportunity-for-improvement',
      raisedOn: '2026-09-03',
      closedOn: '2026-09-20',
    },
    {
      key: 'AIMS-85',
      summary: 'Old OFI still open',
      grade: 'opportunity-for-improvement',
      raisedOn: '2026-03-01',
    },
    {
      key: 'AIMS-86',
      grade: 'opportunity-for-improvement',
      raisedOn: '2026-02-01',
      closedOn: '2026-04-01',
    },
    { key: 'AIMS-87', grade: 'major-nc', raisedOn: '2026-06-30' },
    {
      key: 'AIMS-88',
      grade: 'opportunity-for-improvement',
      raisedOn: '2026-05-01',
      closedOn: '2026-10-09',
    },
  ],
  risks: [
    { key: 'AIMS-1', level: 'high' },
    { key: 'AIMS-2', level: 'high' },
    { key: 'AIMS-3', level: 'low' },
    { key: 'AIMS-4', level: null },
    { key: 'AIMS-5', level: 'extreme' },
  ],
  riskBands: DEFAULT_RISK_MATRIX.bands.map(({ id, label }) => ({ id, label })),
  soa: { applicable: 30, implemented: 21, implementedPercent: 70 },
  improvementItems: [
    { key: 'AIMS-90', summary: 'Self-service model inventory' },
    { key: 'AIMS-91', summary: 'Done already', done: true },
    { key: 'AIMS-92' },
  ],
};

describe('buildManagementReviewInputs (9.3.2 a–e)', () => {
  const inputs = buildManagementReviewInputs(source, Q3);

  it('a) lists previous review actions with status and an overdue flag', () => {
    expect(inputs.a).toEqual({
      actions: [
        {
          key: 'AIMS-50',
          summary: 'Train reviewers',
          status: 'Done',
          done: true,
          dueDate: '2026-08-01',
          overdue: false,
          ownerAccountId: null,
        },
        {
          key: 'AIMS-51',
          summary: 'Update policy',
          status: 'In Progress',
          done: false,
          dueDate: '2026-09-15',
          overdue: true,
          ownerAccountId: 'ciso-1',
        },
        {
          key: 'AIMS-52',
          summary: null,
          status: 'To Do',
          done: false,
          dueDate: '2026-12-01',
          overdue: false,
          ownerAccountId: null,
        },
        {
          key: 'AIMS-53',
          summary: null,
          status: 'To Do',
          done: false,
          dueDate: null,
          overdue: false,
          ownerAccountId: null,
        },
      ],
      total: 4,
      done: 1,
      open: 3,
      overdue: 1,
    });
  });

  it('b) and c) carry the entered text and say what is still to be entered', () => {
    expect(inputs.b).toEqual({
      text: 'EU AI Act obligations for GPAI start applying',
      provided: true,
    });
    expect(inputs.c).toEqual({ text: null, provided: false });
    expect(inputs.missing).toEqual([
      'Enter the changes in the needs and expectations of interested parties (9.3.2 c).',
    ]);
  });

  it('d) counts nonconformities opened, closed and overdue over the period, by month and source', () => {
    const nc = inputs.d.nonconformities;
    expect({
      opened: nc.opened,
      closed: nc.closed,
      overdue: nc.overdue,
      openAtEnd: nc.openAtEnd,
    }).toEqual({
      opened: 3,
      closed: 2,
      overdue: 1,
      openAtEnd: 2,
    });
    expect(nc.byMonth).toEqual([
      { month: '2026-07', opened: 1, closed: 1, overdue: 0 },
      { month: '2026-08', opened: 1, closed: 0, overdue: 1 },
      { month: '2026-09', opened: 1, closed: 1, overdue: 1 },
    ]);
    expect(nc.bySource).toEqual([
      { source: 'audit-finding', opened: 1, closed: 1, overdue: 1 },
      { source: 'complaint', opened: 0, closed: 0, overdue: 0 },
      { source: 'incident', opened: 1, closed: 1, overdue: 0 },
      { source: 'unspecified', opened: 1, closed: 0, overdue: 0 },
    ]);
    expect(nc.overdueItems).toEqual([
      { key: 'AIMS-61', summary: 'Logs missing', dueDate: '2026-07-31' },
    ]);
  });

  it('d) judges overdue at the compilation date when the period has not ended yet', () => {
    const midPeriod = buildManagementReviewInputs({ ...source, asOf: '2026-08-05' }, Q3);
    expect(midPeriod.d.correctiveActions.overdue).toBe(0);
    expect(midPeriod.d.correctiveActions.byMonth.map((m) => m.overdue)).toEqual([0, 0, 0]);
    const lateCa = buildManagementReviewInputs({ ...source, asOf: '2026-08-18' }, Q3);
    expect(lateCa.d.correctiveActions.overdue).toBe(1);
    expect(lateCa.d.correctiveActions.byMonth.map((m) => m.overdue)).toEqual([0, 1, 1]);
    expect(inputs.d.correctiveActions).toMatchObject({
      opened: 1,
      closed: 1,
      overdue: 0,
      openAtEnd: 0,
    });
  });

  it('d) counts audit findings of the period by grade and by month', () => {
    expect(inputs.d.auditResults.total).toBe(5);
    expect(inputs.d.auditResults.byGrade).toEqual({
      'major-nc': 1,
      'minor-nc': 2,
      observation: 1,
      'opportunity-for-improvement': 1,
    });
    expect(inputs.d.auditResults.byMonth.map((m) => [m.month, m.byGrade['minor-nc']])).toEqual([
      ['2026-07', 1],
      ['2026-08', 1],
      ['2026-09', 0],
    ]);
  });

  it('d) counts risks per level band, listing unknown levels and unassessed risks', () => {
    expect(inputs.d.riskLevels).toEqual({
      bands: [
        { bandId: 'low', label: 'Low', count: 1 },
        { bandId: 'medium', label: 'Medium', count: 0 },
        { bandId: 'high', label: 'High', count: 2 },
        { bandId: 'critical', label: 'Critical', count: 0 },
        { bandId: 'extreme', label: 'extreme', count: 1 },
      ],
      notAssessed: 1,
    });
  });

  it('d) reports the SoA implementation share, or null without an SoA', () => {
    expect(inputs.d.soa).toEqual({ applicable: 30, implemented: 21, implementedPercent: 70 });
    expect(buildManagementReviewInputs({ asOf: '2026-10-05' }, Q3).d.soa).toBeNull();
  });

  it('d) carries the competence counts with the dates they cover: the period start, the review date, 30 days after it', () => {
    const counted = buildManagementReviewInputs(
      { asOf: '2026-10-05', competence: { expired: 3, expiring: 2 } },
      Q3,
    );
    expect(counted.d.competence).toEqual({
      expired: 3,
      expiring: 2,
      expiredFrom: '2026-07-01',
      reviewDate: '2026-10-05',
      expiringUntil: '2026-11-04',
    });
    expect(competenceFiguresText(counted.d.competence)).toBe(
      '3 Competence Record(s) expired from 2026-07-01 to the review date 2026-10-05; 2 expire by 2026-11-04 (within 30 days of the review date).',
    );
    // Compiled before the period starts: nothing can have expired in it yet.
    expect(
      buildManagementReviewInputs(
        { asOf: '2026-06-20', competence: { expired: 0, expiring: 0 } },
        Q3,
      ).d.competence,
    ).toMatchObject({ expiredFrom: '2026-06-20', reviewDate: '2026-06-20' });
    expect(() =>
      buildManagementReviewInputs(
        { asOf: '2026-10-05', competence: { expired: 1.5, expiring: 0 } },
        Q3,
      ),
    ).toThrow();
    const uncounted = buildManagementReviewInputs({ asOf: '2026-10-05' }, Q3);
    expect(uncounted.d.competence).toBeNull();
    expect(competenceFiguresText(uncounted.d.competence)).toBe(
      'Competence Records were not counted for this review.',
    );
  });

  it('d) gives each AI policy in force its share of the members group (7.3), and says when it found no policy page', () => {
    const awareness = (policyAwareness: unknown) =>
      buildManagementReviewInputs(
        { asOf: '2026-10-05', policyAwareness } as Parameters<
          typeof buildManagementReviewInputs
        >[0],
        Q3,
      ).d.policyAwareness;
    const counted = awareness({
      memberGroup: 'jira-users',
      groupSize: 4,
      policies: [
        { pageId: '70', version: 3, acknowledged: 5 }, // one left the group since: capped at 4
        { pageId: '71', version: null, acknowledged: 0 },
      ],
      unreadablePages: 1,
    });
    expect(counted?.policies).toEqual([
      { pageId: '70', version: 3, acknowledged: 4, percent: 100 },
      { pageId: '71', version: null, acknowledged: 0, percent: null },
    ]);
    // The export's lines (no reader): no page is named, by id or title.
    const exported = (a: typeof counted) =>
      policyAwarenessLines(a && namePolicyPages(a, undefined));
    expect(exported(counted)).toEqual([
      'A registered AI policy page, approved version 3 in force: 4 of 4 member(s) of jira-users acknowledged it (100%).',
      'A registered AI policy page has no approved version in force (never approved, or superseded): there is nothing to acknowledge.',
      '1 registered AI policy page(s) cannot be read by the person who compiled these inputs, so their acknowledgements are not counted here.',
    ]);
    const sizeHidden = awareness({
      memberGroup: 'jira-users',
      groupSize: null,
      policies: [{ pageId: '70', version: 3, acknowledged: 2 }],
      unreadablePages: 0,
    });
    expect(exported(sizeHidden)).toEqual([
      "A registered AI policy page, approved version 3 in force: 2 member(s) of jira-users acknowledged it (the group's size was not shown, so no share).",
    ]);
    const none = awareness({
      memberGroup: 'jira-users',
      groupSize: 4,
      policies: [],
      unreadablePages: 0,
    });
    expect(exported(none)[0]).toMatch(/^The review found no AI policy page/);
    expect(() =>
      awareness({
        memberGroup: 'jira-users',
        groupSize: 4,
        policies: [{ pageId: 'x', version: 1, acknowledged: 0 }],
        unreadablePages: 0,
      }),
    ).toThrow('A policy page ID is a number');
    expect(awareness(undefined)).toBeNull();
    expect(policyAwarenessLines(null)).toEqual([
      'Acknowledgements of the AI policy were not counted for this review.',
    ]);
  });

  it('d) carries the AI incident counts, refuses a negative count, and says none were counted without them', () => {
    const counted = buildManagementReviewInputs(
      { asOf: '2026-10-05', incidents: { reported: 4, breached: 1, open: 2 } },
      Q3,
    );
    expect(counted.d.incidents).toEqual({ reported: 4, breached: 1, open: 2 });
    expect(incidentFiguresText(counted.d.incidents)).toBe(
      '4 AI incident(s) reported in the period, 1 of them breached a requirement (each raises a Nonconformity); 2 open now.',
    );
    expect(() =>
      buildManagementReviewInputs(
        { asOf: '2026-10-05', incidents: { reported: -1, breached: 0, open: 0 } },
        Q3,
      ),
    ).toThrow();
    const uncounted = buildManagementReviewInputs({ asOf: '2026-10-05' }, Q3);
    expect(uncounted.d.incidents).toBeNull();
    expect(incidentFiguresText(uncounted.d.incidents)).toBe(
      'AI incidents were not counted for this review.',
    );
  });

  it('e) lists opportunities for improvement: OFI findings of the period or still open, and open items', () => {
    expect(inputs.e).toEqual({
      opportunities: [
        { key: 'AIMS-84', summary: 'Automate drift report', origin: 'audit-finding', open: false },
        { key: 'AIMS-85', summary: 'Old OFI still open', origin: 'audit-finding', open: true },
        // closed only after the compilation date: still open when the inputs were compiled
        { key: 'AIMS-88', summary: null, origin: 'audit-finding', open: true },
        {
          key: 'AIMS-90',
          summary: 'Self-service model inventory',
          origin: 'improvement-item',
          open: true,
        },
        { key: 'AIMS-92', summary: null, origin: 'improvement-item', open: true },
      ],
      total: 5,
      open: 4,
    });
  });

  it('d) clips the first and last month to a period that starts and ends mid-month', () => {
    const result = buildManagementReviewInputs(source, { start: '2026-07-15', end: '2026-08-12' });
    expect(result.d.nonconformities.byMonth).toEqual([
      { month: '2026-07', opened: 0, closed: 0, overdue: 0 },
      { month: '2026-08', opened: 1, closed: 0, overdue: 1 },
    ]);
    expect(result.d.nonconformities.closed).toBe(0);
  });

  it('d) lists overdue items by due date, then key', () => {
    const result = buildManagementReviewInputs(
      {
        asOf: '2026-10-05',
        correctiveActions: [
          { key: 'AIMS-72', createdOn: '2026-07-01', dueDate: '2026-08-01' },
          { key: 'AIMS-71', createdOn: '2026-07-01', dueDate: '2026-08-01' },
          { key: 'AIMS-70', summary: 'Earliest', createdOn: '2026-07-01', dueDate: '2026-07-20' },
        ],
      },
      Q3,
    );
    expect(result.d.correctiveActions.overdueItems.map((i) => i.key)).toEqual([
      'AIMS-70',
      'AIMS-71',
      'AIMS-72',
    ]);
  });

  it('works on empty data and reports both missing texts', () => {
    const empty = buildManagementReviewInputs({ asOf: '2026-10-05T08:00:00Z' }, Q3);
    expect(empty.asOf).toBe('2026-10-05');
    expect(empty.missing).toHaveLength(2);
    expect(empty.d.nonconformities).toMatchObject({ opened: 0, bySource: [], overdueItems: [] });
    expect(empty.d.riskLevels).toEqual({ bands: [], notAssessed: 0 });
  });

  it('needs no entered text for b) and c) when the scope and context record gives them', () => {
    const fromRecord = buildManagementReviewInputs(
      { asOf: '2026-10-05T08:00:00Z', contextRecorded: true },
      Q3,
    );
    expect(fromRecord.missing).toEqual([]);
    expect(fromRecord.b).toEqual({ text: null, provided: false });
  });

  it('refuses a bad period or bad records with clear messages', () => {
    expect(() =>
      buildManagementReviewInputs(source, { start: '2026-10-01', end: '2026-09-30' }),
    ).toThrow(InvalidReviewPeriodError);
    const bad = () =>
      buildManagementReviewInputs(
        {
          ...source,
          auditFindings: [{ key: 'AIMS-80', grade: 'critical' as never, raisedOn: 'July' }],
        },
        Q3,
      );
    expect(bad).toThrow(InvalidReviewInputError);
    expect(bad).toThrow(
      'The management review inputs are not valid: Finding grade must be one of: major-nc, minor-nc, observation, opportunity-for-improvement (item 1); Finding date must be a date like 2026-07-01 (item 1)',
    );
  });

  it('d) takes risk levels and audit results as counts when Jira counted them', () => {
    const counted = buildManagementReviewInputs(
      {
        asOf: '2026-10-05',
        riskBands: DEFAULT_RISK_MATRIX.bands.map((b) => ({ id: b.id, label: b.label })),
        riskLevelCounts: [
          { level: 'high', count: 9000 },
          { level: 'low', count: 3000 },
          { level: OTHER_RISK_LEVEL, count: 2 },
          { level: null, count: 10 },
        ],
        auditFindingCounts: [
          { month: '2026-07', grade: 'major-nc', count: 4 },
          { month: '2026-09', grade: 'major-nc', count: 1 },
          { month: '2026-09', grade: 'observation', count: 7 },
          { month: '2026-10', grade: 'observation', count: 99 }, // outside the period
        ],
      },
      Q3,
    );
    expect(counted.d.riskLevels).toEqual({
      bands: [
        ...DEFAULT_RISK_MATRIX.bands.map((b) => ({
          bandId: b.id,
          label: b.label,
          count: b.id === 'high' ? 9000 : b.id === 'low' ? 3000 : 0,
        })),
        { bandId: OTHER_RISK_LEVEL, label: 'Other level', count: 2 },
      ],
      notAssessed: 10,
    });
    expect(counted.d.auditResults.total).toBe(12);
    expect(counted.d.auditResults.byGrade).toEqual({
      'major-nc': 5,
      'minor-nc': 0,
      observation: 7,
      'opportunity-for-improvement': 0,
    });
    expect(counted.d.auditResults.byMonth.map((m) => [m.month, m.byGrade['major-nc']])).toEqual([
      ['2026-07', 4],
      ['2026-08', 0],
      ['2026-09', 1],
    ]);
  });

  it('lists the first items of each long list and counts all of them', () => {
    const n = REVIEW_ITEMS_LISTED + 5;
    const many = buildManagementReviewInputs(
      {
        asOf: '2026-10-05',
        previousActions: Array.from({ length: n }, (_, i) => ({
          key: `AIMS-${i + 1}`,
          status: 'To Do',
          done: false,
          dueDate: '2026-08-01',
        })),
        nonconformities: Array.from({ length: n }, (_, i) => ({
          key: `AIMS-${100 + i}`,
          createdOn: '2026-07-01',
          dueDate: '2026-08-01',
        })),
        improvementItems: Array.from({ length: n }, (_, i) => ({ key: `AIMS-${200 + i}` })),
      },
      Q3,
    );
    expect(many.a.actions).toHaveLength(REVIEW_ITEMS_LISTED);
    expect(many.a).toMatchObject({ total: n, open: n, overdue: n });
    expect(many.d.nonconformities.overdueItems).toHaveLength(REVIEW_ITEMS_LISTED);
    expect(many.d.nonconformities.overdue).toBe(n);
    expect(many.e.opportunities).toHaveLength(REVIEW_ITEMS_LISTED);
    expect(many.e).toMatchObject({ total: n, open: n });
  });
});
