import {
  breachedRequirementOf,
  evaluateIncidentTransition,
  incidentRaisesNonconformity,
  isMajorIncident,
} from '../../../../src/domain/incident';
import type { IncidentFacts } from '../../../../src/domain/incident';

const REPORTED: IncidentFacts = {
  severity: 'High',
  detectedHow: 'Monitoring',
  reportedByAccountId: 'acc-1',
  aiSystems: ['AIMS-1'],
  nonconformities: [],
  standingNonconformities: [],
};

const CONCLUDED: IncidentFacts = {
  ...REPORTED,
  individualsAffected: 'None',
  externalReporting: 'no',
  requirementBreached: 'yes',
  breachedRequirement: 'ISO42001:A.6.2.6',
};

const codes = (from: string, to: string, facts: IncidentFacts) =>
  evaluateIncidentTransition(from, to, facts).reasons.map((r) => r.code);

describe('AI incident life cycle', () => {
  it('investigating needs the whole report', () => {
    expect(
      codes('reported', 'investigating', {
        aiSystems: [],
        nonconformities: [],
        standingNonconformities: [],
      }),
    ).toEqual(['severity-missing', 'ai-system-missing', 'detection-missing', 'reporter-missing']);
    expect(codes('reported', 'investigating', { ...REPORTED, severity: '  ' })).toEqual([
      'severity-missing',
    ]);
    expect(codes('reported', 'investigating', REPORTED)).toEqual([]);
  });

  it('concluding needs the people affected and both answers, with who and which when Yes', () => {
    expect(codes('investigating', 'concluded', REPORTED)).toEqual([
      'individuals-missing',
      'external-reporting-unanswered',
      'breach-unanswered',
    ]);
    expect(
      codes('investigating', 'concluded', {
        ...CONCLUDED,
        externalReporting: 'yes',
        breachedRequirement: ' ',
      }),
    ).toEqual(['external-recipient-missing', 'breached-requirement-missing']);
    expect(
      codes('investigating', 'concluded', {
        ...CONCLUDED,
        externalReporting: 'yes',
        externalReportingTo: 'The national market surveillance authority, within 15 days',
      }),
    ).toEqual([]);
  });

  it('a named ISO/IEC 42001 requirement must exist; a law in words is accepted', () => {
    expect(
      codes('investigating', 'concluded', { ...CONCLUDED, breachedRequirement: 'A.99.1' }),
    ).toEqual(['breached-requirement-unknown']);
    expect(
      codes('investigating', 'concluded', { ...CONCLUDED, breachedRequirement: 'GDPR Art. 22' }),
    ).toEqual([]);
  });

  it('"No" with a requirement named is a contradiction', () => {
    const reasons = evaluateIncidentTransition('investigating', 'concluded', {
      ...CONCLUDED,
      requirementBreached: 'no',
    }).reasons;
    expect(reasons.map((r) => r.message)).toEqual([
      '"Requirement breached?" is No, yet "ISO42001:A.6.2.6" is named as breached: answer Yes or clear it.',
    ]);
  });

  it('a breach closes only once its Nonconformity is raised; no breach closes at once', () => {
    expect(codes('concluded', 'closed', CONCLUDED)).toEqual(['nonconformity-not-raised']);
    expect(codes('concluded', 'closed', { ...CONCLUDED, nonconformities: ['AIMS-9'] })).toEqual([]);
    expect(
      codes('concluded', 'closed', {
        ...CONCLUDED,
        requirementBreached: 'no',
        breachedRequirement: null,
      }),
    ).toEqual([]);
  });

  it('an incident investigated again cannot be concluded "not breached" while the Nonconformity it raised stands', () => {
    const raised = {
      ...CONCLUDED,
      nonconformities: ['AIMS-9'],
      standingNonconformities: ['AIMS-9'],
    };
    const answeredNo = { ...raised, requirementBreached: 'no' as const, breachedRequirement: null };
    expect(codes('investigating', 'concluded', answeredNo)).toEqual([
      'breach-withdrawn-nonconformity-stands',
    ]);
    // Nor closed while it says so (a close re-checks the conclusion).
    expect(codes('concluded', 'closed', answeredNo)).toEqual([
      'breach-withdrawn-nonconformity-stands',
    ]);
    const message = evaluateIncidentTransition('investigating', 'concluded', answeredNo).reasons[0]
      ?.message;
    expect(message).toContain("the AIMS app's own rule");
    expect(message).not.toContain('AIMS-9'); // a validator message names no issue
    // Kept Yes, it concludes; once the Nonconformity is closed in its own workflow, No is allowed.
    expect(codes('investigating', 'concluded', raised)).toEqual([]);
    expect(
      codes('investigating', 'concluded', { ...answeredNo, standingNonconformities: [] }),
    ).toEqual([]);
  });

  it('steps outside the workflow are refused; investigating again is free', () => {
    expect(codes('reported', 'closed', CONCLUDED)).toEqual(['not-an-incident-step']);
    expect(
      codes('concluded', 'investigating', {
        aiSystems: [],
        nonconformities: [],
        standingNonconformities: [],
      }),
    ).toEqual([]);
  });

  it('raises a Nonconformity only once concluded with a breach', () => {
    expect(incidentRaisesNonconformity('investigating', { requirementBreached: 'yes' })).toBe(
      false,
    );
    expect(incidentRaisesNonconformity('concluded', { requirementBreached: 'yes' })).toBe(true);
    expect(incidentRaisesNonconformity('closed', { requirementBreached: 'yes' })).toBe(true);
    expect(incidentRaisesNonconformity('concluded', { requirementBreached: 'no' })).toBe(false);
    expect(incidentRaisesNonconformity(undefined, { requirementBreached: 'yes' })).toBe(false);
  });

  it('critical and high incidents raise a Nonconformity handled as a major one', () => {
    expect(['Critical', 'High', 'Medium', 'Low', null].map(isMajorIncident)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('breached requirement', () => {
  it.each([
    ['ISO42001:A.6.2.4', 'ISO42001:A.6.2.4'],
    ['iso 42001: A.6.2.4', 'ISO42001:A.6.2.4'],
    ['ISO/IEC 42001:8.4', 'ISO42001:8.4'],
    ['A.8.4', 'ISO42001:A.8.4'],
    ['10.2', 'ISO42001:10.2'],
  ])('%s is the catalogue entry %s', (text, id) => {
    expect(breachedRequirementOf(text)).toEqual({ kind: 'iso42001', id });
  });

  it('an ISO-looking reference outside the catalogue is unknown; words are another requirement', () => {
    expect(breachedRequirementOf('A.6.9.9').kind).toBe('unknown-iso42001');
    expect(breachedRequirementOf('42.1').kind).toBe('unknown-iso42001');
    expect(breachedRequirementOf(' Customer contract §4 ')).toEqual({
      kind: 'other',
      text: 'Customer contract §4',
    });
  });
});
