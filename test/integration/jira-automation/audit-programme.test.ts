/**
 * The internal audit programme (9.2.2) through plain Jira REST: an Audit starts fieldwork only
 * with its objectives, scope and criteria, cycle, covered requirements, lead auditor and auditee
 * (never the same person), and closes only with its report — each refusal in the validator's
 * words, the audit left where it was.
 */
import {
  createAimsIssue,
  editAimsIssue,
  errorMessages,
  mustTransition,
  statusOf,
  transition,
} from './aims-rest';
import { aimsSitePerFile } from './aims-site-per-file';

const s = aimsSitePerFile();

const PLAN = {
  auditObjectives: 'Establish whether the life cycle controls work as the SoA says',
  auditScope: 'Credit scoring model; criteria: clauses 8 and A.6',
  auditCycle: '2026',
  auditCoverage: '8.1, 8.2, A.6',
  leadAuditor: { user: 'auditor' as const },
  auditee: { user: 'manager' as const },
};

describe('an internal audit of the programme (9.2.2)', () => {
  it('does not start fieldwork without its plan, naming every missing part', async () => {
    const audit = await createAimsIssue(s, 'auditor', 'audit', 'Internal audit 2026: life cycle');
    const refused = await transition(s, 'auditor', audit, 'Start fieldwork');
    expect(refused.status).toBe(400);
    expect(errorMessages(refused.body).join(' ')).toEqual(
      expect.stringContaining('Record the audit objectives (9.2.2).'),
    );
    for (const part of [
      'Record the audit scope and criteria (9.2.2 b).',
      'Name the audit programme cycle',
      'Requirements audited',
      'Name the lead auditor (9.2.2 c).',
      'Name the auditee',
    ]) {
      expect(errorMessages(refused.body).join(' ')).toContain(part);
    }
    expect(await statusOf(s, audit)).toBe('Planned');
  });

  it('refuses a lead auditor who is the auditee, and coverage that names no requirement', async () => {
    const audit = await createAimsIssue(s, 'auditor', 'audit', 'Internal audit 2026: own area', {
      ...PLAN,
      auditee: { user: 'auditor' },
      auditCoverage: '8.1, Z.9',
    });
    const refused = await transition(s, 'auditor', audit, 'Start fieldwork');
    expect(refused.status).toBe(400);
    const messages = errorMessages(refused.body).join(' ');
    expect(messages).toContain(
      'The lead auditor is the auditee: auditors must be objective and impartial and do not audit their own work (9.2.2 c).',
    );
    expect(messages).toContain(
      'names what is not a clause 4–10 sub-clause or Annex A control: Z.9.',
    );
    expect(await statusOf(s, audit)).toBe('Planned');
  });

  it('runs a planned audit through fieldwork and report, and closes it only with the report linked', async () => {
    const audit = await createAimsIssue(s, 'auditor', 'audit', 'Internal audit 2026: data', PLAN);
    await mustTransition(s, 'auditor', audit, 'Start fieldwork');
    await mustTransition(s, 'auditor', audit, 'Report results');
    const refused = await transition(s, 'auditor', audit, 'Close audit');
    expect(refused.status).toBe(400);
    expect(errorMessages(refused.body).join(' ')).toContain(
      'Link the audit report in "Audit report": the results are reported to management before the audit is closed (9.2.2 d).',
    );
    expect(await statusOf(s, audit)).toBe('Reported');
    await editAimsIssue(s, 'auditor', audit, {
      auditReport: 'https://wiki.example.com/audit-report-2026',
    });
    await mustTransition(s, 'auditor', audit, 'Close audit');
    expect(await statusOf(s, audit)).toBe('Audit Closed');
  });
});
