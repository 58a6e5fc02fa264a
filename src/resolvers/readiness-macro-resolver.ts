import Resolver from '@forge/resolver';
import { z } from 'zod';
import { readMacroWriterForView } from '../authorization/macro-write-guard';
import { certificationStagesSchema } from '../domain/readiness';
import { confluenceAsUser, jiraAsUser } from '../jira/forge-clients';
import { parseMacroContext } from '../macros/macro-context';
import { readinessConfig } from '../macros/readiness/readiness-macro-config';
import { loadReadinessView } from '../macros/readiness/readiness-view';
import { saveCertificationStages } from '../storage/certification-stages';
import { defineMacroWrite, macroWriteFunctions } from './macro-write';
import { defineConfigReads, projectAndCycleDefaults } from './macro-config-functions';
import { defineValidated } from './resolver-outcome';

const resolver = new Resolver();

const MACRO = 'Certification readiness report';

/** Every readiness item as the viewer may see it (Jira and Confluence read as them). */
defineValidated(resolver, 'getView', z.object({}), async (_payload, context) => {
  const macro = parseMacroContext(context, MACRO);
  const jira = jiraAsUser();
  const confluence = confluenceAsUser();
  return loadReadinessView({
    rawConfig: macro.rawConfig,
    jira,
    confluence,
    now: new Date(),
    writer: await readMacroWriterForView({ pageId: macro.pageId, jira, confluence }),
  });
});

defineConfigReads(resolver, MACRO, readinessConfig, projectAndCycleDefaults);

/**
 * Sets the Stage 1 / Stage 2 dates of the project the macro is configured for (an AIMS manager
 * who can edit the page; checked as them before anything else). The project is the one of the
 * saved configuration, never one named in the payload.
 */
defineMacroWrite(
  resolver,
  'saveStages',
  MACRO,
  'readiness.stages',
  z.object({ stages: certificationStagesSchema }),
  async ({ stages }, context) => {
    const { projectKey } = readinessConfig.require(parseMacroContext(context, MACRO).rawConfig);
    return { stages: await saveCertificationStages(projectKey, stages) };
  },
);

export const readinessMacroResolver = resolver.getDefinitions();

/** Its functions that change a record, each with the write it is checked as. */
export const MACRO_WRITE_FUNCTIONS = macroWriteFunctions(resolver);
