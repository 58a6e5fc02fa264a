/**
 * The SoA macro's configuration (saved by Confluence in the macro node): which Jira project holds
 * the AIMS, and whether the organization's own controls are listed beside Annex A.
 */
import { z } from 'zod';
import { macroConfig } from '../macro-config';

const booleanFromText = (value: unknown): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

export const soaMacroConfigSchema = z.object(
  {
    projectKey: z
      .string({ error: 'Jira project is required' })
      .trim()
      .regex(/^[A-Z][A-Z0-9_]{1,9}$/, { error: 'Jira project must be a project key like AIMS' }),
    includeOrganizationControls: z
      .preprocess(
        booleanFromText,
        z.boolean({ error: 'Include organization controls must be yes or no' }),
      )
      .default(true),
  },
  { error: 'The macro has no configuration' },
);
export type SoaMacroConfig = z.infer<typeof soaMacroConfigSchema>;

/** The macro's configuration: checked, refused, and the message when it is missing or wrong. */
export const soaConfig = macroConfig<SoaMacroConfig>(
  soaMacroConfigSchema,
  'no settings are saved yet; use Configure to choose the Jira project',
  (problems) => `This Statement of Applicability is not configured: ${problems.join('; ')}.`,
);
export const { check: checkSoaMacroConfig } = soaConfig;
