/** Corrective action record (clause 10.2 c): the action that removes a nonconformity's causes. */
import { z } from 'zod';
import {
  accountId,
  choice,
  isoDate,
  issueKey,
  optionalText,
  recordKey,
  requiredText,
} from './record-fields';

export const CORRECTIVE_ACTION_STATUSES = ['to-do', 'in-progress', 'done', 'cancelled'] as const;
export type CorrectiveActionStatus = (typeof CORRECTIVE_ACTION_STATUSES)[number];

export const correctiveActionSchema = z
  .object(
    {
      key: recordKey(),
      nonconformityKey: issueKey('Nonconformity'),
      summary: requiredText('Summary', 255),
      description: optionalText('Description'),
      /** The implementer: the person who carries out the action. */
      assigneeAccountId: accountId('Assignee'),
      dueDate: isoDate('Due date'),
      status: choice('Status', CORRECTIVE_ACTION_STATUSES),
      completedOn: isoDate('Completion date').optional(),
    },
    { error: 'A corrective action record must be an object' },
  )
  .superRefine((action, ctx) => {
    if (action.status === 'done' && action.completedOn === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['completedOn'],
        message: 'A done corrective action needs the date it was completed',
      });
    }
  });

export type CorrectiveActionRecord = z.infer<typeof correctiveActionSchema>;
