import {
  buildManagementReviewInputs,
  heldRecordForViewer,
  heldRecordIssueKeys,
} from '../../../../src/domain/review';

const inputs = buildManagementReviewInputs(
  {
    asOf: '2026-10-05',
    previousActions: [
      { key: 'AIMS-50', summary: 'Train reviewers', status: 'Done', done: true },
      { key: 'AIMS-51', summary: 'Secret vendor exit', status: 'To Do', done: false },
    ],
    nonconformities: [
      {
        key: 'AIMS-61',
        summary: 'Confidential logs missing',
        source: 'audit-finding',
        createdOn: '2026-07-02',
        dueDate: '2026-07-31',
      },
    ],
    correctiveActions: [],
    auditFindings: [],
    risks: [],
    riskBands: [],
    soa: null,
    improvementItems: [
      { key: 'AIMS-90', summary: 'Self-service model inventory' },
      { key: 'AIMS-91', summary: 'Confidential opportunity' },
    ],
  },
  { start: '2026-07-01', end: '2026-09-30' },
);
const decisions = [
  { id: 'd1', description: 'Publish model cards', actionKey: 'AIMS-100' },
  { id: 'd2', description: 'Consult the works council', actionKey: 'AIMS-101' },
  { id: 'd3', description: 'No action yet', actionKey: null },
];

describe('a held review as one viewer may see it', () => {
  it('names every issue the record lists', () => {
    expect(heldRecordIssueKeys(inputs, decisions).sort()).toEqual(
      ['AIMS-100', 'AIMS-101', 'AIMS-50', 'AIMS-51', 'AIMS-61', 'AIMS-90', 'AIMS-91'].sort(),
    );
  });

  it('leaves out what the viewer cannot browse and counts it; totals stay as recorded', () => {
    const shown = heldRecordForViewer(
      inputs,
      decisions,
      new Set(['AIMS-50', 'AIMS-90', 'AIMS-100']),
    );
    expect(shown.hidden).toBe(4);
    const text = JSON.stringify(shown);
    for (const secret of [
      'AIMS-51',
      'Secret vendor exit',
      'AIMS-61',
      'Confidential logs',
      'AIMS-91',
      'Confidential opportunity',
      'AIMS-101',
    ])
      expect(text).not.toContain(secret);
    expect(shown.inputs.a.actions.map((a) => a.key)).toEqual(['AIMS-50']);
    expect(shown.inputs.a.total).toBe(2);
    expect(shown.inputs.e.opportunities.map((o) => o.key)).toEqual(['AIMS-90']);
    expect(shown.decisions.map((d) => d.actionKey)).toEqual(['AIMS-100', null, null]);
    expect(shown.decisions[1]?.description).toBe('Consult the works council');
  });

  it('shows everything to a viewer who may browse it all, and nothing listed to an export', () => {
    const all = new Set(heldRecordIssueKeys(inputs, decisions));
    expect(heldRecordForViewer(inputs, decisions, all)).toEqual({ inputs, decisions, hidden: 0 });
    const exported = heldRecordForViewer(inputs, decisions, new Set());
    expect(exported.hidden).toBe(7);
    expect(exported.inputs.d.nonconformities.overdueItems).toEqual([]);
  });
});
