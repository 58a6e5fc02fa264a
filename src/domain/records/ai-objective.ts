/** AI objective record (clause 6.2), tied to an Annex C objective. */
import { z } from 'zod';
import { accountId, catalogId, choice, isoDate, recordKey, requiredText } from './record-fields';

export const AI_OBJECTIVE_STATUSES = [
  'not-started',
  'on-track',
  'at-risk',
  'achieved',
  'missed',
] as const;
export type AiObjectiveStatus = (typeof AI_OBJECTIVE_STATUSES)[number];

export const aiObjectiveSchema = z.object(
  {
    key: recordKey(),
    title: requiredText('Title', 255),
    annexCObjectiveId: catalogId(
      'Annex C objective',
      'annex-c-objective',
      'an Annex C objective',
      'ISO42001:C.objective.fairness',
    ),
    measure: requiredText('Measure'),
    target: requiredText('Target'),
    ownerAccountId: accountId('Owner'),
    dueDate: isoDate('Due date'),
    status: choice('Status', AI_OBJECTIVE_STATUSES),
  },
  { error: 'An AI objective record must be an object' },
);

export type AiObjectiveRecord = z.infer<typeof aiObjectiveSchema>;
