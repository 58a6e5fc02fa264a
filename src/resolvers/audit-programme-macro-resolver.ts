import Resolver from '@forge/resolver';
import { z } from 'zod';
import { jiraAsUser } from '../jira/forge-clients';
import { auditProgrammeConfig } from '../macros/audit-programme/audit-programme-config';
import { loadAuditProgrammeView } from '../macros/audit-programme/audit-programme-view';
import { parseMacroContext } from '../macros/macro-context';
import { defineConfigReads, projectAndCycleDefaults } from './macro-config-functions';
import { defineValidated } from './resolver-outcome';
import { macroWriteFunctions } from './macro-write';

const resolver = new Resolver();

const MACRO = 'Internal audit programme';

/** The programme and its cycle's coverage, from the Audits the viewer may see in Jira. */
defineValidated(resolver, 'getView', z.object({}), async (_payload, context) => {
  const macro = parseMacroContext(context, MACRO);
  return loadAuditProgrammeView({ rawConfig: macro.rawConfig, jiraAsViewer: jiraAsUser() });
});

defineConfigReads(resolver, MACRO, auditProgrammeConfig, projectAndCycleDefaults);

export const auditProgrammeMacroResolver = resolver.getDefinitions();

/** It changes no record: every function is a read (the configuration is Confluence's). */
export const MACRO_WRITE_FUNCTIONS = macroWriteFunctions(resolver);
