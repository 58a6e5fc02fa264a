/**
 * The certification readiness report's configuration (saved by Confluence in the macro node, by
 * page editors): the AIMS project, the audit programme cycle whose coverage it judges, and the
 * pages of the approved Statement of Applicability and of the last management review held. The
 * scope and the AI policy pages are the ones the app registered for the project.
 */
import { z } from 'zod';
import { macroConfig } from '../macro-config';

const pageId = (label: string) =>
  z
    .string({ error: `${label} must be a Confluence page id` })
    .trim()
    .regex(/^\d{1,20}$/, { error: `${label} must be a Confluence page id (digits)` })
    .optional()
    .or(z.literal('').transform(() => undefined));

export const readinessConfigSchema = z.object(
  {
    projectKey: z
      .string({ error: 'Jira project is required' })
      .trim()
      .regex(/^[A-Z][A-Z0-9_]{1,9}$/, { error: 'Jira project must be a project key like AIMS' }),
    cycle: z
      .string({ error: 'Audit programme cycle is required' })
      .trim()
      .min(1, { error: 'Audit programme cycle is required' })
      .max(40, { error: 'Audit programme cycle must be at most 40 characters' }),
    soaPageId: pageId('Statement of Applicability page'),
    reviewPageId: pageId('Management review page'),
  },
  { error: 'The macro has no configuration' },
);
export type ReadinessConfig = z.infer<typeof readinessConfigSchema>;

export const readinessConfig = macroConfig<ReadinessConfig>(
  readinessConfigSchema,
  'no settings are saved yet; use Configure to name the project and the audit cycle',
  (problems) => `This readiness report is not configured: ${problems.join('; ')}.`,
);
