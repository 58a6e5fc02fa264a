/**
 * The "AIMS scope and context" macro's configuration (saved by Confluence in the macro node):
 * which document this is, who owns it, how often it is reviewed, and the Jira project of the AIMS
 * (whose AI systems it lists, and whose management reviews read it).
 */
import { z } from 'zod';
import { macroConfig } from '../macro-config';
import { documentConfigFields, projectKeyField } from '../document-control/document-config-fields';

export const scopeMacroConfigSchema = z.object(
  { ...documentConfigFields, projectKey: projectKeyField('Jira project of the AIMS') },
  { error: 'The macro has no configuration' },
);
export type ScopeMacroConfig = z.infer<typeof scopeMacroConfigSchema>;

export const scopeConfig = macroConfig<ScopeMacroConfig>(
  scopeMacroConfigSchema,
  'no settings are saved yet; use Configure to set them',
  (problems) => `This macro is not configured: ${problems.join('; ')}.`,
);
