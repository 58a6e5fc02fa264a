import {
  auditCoverageReadiness,
  certificationStagesSchema,
  competenceReadiness,
  externalFindingsReadiness,
  impactAssessmentReadiness,
  managementReviewReadiness,
  nonconformityReadiness,
  policyReadiness,
  riskTreatmentReadiness,
  scopeReadiness,
  soaReadiness,
  stageCountdown,
  verdictCounts,
  worstVerdict,
} from '../../../../src/domain/readiness';

const approvedScope = {
  state: 'read' as const,
  status: 'approved' as const,
  approvedVersion: 3,
  changedSinceApproval: false,
  review: 'scheduled' as const,
};

describe('the readiness of the documents', () => {
  it('passes an approved scope and asks for attention once it changed or its review is due', () => {
    expect(scopeReadiness(approvedScope).verdict).toBe('pass');
    expect(scopeReadiness({ ...approvedScope, changedSinceApproval: true })).toEqual({
      verdict: 'attention',
      reasons: [
        'The scope was approved at page version 3 and changed since: approve the current version.',
      ],
    });
    expect(scopeReadiness({ ...approvedScope, review: 'overdue' }).verdict).toBe('attention');
  });

  it('fails a scope that is missing or never approved; one the viewer cannot read is not failed', () => {
    expect(scopeReadiness({ state: 'no-page' }).verdict).toBe('fail');
    expect(
      scopeReadiness({ ...approvedScope, status: 'draft', approvedVersion: null }).verdict,
    ).toBe('fail');
    expect(
      scopeReadiness({ ...approvedScope, status: 'in-review', approvedVersion: null }).verdict,
    ).toBe('attention');
    expect(scopeReadiness({ state: 'unreadable' }).verdict).toBe('attention');
  });

  it('measures the policy acknowledgements against the 80% target', () => {
    const policy = (acknowledged: number) => ({
      policies: [{ version: 2, acknowledged }],
      unreadablePages: 0,
      groupSize: 10,
    });
    expect(policyReadiness(policy(8)).verdict).toBe('pass');
    expect(policyReadiness(policy(7))).toEqual({
      verdict: 'attention',
      reasons: [
        'An approved AI policy is in force, but only 70% of the members acknowledged it (target 80%, 7.3).',
      ],
    });
    expect(policyReadiness({ ...policy(10), groupSize: null }).verdict).toBe('attention');
    expect(
      policyReadiness({
        policies: [{ version: null, acknowledged: 0 }],
        unreadablePages: 0,
        groupSize: 10,
      }).verdict,
    ).toBe('fail');
    expect(policyReadiness({ policies: [], unreadablePages: 1, groupSize: 10 }).verdict).toBe(
      'attention',
    );
  });

  it('passes only an SoA approval whose seal is verified', () => {
    const approved = { state: 'approved' as const, approvedOn: '2026-10-01' };
    expect(soaReadiness({ ...approved, seal: 'verified' }).verdict).toBe('pass');
    expect(soaReadiness({ ...approved, seal: 'changed' }).verdict).toBe('attention');
    expect(soaReadiness({ ...approved, seal: 'tampered' }).verdict).toBe('fail');
    expect(soaReadiness({ ...approved, seal: 'missing' }).verdict).toBe('fail');
    expect(soaReadiness({ state: 'none' }).verdict).toBe('fail');
    expect(soaReadiness({ state: 'no-page' }).verdict).toBe('fail');
  });
});

