/**
 * The AI Policy macro's configuration (saved by Confluence in the macro node): which document
 * this is, how often it is reviewed, and where its AI objectives live in Jira. Its owner is not
 * here — anyone who can edit the page can change this — but in app storage, set by an AIMS
 * manager (src/storage/document-owner.ts).
 */
import { z } from 'zod';
import { macroConfig } from '../macro-config';
import { documentConfigFields, projectKeyField } from '../document-control/document-config-fields';

export const policyMacroConfigSchema = z.object(
  {
    ...documentConfigFields,
    objectivesProjectKey: projectKeyField('Jira project for objectives'),
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
