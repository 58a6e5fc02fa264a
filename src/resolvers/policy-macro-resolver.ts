import Resolver from '@forge/resolver';
import { z } from 'zod';
import { POLICY_ELEMENTS } from '../domain/records';
import { confluenceAsUser, jiraAsUser } from '../jira/forge-clients';
import { approve, requestApproval, setChecklist, supersede } from '../domain/policy';
import { Refusal } from '../domain/refusal';
import { listPeople } from '../jira/people';
import { parseMacroContext } from '../macros/macro-context';
import { changePolicyControl, setPolicyOwner } from '../macros/policy/policy-actions';
import { policyConfig } from '../macros/policy/policy-macro-config';
import { loadPolicyView } from '../macros/policy/policy-view';
import { loadAppConfig } from '../storage/app-config';
import { registerPolicyPage } from '../storage/policy-page-index';
import type { ResolverContext } from './resolver-outcome';
import { defineValidated, viewerAccountId } from './resolver-outcome';
import { defineMacroWrite, macroWriteFunctions } from './macro-write';

const resolver = new Resolver();

const MACRO = 'AI Policy';

function actionRequest(context: ResolverContext) {
  const macro = parseMacroContext(context, MACRO);
  return {
    pageId: macro.pageId,
    rawConfig: macro.rawConfig,
    actorAccountId: viewerAccountId(context),
    now: new Date(),
    confluence: confluenceAsUser(),
    jira: jiraAsUser(),
  };
}

/** The macro's view of the page version being looked at (default: the current version). */
defineValidated(
  resolver,
  'getView',
  z.object({ pageVersion: z.number().int().min(1).optional() }),
  async ({ pageVersion }, context) => {
    const macro = parseMacroContext(context, MACRO);
    const view = await loadPolicyView({
      pageId: macro.pageId,
      rawConfig: macro.rawConfig,
      viewerAccountId: viewerAccountId(context),
      viewedVersion: pageVersion,
      now: new Date(),
      confluence: confluenceAsUser(),
      jira: jiraAsUser(),
    });
    // Pages carrying a configured macro are indexed for the policy review scan.
    if (view.configured) await registerPolicyPage(macro.pageId, new Date());
    return view;
  },
);

/** Defaults and choices for the configuration form. */
defineValidated(resolver, 'getConfigOptions', z.object({}), async (_payload, context) => {
  parseMacroContext(context, MACRO);
  const [people, appConfig] = await Promise.all([listPeople(jiraAsUser()), loadAppConfig()]);
  return {
    people,
    defaults: { objectivesProjectKey: appConfig.projectKey, reviewIntervalMonths: 12 },
  };
});

/**
 * Checks a configuration before the config frame submits it: a bad one is refused with the
 * reasons and nothing is saved. It only checks: anyone signed in can call it with any
 * configuration, so it writes nothing (Confluence saves the configuration on view.submit, for
 * people who can edit the page; the document control follows on its next change).
 */
defineValidated(
  resolver,
  'saveConfig',
  z.object({ config: z.unknown() }),
  async ({ config }, context) => {
    parseMacroContext(context, MACRO);
    return { config: policyConfig.require(config) };
  },
);

/** An AIMS manager makes someone the document owner (kept in app storage). */
defineMacroWrite(
  resolver,
  'setOwner',
  MACRO,
  'policy.setOwner',
  z.object({
    ownerAccountId: z.string().regex(/^[A-Za-z0-9:_-]{1,128}$/, 'Choose the document owner'),
  }),
  async ({ ownerAccountId }, context) => {
    const people = await listPeople(jiraAsUser());
    if (!people.some((p) => p.accountId === ownerAccountId)) {
      throw new Refusal('Choose the document owner among the people Jira lists for you.');
    }
    return setPolicyOwner(actionRequest(context), ownerAccountId);
  },
);

const checkInput = z.object({
  element: z.enum(POLICY_ELEMENTS),
  covered: z.boolean(),
  where: z.string().max(500).optional(),
});

defineMacroWrite(
  resolver,
  'setChecklist',
  MACRO,
  'policy.checklist',
  z.object({ checks: z.array(checkInput).max(POLICY_ELEMENTS.length) }),
  async ({ checks }, context) => {
    const result = await changePolicyControl(actionRequest(context), (change) =>
      setChecklist(change, checks),
    );
    return { recordedAtVersion: result.pageVersion };
  },
);

defineMacroWrite(
  resolver,
  'requestApproval',
  MACRO,
  'policy.requestApproval',
  z.object({}),
  async (_payload, context) => {
    const result = await changePolicyControl(actionRequest(context), requestApproval);
    return { recordedAtVersion: result.pageVersion };
  },
);

/** Approves the version the approver reviewed; refused if the page has moved on since. */
defineMacroWrite(
  resolver,
  'approve',
  MACRO,
  'policy.approve',
  z.object({ reviewedVersion: z.number().int().min(1) }),
  async ({ reviewedVersion }, context) => {
    const result = await changePolicyControl(actionRequest(context), (change) =>
      approve(change, reviewedVersion),
    );
    return { approvedVersion: result.pageVersion };
  },
);

defineMacroWrite(
  resolver,
  'supersede',
  MACRO,
  'policy.supersede',
  z.object({}),
  async (_payload, context) => {
    const result = await changePolicyControl(actionRequest(context), supersede);
    return { recordedAtVersion: result.pageVersion };
  },
);

export const policyMacroResolver = resolver.getDefinitions();

/** Its functions that change a record, each with the write it is checked as. */
export const MACRO_WRITE_FUNCTIONS = macroWriteFunctions(resolver);
