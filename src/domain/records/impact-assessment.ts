/** AI System Impact Assessment record (clauses 6.1.4 and 8.4, controls A.5.2–A.5.5). */
import { z } from 'zod';
import {
  accountId,
  isoDate,
  issueKey,
  listOf,
  evidenceLinkSchema,
  recordKey,
  requiredText,
} from './record-fields';

export const impactAssessmentSchema = z
  .object(
    {
      key: recordKey(),
      aiSystemKey: issueKey('AI system'),
      assessorAccountId: accountId('Assessor'),
      assessedOn: isoDate('Assessment date'),
      consequencesForIndividuals: requiredText('Consequences for individuals'),
      consequencesForGroups: requiredText('Consequences for groups of individuals'),
      consequencesForSocieties: requiredText('Consequences for societies'),
      foreseeableMisuse: requiredText('Foreseeable misuse'),
      nextReviewDate: isoDate('Next review date').optional(),
      evidence: listOf('Evidence', evidenceLinkSchema),
    },
    { error: 'An impact assessment record must be an object' },
  )
  .superRefine((record, ctx) => {
    if (record.nextReviewDate !== undefined && record.nextReviewDate < record.assessedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['nextReviewDate'],
        message: 'The next review date cannot be before the assessment date',
      });
    }
  });

export type ImpactAssessmentRecord = z.infer<typeof impactAssessmentSchema>;
