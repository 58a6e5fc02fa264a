import Resolver from '@forge/resolver';
import { z } from 'zod';
import { scopeControlRules } from '../domain/scope';
import { confluenceAsUser, jiraAsUser } from '../jira/forge-clients';
import { listPeople } from '../jira/people';
import { parseMacroContext } from '../macros/macro-context';
import {
  approveScope,
  changeScopeControl,
  checkScopeConfig,
  saveScopeContent,
  setScopeOwner,
} from '../macros/scope/scope-actions';
import { loadScopeView } from '../macros/scope/scope-view';
import { loadAppConfig } from '../storage/app-config';
import { defineSetOwner } from './document-owner-function';
import { macroActionRequest } from './macro-action-request';
import { defineMacroWrite, macroWriteFunctions } from './macro-write';
import type { ResolverContext } from './resolver-outcome';
import { defineValidated } from './resolver-outcome';

const resolver = new Resolver();

const MACRO = 'AIMS scope and context';

const actionRequest = (context: ResolverContext) => macroActionRequest(context, MACRO);

/** The macro's view of the page version being looked at (default: the current version). */
defineValidated(
  resolver,
  'getView',
  z.object({ pageVersion: z.number().int().min(1).optional() }),
  async ({ pageVersion }, context) => {
    const request = actionRequest(context);
    return loadScopeView({
      ...request,
      viewerAccountId: request.actorAccountId,
      viewedVersion: pageVersion,
    });
  },
);

/** Defaults and choices for the configuration form and the owner picker. */
defineValidated(resolver, 'getConfigOptions', z.object({}), async (_payload, context) => {
  parseMacroContext(context, MACRO);
  const [people, appConfig] = await Promise.all([listPeople(jiraAsUser()), loadAppConfig()]);
  return { people, defaults: { projectKey: appConfig.projectKey, reviewIntervalMonths: 12 } };
});

/**
 * Checks a configuration before the config frame submits it: a bad one is refused with the
 * reasons and nothing is saved. It only checks: anyone signed in can call it with any
 * configuration, so it writes nothing (Confluence saves the configuration on view.submit, for
 * people who can edit the page; the document control and the project's scope page follow on the
 * next change).
 */
defineValidated(
  resolver,
  'saveConfig',
  z.object({ config: z.unknown() }),
  async ({ config }, context) =>
    checkScopeConfig(
      { pageId: parseMacroContext(context, MACRO).pageId, confluence: confluenceAsUser() },
      config,
    ),
);

/** An AIMS manager makes someone the document owner (kept in app storage). */
defineSetOwner(resolver, MACRO, 'scope.setOwner', setScopeOwner);

/** The owner saves the scope and context they edited from `baseRevision` (checked in full). */
defineMacroWrite(
  resolver,
  'saveContent',
  MACRO,
  'scope.content',
  z.object({
    content: z.unknown(),
    baseRevision: z.number({ error: 'Say which revision you edited' }).int().min(0),
  }),
  async ({ content, baseRevision }, context) =>
    saveScopeContent(actionRequest(context), content, baseRevision),
);

defineMacroWrite(
  resolver,
  'requestApproval',
  MACRO,
  'scope.requestApproval',
  z.object({}),
  async (_payload, context) => {
    const result = await changeScopeControl(
      actionRequest(context),
      scopeControlRules.requestApproval,
    );
    return { recordedAtVersion: result.pageVersion };
  },
);

/** Approves the page version and content the approver reviewed; refused if either moved on. */
defineMacroWrite(
  resolver,
  'approve',
  MACRO,
  'scope.approve',
  z.object({
    reviewedVersion: z.number().int().min(1),
    reviewedContentHash: z.string({ error: 'Say which content you reviewed' }),
  }),
  async ({ reviewedVersion, reviewedContentHash }, context) =>
    approveScope(actionRequest(context), {
      pageVersion: reviewedVersion,
      contentHash: reviewedContentHash,
    }),
);

defineMacroWrite(
  resolver,
  'supersede',
  MACRO,
  'scope.supersede',
  z.object({}),
  async (_payload, context) => {
    const result = await changeScopeControl(actionRequest(context), scopeControlRules.supersede);
    return { recordedAtVersion: result.pageVersion };
  },
);

export const scopeMacroResolver = resolver.getDefinitions();

/** Its functions that change a record, each with the write it is checked as. */
export const MACRO_WRITE_FUNCTIONS = macroWriteFunctions(resolver);
