/**
 * Control record — one row of the Statement of Applicability (clause 6.1.3 d).
 * `controlId` is an Annex A control (`ISO42001:A.6.2.4`) or an organization control
 * (`ORG:key`, which must carry its own title). The justification is required whether the
 * control is included or excluded.
 */
import { z } from 'zod';
import {
  accountId,
  choice,
  controlRef,
  evidenceLinkSchema,
  isOrgControlId,
  issueKey,
  listOf,
  optionalText,
  recordKey,
} from './record-fields';

export const APPLICABILITIES = ['included', 'excluded'] as const;
export type Applicability = (typeof APPLICABILITIES)[number];

export const IMPLEMENTATION_STATUSES = [
  'not-started',
  'planned',
  'in-progress',
  'implemented',
] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

export const controlSchema = z
  .object(
    {
      key: recordKey(),
      controlId: controlRef('Control ID'),
      /** Required for organization controls; Annex A titles come from the catalog. */
      title: optionalText('Title', 255),
      applicability: choice('Applicability', APPLICABILITIES),
      /** Required either way; checked below so the message can name the applicability. */
      justification: z.string({ error: 'Justification must be text' }).trim().default(''),
      implementationStatus: choice('Implementation status', IMPLEMENTATION_STATUSES),
      ownerAccountId: accountId('Control owner').optional(),
      evidence: listOf('Evidence', evidenceLinkSchema),
      /** Risks this control treats (the *mitigates* links). */
      riskKeys: listOf('Linked risks', issueKey('Linked risk')),
    },
    { error: 'A control record must be an object' },
  )
  .superRefine((control, ctx) => {
    if (!control.justification) {
      ctx.addIssue({
        code: 'custom',
        path: ['justification'],
        message: `A justification is required for an ${control.applicability} control`,
      });
    }
    if (isOrgControlId(control.controlId) && control.title === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['title'],
        message: 'An organization control needs a title',
      });
    }
  });

export type ControlRecord = z.infer<typeof controlSchema>;
/** Alias: a control record is one SoA entry. */
export type SoaEntryRecord = ControlRecord;
export const soaEntrySchema = controlSchema;
