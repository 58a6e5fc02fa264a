import Resolver from '@forge/resolver';
import { z } from 'zod';
import { jiraAsUser } from '../jira/forge-clients';
import { auditProgrammeConfig } from '../macros/audit-programme/audit-programme-config';
import { loadAuditProgrammeView } from '../macros/audit-programme/audit-programme-view';
import { parseMacroContext } from '../macros/macro-context';
import { loadAppConfig } from '../storage/app-config';
import { defineValidated } from './resolver-outcome';
import { macroWriteFunctions } from './macro-write';

const resolver = new Resolver();

const MACRO = 'Internal audit programme';

/** The programme and its cycle's coverage, from the Audits the viewer may see in Jira. */
defineValidated(resolver, 'getView', z.object({}), async (_payload, context) => {
  const macro = parseMacroContext(context, MACRO);
  return loadAuditProgrammeView({ rawConfig: macro.rawConfig, jiraAsViewer: jiraAsUser() });
});

/** Defaults for the configuration form. */
defineValidated(resolver, 'getConfigDefaults', z.object({}), async (_payload, context) => {
  parseMacroContext(context, MACRO);
  const appConfig = await loadAppConfig();
  return { projectKey: appConfig.projectKey, cycle: String(new Date().getUTCFullYear()) };
});

/**
 * Checks a configuration before the config frame submits it: a bad one is refused with the
 * reasons and nothing is saved (Confluence saves it on view.submit, for page editors only).
 */
defineValidated(
  resolver,
  'checkConfig',
  z.object({ config: z.unknown() }),
  async ({ config }, context) => {
    parseMacroContext(context, MACRO);
    return { config: auditProgrammeConfig.require(config) };
  },
);

export const auditProgrammeMacroResolver = resolver.getDefinitions();

/** It changes no record: every function is a read (the configuration is Confluence's). */
export const MACRO_WRITE_FUNCTIONS = macroWriteFunctions(resolver);
