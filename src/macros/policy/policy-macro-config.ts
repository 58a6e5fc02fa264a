/**
 * The AI Policy macro's configuration (saved by Confluence in the macro node): which document
 * this is, how often it is reviewed, and where its AI objectives live in Jira. Its owner is not
 * here — anyone who can edit the page can change this — but in app storage, set by an AIMS
 * manager (src/storage/document-owner.ts).
 */
import { z } from 'zod';
import { macroConfig } from '../macro-config';
import { wholeNumber } from '../../domain/records';

const numberFromText = (value: unknown): unknown =>
  typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;

export const policyMacroConfigSchema = z.object(
  {
    /** The organization's own document reference, e.g. `AIMS-POL-001` (7.5.2 identification). */
    documentReference: z
      .string({ error: 'Document ID is required' })
      .trim()
      .min(1, { error: 'Document ID is required' })
      .max(64, { error: 'Document ID must be at most 64 characters' })
      .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, {
        error: 'Document ID may hold letters, digits, dots, dashes, slashes and underscores',
      }),
    reviewIntervalMonths: z.preprocess(
      numberFromText,
      wholeNumber('Review interval (months)', 1, 60),
    ),
    objectivesProjectKey: z
      .string({ error: 'Jira project for objectives is required' })
      .regex(/^[A-Z][A-Z0-9_]{1,9}$/, {
        error: 'Jira project for objectives must be a project key like AIMS',
      }),
  },
  { error: 'The macro has no configuration' },
);
export type PolicyMacroConfig = z.infer<typeof policyMacroConfigSchema>;

/** The macro's configuration: checked, refused, and the message when it is missing or wrong. */
export const policyConfig = macroConfig<PolicyMacroConfig>(
  policyMacroConfigSchema,
  'no settings are saved yet; use Configure to set them',
  (problems) => `This macro is not configured: ${problems.join('; ')}.`,
);
export const { check: checkPolicyMacroConfig, notConfigured: notConfiguredMessage } = policyConfig;
