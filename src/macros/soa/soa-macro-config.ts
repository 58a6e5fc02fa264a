/**
 * The SoA macro's configuration (saved by Confluence in the macro node): which Jira project holds
 * the AIMS, and whether the organization's own controls are listed beside Annex A.
 */
import { z } from 'zod';

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

export type SoaConfigCheck =
  { ok: true; config: SoaMacroConfig } | { ok: false; problems: string[] };

/** Validates a saved or submitted configuration; problems are sentences a person can act on. */
export function checkSoaMacroConfig(raw: unknown): SoaConfigCheck {
  if (
    raw === undefined ||
    raw === null ||
    (typeof raw === 'object' && !Array.isArray(raw) && Object.keys(raw).length === 0)
  ) {
    return {
      ok: false,
      problems: ['no settings are saved yet; use Configure to choose the Jira project'],
    };
  }
  const parsed = soaMacroConfigSchema.safeParse(raw);
  if (parsed.success) return { ok: true, config: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => i.message) };
}

/** The message the macro shows when its configuration is missing or wrong. */
export function soaNotConfiguredMessage(problems: readonly string[]): string {
  return `This Statement of Applicability is not configured: ${problems.join('; ')}.`;
}
