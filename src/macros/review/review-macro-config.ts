/**
 * The Management Review macro's configuration (saved by Confluence in the macro node): the
 * review's title, the Jira project holding the AIMS records, the period under review and the
 * page of the previous review (whose decisions are input 9.3.2 a).
 */
import { z } from 'zod';
import { macroConfig } from '../macro-config';

export const reviewMacroConfigSchema = z
  .object(
    {
      title: z
        .string({ error: 'Title is required' })
        .trim()
        .min(1, { error: 'Title is required' })
        .max(255, { error: 'Title must be at most 255 characters' }),
      projectKey: z
        .string({ error: 'Jira project is required' })
        .trim()
        .regex(/^[A-Z][A-Z0-9_]{1,9}$/, { error: 'Jira project must be a project key like AIMS' }),
      periodStart: z.iso.date({ error: 'Period start must be a date like 2026-07-01' }),
      periodEnd: z.iso.date({ error: 'Period end must be a date like 2026-09-30' }),
      previousReviewPageId: z
        .string({ error: 'Previous review page must be a Confluence page id' })
        .trim()
        .regex(/^\d{1,20}$/, {
          error: 'Previous review page must be a Confluence page id (digits)',
        })
        .optional()
        .or(z.literal('').transform(() => undefined)),
    },
    { error: 'The macro has no configuration' },
  )
  .refine((c) => c.periodStart <= c.periodEnd, {
    error: 'The review period cannot end before it starts',
    path: ['periodEnd'],
  });
export type ReviewMacroConfig = z.infer<typeof reviewMacroConfigSchema>;

/** The macro's configuration: checked, refused, and the message when it is missing or wrong. */
export const reviewConfig = macroConfig<ReviewMacroConfig>(
  reviewMacroConfigSchema,
  'No settings are saved yet; use Configure to set them.',
  (problems) => `This management review is not configured: ${problems.join(' ')}`,
);
export const { check: checkReviewMacroConfig } = reviewConfig;
