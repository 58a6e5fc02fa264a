/**
 * A gap analysis (the programme's step 3): every requirement of clauses 4–10 (sub-clause level) and
 * every Annex A control assessed as not started, partly, conformant or not applicable, with the
 * evidence and the gap. Once completed it is frozen: its content hash is recorded with who
 * completed it and when.
 */
import { z } from 'zod';
import { AIMS_REQUIREMENTS } from '../catalog/requirements';
import { CONTENT_HASH_PATTERN } from '../integrity/content-hash-pattern';
import {
  accountId,
  evidenceLinkSchema,
  isoDate,
  isoDateTime,
  issueKey,
  optionalText,
  requiredText,
} from '../records/record-fields';

export const GAP_STATUSES = ['not-started', 'partly', 'conformant', 'not-applicable'] as const;
export type GapStatus = (typeof GAP_STATUSES)[number];

export const GAP_STATUS_NAMES: Readonly<Record<GapStatus, string>> = {
  'not-started': 'Not started',
  partly: 'Partly',
  conformant: 'Conformant',
  'not-applicable': 'Not applicable',
};

export const MAX_EVIDENCE_LINKS = 10;
const REQUIREMENT_REFS = new Set(AIMS_REQUIREMENTS.map((r) => r.ref));

/** One requirement's assessment. */
export const gapItemSchema = z
  .object(
    {
      status: z.enum(GAP_STATUSES, {
        error: `Status must be one of: ${GAP_STATUSES.map((s) => GAP_STATUS_NAMES[s]).join(', ')}`,
      }),
      gap: optionalText('Gap', 2_000),
      justification: optionalText('Justification', 2_000),
      evidence: z
        .array(evidenceLinkSchema, { error: 'Evidence must be a list of links' })
        .max(MAX_EVIDENCE_LINKS, { error: `At most ${MAX_EVIDENCE_LINKS} evidence links` })
        .default([]),
    },
    { error: 'An assessment of a requirement must be an object' },
  )
  .superRefine((item, ctx) => {
    if (item.status === 'not-applicable' && !item.justification) {
      ctx.addIssue({
        code: 'custom',
        path: ['justification'],
        message: 'Say why the requirement does not apply (a justification is required)',
      });
    }
    if ((item.status === 'not-started' || item.status === 'partly') && !item.gap) {
      ctx.addIssue({
        code: 'custom',
        path: ['gap'],
        message: 'Describe the gap: what is missing before the requirement is met',
      });
    }
    if (item.status === 'conformant' && item.evidence.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['evidence'],
        message: 'Link at least one piece of evidence that the requirement is met',
      });
    }
  });
export type GapItem = z.infer<typeof gapItemSchema>;

export const gapCompletionSchema = z.object({
  byAccountId: accountId('Completed by'),
  at: isoDateTime('Completed at'),
  contentHash: z
    .string()
    .regex(CONTENT_HASH_PATTERN, { error: 'Content hash must be sha256:<hex>' }),
});
export type GapCompletion = z.infer<typeof gapCompletionSchema>;

export const gapAssessmentSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, {
    error: 'Assessment id must be lower-case letters, digits and dashes',
  }),
  title: requiredText('Title', 200),
  startedOn: isoDate('Started on'),
  items: z
    .record(z.string(), gapItemSchema)
    .refine((items) => Object.keys(items).every((ref) => REQUIREMENT_REFS.has(ref)), {
      error: 'Every assessed requirement must be a clause 4–10 sub-clause or an Annex A control',
    }),
  /** The Jira issue raised for each gap (not part of the frozen content: issues come after). */
  gapIssues: z.record(z.string(), issueKey('Gap issue')).default({}),
  completed: gapCompletionSchema.optional(),
});
export type GapAssessment = z.infer<typeof gapAssessmentSchema>;
