/**
 * Internal audit record (clause 9.2). Impartiality: an auditor must not audit their own
 * work, so the auditee (the person answerable for the audited area) may not be one of the
 * auditors.
 */
import { z } from 'zod';
import { accountId, choice, isoDate, listOf, recordKey, requiredText } from './record-fields';

export const AUDIT_STATUSES = ['planned', 'in-progress', 'completed', 'cancelled'] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];

export const auditSchema = z
  .object(
    {
      key: recordKey(),
      title: requiredText('Title', 255),
      scope: requiredText('Audit scope'),
      criteria: requiredText('Audit criteria'),
      plannedStart: isoDate('Planned start date'),
      plannedEnd: isoDate('Planned end date'),
      auditorAccountIds: listOf('Auditors', accountId('Auditor')),
      auditeeAccountId: accountId('Auditee'),
      status: choice('Audit status', AUDIT_STATUSES).default('planned'),
    },
    { error: 'An audit record must be an object' },
  )
  .superRefine((audit, ctx) => {
    if (audit.plannedEnd < audit.plannedStart) {
      ctx.addIssue({
        code: 'custom',
        path: ['plannedEnd'],
        message: 'The planned end date cannot be before the planned start date',
      });
    }
    if (audit.auditorAccountIds.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['auditorAccountIds'],
        message: 'An audit needs at least one auditor',
      });
    }
    if (audit.auditorAccountIds.includes(audit.auditeeAccountId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['auditorAccountIds'],
        message:
          'An auditor cannot audit their own work: the auditee cannot also be one of the auditors',
      });
    }
  });

export type AuditRecord = z.infer<typeof auditSchema>;