describe('the readiness of the records', () => {
  it('asks for every open risk to be treated and its residual accepted', () => {
    expect(
      riskTreatmentReadiness({ open: 0, treatmentNotApproved: 0, residualNotAccepted: 0 }).verdict,
    ).toBe('fail');
    expect(
      riskTreatmentReadiness({ open: 4, treatmentNotApproved: 0, residualNotAccepted: 0 }).verdict,
    ).toBe('pass');
    expect(
      riskTreatmentReadiness({ open: 4, treatmentNotApproved: 1, residualNotAccepted: 2 }),
    ).toEqual({
      verdict: 'attention',
      reasons: [
        'Of 4 open risks, 1 risk has no approved treatment plan; 2 risks have no accepted residual risk.',
      ],
    });
  });

  it('judges impact assessments by completion and review dates', () => {
    expect(impactAssessmentReadiness({ completed: 0, open: 3, reviewOverdue: 0 }).verdict).toBe(
      'fail',
    );
    expect(impactAssessmentReadiness({ completed: 2, open: 0, reviewOverdue: 1 }).verdict).toBe(
      'attention',
    );
    expect(impactAssessmentReadiness({ completed: 2, open: 1, reviewOverdue: 0 }).verdict).toBe(
      'attention',
    );
    expect(impactAssessmentReadiness({ completed: 3, open: 0, reviewOverdue: 0 }).verdict).toBe(
      'pass',
    );
  });

  it('flags expired and expiring competence records', () => {
    expect(competenceReadiness({ records: 0, expired: 0, expiring: 0 }).verdict).toBe('fail');
    expect(competenceReadiness({ records: 3, expired: 0, expiring: 1 })).toEqual({
      verdict: 'attention',
      reasons: ['1 record expires within 30 days: renew the training or qualification (7.2).'],
    });
    expect(competenceReadiness({ records: 3, expired: 0, expiring: 0 }).verdict).toBe('pass');
  });

  it('needs attention while a competence requirement is not set, not met by all of its role or not known', () => {
    const records = { records: 3, expired: 0, expiring: 0 };
    const on = (requirements: { set: number; unmet: number; unknown: number }) =>
      competenceReadiness({ ...records, requirements });
    expect(on({ set: 0, unmet: 0, unknown: 0 }).reasons).toEqual([
      'No competence requirement is set for the AIMS roles (7.2 a): set them on the AIMS overview.',
    ]);
    expect(on({ set: 5, unmet: 2, unknown: 0 })).toEqual({
      verdict: 'attention',
      reasons: [
        '2 competence requirements are not met by every person of the role: record their training or qualification on a Competence Record (7.2).',
      ],
    });
    expect(on({ set: 5, unmet: 0, unknown: 1 }).verdict).toBe('attention');
    expect(on({ set: 5, unmet: 0, unknown: 0 })).toEqual({
      verdict: 'pass',
      reasons: ['3 competence records, none expired; every requirement of the AIMS roles is met.'],
    });
  });

  it('fails an open major nonconformity; old ones and late corrective actions need attention', () => {
    const ncs = { open: 2, openMajor: 0, olderThanLimit: 0, lateCorrectiveActions: 0 };
    expect(nonconformityReadiness(ncs).verdict).toBe('pass');
    expect(nonconformityReadiness({ ...ncs, openMajor: 1 }).verdict).toBe('fail');
    expect(nonconformityReadiness({ ...ncs, olderThanLimit: 1 }).verdict).toBe('attention');
    expect(nonconformityReadiness({ ...ncs, lateCorrectiveActions: 1 }).verdict).toBe('attention');
  });

  it('wants every clause and control audited in the cycle', () => {
    const c = { programme: true, requirements: 10, audited: 10, plannedOnly: 0, notCovered: 0 };
    expect(auditCoverageReadiness(c).verdict).toBe('pass');
    expect(auditCoverageReadiness({ ...c, audited: 6, notCovered: 4 }).verdict).toBe('attention');
    expect(auditCoverageReadiness({ ...c, audited: 0, plannedOnly: 10 }).verdict).toBe('fail');
    expect(auditCoverageReadiness({ ...c, programme: false }).verdict).toBe('fail');
  });

  it('wants a management review held within the year, sealed, its actions on time', () => {
    const held = {
      state: 'held' as const,
      heldOn: '2026-10-05',
      daysAgo: 60,
      sealIntact: true,
      openActions: 2,
      overdueActions: 0,
    };
    expect(managementReviewReadiness(held).verdict).toBe('pass');
    expect(managementReviewReadiness({ ...held, overdueActions: 1 }).verdict).toBe('attention');
    expect(managementReviewReadiness({ ...held, daysAgo: 400 }).verdict).toBe('attention');
    expect(managementReviewReadiness({ ...held, sealIntact: false }).verdict).toBe('fail');
    expect(managementReviewReadiness({ state: 'not-held' }).verdict).toBe('fail');
  });

  it('fails an open major finding of the external audit', () => {
    expect(externalFindingsReadiness({ imported: 0, open: 0, openMajor: 0 }).verdict).toBe('pass');
    expect(externalFindingsReadiness({ imported: 3, open: 2, openMajor: 1 }).verdict).toBe('fail');
    expect(externalFindingsReadiness({ imported: 3, open: 2, openMajor: 0 }).verdict).toBe(
      'attention',
    );
    expect(externalFindingsReadiness({ imported: 3, open: 0, openMajor: 0 }).verdict).toBe('pass');
  });

  it('sums verdicts and takes the worst', () => {
    expect(worstVerdict(['pass', 'attention', 'pass'])).toBe('attention');
    expect(worstVerdict(['attention', 'fail'])).toBe('fail');
    expect(worstVerdict([])).toBe('pass');
    expect(verdictCounts(['pass', 'fail', 'pass'])).toEqual({ pass: 2, attention: 0, fail: 1 });
  });
});

describe('the Stage 1 and Stage 2 dates', () => {
  it('accepts dates in order and counts the days to them', () => {
    const stages = certificationStagesSchema.parse({ stage1: '2027-01-10', stage2: '2027-02-20' });
    expect(stages).toEqual({ stage1: '2027-01-10', stage2: '2027-02-20', certificationBody: '' });
    expect(stageCountdown(stages, '2027-01-01')).toEqual({ stage1: 9, stage2: 50 });
    expect(stageCountdown({ ...stages, stage2: null }, '2027-01-20')).toEqual({
      stage1: -10,
      stage2: null,
    });
  });

  it('refuses Stage 2 before Stage 1, a non-date and unknown keys, with a message', () => {
    const refused = (raw: unknown) =>
      certificationStagesSchema.safeParse(raw).error?.issues.map((i) => i.message);
    expect(refused({ stage1: '2027-03-01', stage2: '2027-02-01' })).toEqual([
      'Stage 2 cannot come before Stage 1',
    ]);
    expect(refused({ stage1: 'soon', stage2: null })).toEqual([
      'Stage 1 date must be a date like 2027-03-15',
    ]);
    expect(refused({ stage1: null, stage2: null, owner: 'x' })?.length).toBe(1);
  });
});
