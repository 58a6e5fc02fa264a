import { buildManagementReviewInputs } from '../../../../src/domain/review';
import { DEFAULT_RISK_MATRIX } from '../../../../src/domain/risk';
import type { AimsIssue } from '../../../../src/jira/aims-issue';
import {
  auditFindingOf,
  correctiveActionOf,
  dayAfter,
  findingGradeOf,
  nonconformityOf,
  previousActionOf,
  riskLevelOf,
  soaFigures,
} from '../../../../src/macros/review/review-source-mapping';

function issue(overrides: Partial<AimsIssue>): AimsIssue {
  return {
    id: '1',
    key: 'AIMS-1',
    summary: 'An issue',
    typeKey: undefined,
    typeName: '',
    statusKey: undefined,
    statusId: '1',
    statusName: 'To Do',
    statusCategory: 'new',
    assignee: null,
    reporter: null,
    duedate: null,
    created: '2026-08-10T10:00:00.000+0000',
    updated: null,
    resolutiondate: null,
    labels: [],
    securityLevel: null,
    securityLevelId: null,
    values: {},
    links: [],
    ...overrides,
  };
}

describe('review source mapping', () => {
  it('maps Jira finding grades to the domain grades and refuses unknown ones', () => {
    expect(findingGradeOf('Opportunity for improvement')).toBe('opportunity-for-improvement');
    expect(findingGradeOf('Major nonconformity')).toBe('major-nc');
    expect(findingGradeOf('Something else')).toBeUndefined();
    expect(auditFindingOf(issue({ values: {} }))).toBeUndefined();
  });

  it('reads a nonconformity: source, created day, closed day only when done', () => {
    const open = nonconformityOf(
      issue({ values: { ncSource: 'Incident' }, duedate: '2026-08-20' }),
    );
    expect(open).toMatchObject({
      source: 'Incident',
      createdOn: '2026-08-10',
      closedOn: null,
      dueDate: '2026-08-20',
    });
    const closed = nonconformityOf(
      issue({ statusCategory: 'done', resolutiondate: '2026-09-02T08:00:00.000+0000' }),
    );
    expect(closed.closedOn).toBe('2026-09-02');
  });

  it('gives a corrective action the source of the nonconformity it corrects', () => {
    const ca = issue({
      key: 'AIMS-9',
      links: [
        {
          id: 'l1',
          linkTypeKey: 'corrects',
          linkTypeName: 'Corrects',
          direction: 'outward',
          issue: {
            id: '2',
            key: 'AIMS-2',
            summary: '',
            statusName: '',
            statusCategory: '',
            typeName: '',
            typeId: '',
          },
        },
      ],
    });
    expect(correctiveActionOf(ca, new Map([['AIMS-2', 'Complaint']])).source).toBe('Complaint');
    expect(correctiveActionOf(ca, new Map()).source).toBeNull();
  });

  it('uses the residual level once rated, else the inherent level, as a band id', () => {
    const bands = DEFAULT_RISK_MATRIX.bands;
    expect(riskLevelOf(issue({ values: { inherentLevel: 'High' } }), bands)).toBe('high');
    expect(
      riskLevelOf(issue({ values: { inherentLevel: 'High', residualLevel: 'Low' } }), bands),
    ).toBe('low');
    expect(riskLevelOf(issue({ values: {} }), bands)).toBeNull();
  });

  it('marks previous actions done by status category', () => {
    const action = previousActionOf(
      issue({ statusName: 'Done', statusCategory: 'done', assignee: { accountId: 'acc-1' } }),
    );
    expect(action).toMatchObject({ status: 'Done', done: true, ownerAccountId: 'acc-1' });
  });

  it('computes the SoA implemented share like the SoA builder (one decimal, null when none apply)', () => {
    expect(soaFigures(3, 1)).toEqual({ applicable: 3, implemented: 1, implementedPercent: 33.3 });
    expect(soaFigures(0, 0).implementedPercent).toBeNull();
  });

  it('gives the day after a date, across month and year ends', () => {
    expect(dayAfter('2026-09-30')).toBe('2026-10-01');
    expect(dayAfter('2026-12-31')).toBe('2027-01-01');
  });

  it('feeds the domain builder: a mapped nonconformity counts in its month and source', () => {
    const inputs = buildManagementReviewInputs(
      {
        asOf: '2026-11-27',
        nonconformities: [
          nonconformityOf(issue({ values: { ncSource: 'Incident' }, duedate: '2026-08-20' })),
        ],
      },
      { start: '2026-07-01', end: '2026-09-30' },
    );
    expect(inputs.d.nonconformities.byMonth.map((m) => m.opened)).toEqual([0, 1, 0]);
    expect(inputs.d.nonconformities.bySource[0]).toMatchObject({
      source: 'Incident',
      opened: 1,
      overdue: 1,
    });
  });
});
