import {
  auditRequirements,
  cycleCoverage,
  parseCoverageRefs,
  type AuditFacts,
} from '../../../../src/domain/audit-programme';

const PLANNED: AuditFacts = {
  objectives: 'Check the life cycle controls',
  scopeAndCriteria: 'Credit scoring model; clauses 8 and Annex A.6',
  cycle: '2026',
  coverage: '8.1, A.6.2.4',
  leadAuditorAccountId: 'auditor-1',
  auditeeAccountId: 'manager-1',
  reportUrl: null,
};

const codes = (facts: AuditFacts, step: 'start' | 'report' | 'close' = 'start') =>
  auditRequirements(step, facts).map((r) => r.code);

describe('the requirements an audit covers', () => {
  it('reads clauses, controls and whole clauses as people write them, and reports the rest', () => {
    expect(parseCoverageRefs('9.3, a.6.2.4; ISO42001:10.2 and 4.1.')).toEqual({
      refs: ['4.1', '9.3.1', '9.3.2', '9.3.3', '10.2', 'A.6.2.4'],
      unknown: [],
    });
    expect(parseCoverageRefs('A.2 11.1 everything')).toEqual({
      refs: ['A.2.2', 'A.2.3', 'A.2.4'],
      unknown: ['11.1', 'everything'],
    });
    expect(parseCoverageRefs(null)).toEqual({ refs: [], unknown: [] });
  });
});

describe('what an audit needs before each step (9.2.2)', () => {
  it('starts fieldwork with its plan complete, and closes only with its report', () => {
    expect(codes(PLANNED)).toEqual([]);
    expect(codes(PLANNED, 'close')).toEqual(['report-missing']);
    expect(codes({ ...PLANNED, reportUrl: 'https://wiki.example.com/report' }, 'close')).toEqual(
      [],
    );
  });

  it('names every missing part of the plan', () => {
    const empty: AuditFacts = {
      objectives: ' ',
      scopeAndCriteria: null,
      cycle: null,
      coverage: null,
      leadAuditorAccountId: null,
      auditeeAccountId: null,
      reportUrl: null,
    };
    expect(codes(empty)).toEqual([
      'objectives-missing',
      'scope-missing',
      'cycle-missing',
      'coverage-missing',
      'lead-auditor-missing',
      'auditee-missing',
    ]);
  });

  it('refuses a lead auditor who audits their own area, and coverage that names no requirement', () => {
    const own = auditRequirements('start', { ...PLANNED, auditeeAccountId: 'auditor-1' });
    expect(own.map((r) => r.message)).toEqual([
      'The lead auditor is the auditee: auditors must be objective and impartial and do not audit their own work (9.2.2 c).',
    ]);
    expect(auditRequirements('start', { ...PLANNED, coverage: '8.1, B.2' })[0]?.message).toBe(
      '"Requirements audited" names what is not a clause 4–10 sub-clause or Annex A control: B.2.',
    );
  });
});

describe('coverage of a programme cycle', () => {
  it('shows what closed audits covered, what is only planned, and what nothing covers', () => {
    const coverage = cycleCoverage([
      { key: 'AIMS-1', coverage: '9.3, A.6.2.4', closedOn: '2026-03-01' },
      { key: 'AIMS-2', coverage: '9.3.2, 10.2', closedOn: null },
    ]);
    const row = (ref: string) => coverage.rows.find((r) => r.ref === ref);
    expect(row('9.3.2')).toMatchObject({
      audited: true,
      planned: false,
      audits: [
        { key: 'AIMS-1', closedOn: '2026-03-01' },
        { key: 'AIMS-2', closedOn: null },
      ],
    });
    expect(row('10.2')).toMatchObject({ audited: false, planned: true });
    expect(row('4.1')).toMatchObject({ audited: false, planned: false, audits: [] });
    expect([coverage.audited, coverage.plannedOnly, coverage.notCovered]).toEqual([4, 1, 65]);
  });
});
