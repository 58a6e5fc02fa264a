import Resolver from '@forge/resolver';
import { z } from 'zod';
import { readMacroWriterForView } from '../authorization/macro-write-guard';
import { readPage } from '../confluence/pages';
import { Refusal } from '../domain/refusal';
import { confluenceAsUser, jiraAsUser } from '../jira/forge-clients';
import { readPeople } from '../jira/people';
import {
  assessGap,
  assessGapSchema,
  completeGap,
  raiseGapIssues,
  startGap,
  startGapSchema,
} from '../macros/gap-analysis/gap-actions';
import type { GapActionRequest } from '../macros/gap-analysis/gap-actions';
import { loadGapView } from '../macros/gap-analysis/gap-view';
import { parseMacroContext } from '../macros/macro-context';
import { loadActiveProjectKey, loadProvisioningState } from '../storage/provisioning-state';
import { defineMacroWrite, macroWriteFunctions } from './macro-write';
import type { ResolverContext } from './resolver-outcome';
import { defineValidated, viewerAccountId } from './resolver-outcome';

const resolver = new Resolver();

const MACRO = 'Gap analysis';

function actionRequest(context: ResolverContext): GapActionRequest {
  return {
    pageId: parseMacroContext(context, MACRO).pageId,
    actorAccountId: viewerAccountId(context),
    now: new Date(),
    confluence: confluenceAsUser(),
    jira: jiraAsUser(),
  };
}

/** The gap analysis as the viewer reads the page, with what they may do. */
defineValidated(resolver, 'getView', z.object({}), async (_payload, context) => {
  const { pageId } = parseMacroContext(context, MACRO);
  const jira = jiraAsUser();
  const confluence = confluenceAsUser();
  const facts = await readMacroWriterForView({ pageId, jira, confluence });
  return loadGapView({
    pageId,
    confluence,
    writer: { facts },
    names: async (ids) =>
      Object.fromEntries([...(await readPeople(jira, ids))].map(([id, p]) => [id, p.displayName])),
  });
});

defineMacroWrite(
  resolver,
  'start',
  MACRO,
  'gap.start',
  startGapSchema,
  async ({ title }, context) => startGap(actionRequest(context), title),
);

defineMacroWrite(
  resolver,
  'assess',
  MACRO,
  'gap.assess',
  assessGapSchema,
  async (payload, context) => assessGap(actionRequest(context), payload),
);

defineMacroWrite(resolver, 'complete', MACRO, 'gap.complete', z.object({}), async (_p, context) =>
  completeGap(actionRequest(context)),
);

/** One AIMS Action per gap of the completed assessment, in the active AIMS project. */
defineMacroWrite(
  resolver,
  'raiseIssues',
  MACRO,
  'gap.raiseIssues',
  z.object({}),
  async (_p, context) => {
    const request = actionRequest(context);
    const projectKey = await loadActiveProjectKey();
    const state = projectKey ? await loadProvisioningState(projectKey) : undefined;
    if (!state) {
      throw new Refusal(
        "The AIMS project is not set up yet; a Jira administrator provisions it on the app's admin page.",
      );
    }
    const page = await readPage(request.confluence, request.pageId);
    return raiseGapIssues(request, state, { id: page.id, title: page.title });
  },
);

export const gapMacroResolver = resolver.getDefinitions();

/** Its functions that change a record, each with the write it is checked as. */
export const MACRO_WRITE_FUNCTIONS = macroWriteFunctions(resolver);
