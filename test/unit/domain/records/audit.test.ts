import { auditSchema } from '../../../../src/domain/records';
import { refusalMessages } from './refusal-messages';

const valid = {
  title: 'AIMS internal audit 2025',
  scope: 'Risk management and data for AI systems',
  criteria: 'ISO/IEC 42001 clauses 6.1 and 8, controls A.7',
  plannedStart: '2025-05-05',
  plannedEnd: '2025-05-07',
  auditorAccountIds: ['712020:aims-auditor-0003'],
  auditeeAccountId: '712020:aims-manager-0002',
};

describe('audit record', () => {
  it('accepts a planned audit and defaults its status', () => {
    expect(auditSchema.parse(valid).status).toBe('planned');
    expect(auditSchema.parse({ ...valid, plannedEnd: valid.plannedStart }).status).toBe('planned');
  });

  it('keeps auditors impartial: the auditee cannot audit their own work', () => {
    expect(
      refusalMessages(auditSchema, {
        ...valid,
        auditorAccountIds: ['712020:aims-auditor-0003', '712020:aims-manager-0002'],
      }),
    ).toEqual([
      'An auditor cannot audit their own work: the auditee cannot also be one of the auditors',
    ]);
  });

  it('needs at least one auditor', () => {
    expect(refusalMessages(auditSchema, { ...valid, auditorAccountIds: [] })).toEqual([
      'An audit needs at least one auditor',
    ]);
  });

  it('refuses an end before the start', () => {
    expect(refusalMessages(auditSchema, { ...valid, plannedEnd: '2025-05-04' })).toEqual([
      'The planned end date cannot be before the planned start date',
    ]);
  });

  it('needs scope and criteria, and a known status', () => {
    expect(
      refusalMessages(auditSchema, { ...valid, scope: '', criteria: undefined, status: 'open' }),
    ).toEqual([
      'Audit scope must not be empty',
      'Audit criteria is required',
      'Audit status must be one of: planned, in-progress, completed, cancelled',
    ]);
  });

  it('refuses a non-object', () => {
    expect(refusalMessages(auditSchema, undefined)).toEqual(['An audit record must be an object']);
  });
});
