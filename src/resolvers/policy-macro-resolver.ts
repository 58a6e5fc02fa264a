import Resolver from '@forge/resolver';
import { z } from 'zod';
import { POLICY_ELEMENTS } from '../domain/records';
import { confluenceAsUser, jiraAsUser } from '../jira/forge-clients';
import { loadAppConfig } from '../storage/app-config';
import { changePolicyControl } from '../macros/policy/policy-actions';
import {
  approve,
  requestApproval,
  setChecklist,
  supersede,
  syncWithConfig,
} from '../macros/policy/policy-control-rules';
import { checkPolicyMacroConfig, notConfiguredMessage } from '../macros/policy/policy-macro-config';
import { registerPolicyPage } from '../macros/policy/policy-page-index';
import { listPeople } from '../jira/people';
import { loadPolicyView } from '../macros/policy/policy-view';
import type { ResolverContext } from './resolver-outcome';
import { defineValidated, viewerAccountId } from './resolver-outcome';

const resolver = new Resolver();

const macroContextSchema = z.object({
  extension: z.looseObject({
    content: z.looseObject({ id: z.string().regex(/^\d+$/, 'The macro is not on a saved page') }),
    config: z.unknown().optional(),
  }),
});

/** The page the macro sits on and its saved configuration, from the Forge extension context. */
function macroOf(context: ResolverContext): { pageId: string; rawConfig: unknown } {
  const parsed = macroContextSchema.safeParse(context);
  if (!parsed.success)
    throw new Error('This function only works inside the AI Policy macro on a Confluence page.');
  return { pageId: parsed.data.extension.content.id, rawConfig: parsed.data.extension.config };
}

function actionRequest(context: ResolverContext, rawConfig?: unknown) {
  const macro = macroOf(context);
  return {
    pageId: macro.pageId,
    rawConfig: rawConfig === undefined ? macro.rawConfig : rawConfig,
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
    const macro = macroOf(context);
    const view = await loadPolicyView({
      pageId: macro.pageId,
      rawConfig: macro.rawConfig,
      viewerAccountId: viewerAccountId(context),
      viewedVersion: pageVersion,
      now: new Date(),
      confluence: confluenceAsUser(),
      jira: jiraAsUser(),
    });
    // Pages carrying a configured macro are indexed for the review scan.
    if (view.configured) await registerPolicyPage(macro.pageId, new Date());
    return view;
  },
);

/** Defaults and choices for the configuration form. */
defineValidated(resolver, 'getConfigOptions', z.object({}), async (_payload, context) => {
  macroOf(context);
  const [people, appConfig] = await Promise.all([listPeople(jiraAsUser()), loadAppConfig()]);
  return {
    people,
    defaults: { objectivesProjectKey: appConfig.projectKey, reviewIntervalMonths: 12 },
  };
});

/**
 * Checks a configuration before the config frame submits it: a bad one is refused with the
 * reasons and nothing is saved; a good one starts or updates the document control.
 */
defineValidated(
  resolver,
  'saveConfig',
  z.object({ config: z.unknown() }),
  async ({ config }, context) => {
    const check = checkPolicyMacroConfig(config);
    if (!check.ok) {
      throw Object.assign(new Error(notConfiguredMessage(check.problems)), {
        details: check.problems,
      });
    }
    const result = await changePolicyControl(actionRequest(context, check.config), syncWithConfig);
    return { config: check.config, recordedAtVersion: result.pageVersion };
  },
);

const checkInput = z.object({
  element: z.enum(POLICY_ELEMENTS),
  covered: z.boolean(),
  where: z.string().max(500).optional(),
});

defineValidated(
  resolver,
  'setChecklist',
  z.object({ checks: z.array(checkInput).max(POLICY_ELEMENTS.length) }),
  async ({ checks }, context) => {
    const result = await changePolicyControl(actionRequest(context), (change) =>
      setChecklist(change, checks),
    );
    return { recordedAtVersion: result.pageVersion };
  },
);

defineValidated(resolver, 'requestApproval', z.object({}), async (_payload, context) => {
  const result = await changePolicyControl(actionRequest(context), requestApproval);
  return { recordedAtVersion: result.pageVersion };
});

/** Approves the version the approver reviewed; refused if the page has moved on since. */
defineValidated(
  resolver,
  'approve',
  z.object({ reviewedVersion: z.number().int().min(1) }),
  async ({ reviewedVersion }, context) => {
    const result = await changePolicyControl(actionRequest(context), (change) =>
      approve(change, reviewedVersion),
    );
    return { approvedVersion: result.pageVersion };
  },
);

defineValidated(resolver, 'supersede', z.object({}), async (_payload, context) => {
  const result = await changePolicyControl(actionRequest(context), supersede);
  return { recordedAtVersion: result.pageVersion };
});

export const policyMacroResolver = resolver.getDefinitions();
