import Resolver from '@forge/resolver';
import { z } from 'zod';
import { POLICY_ELEMENTS } from '../domain/records';
import { confluenceAsUser, jiraAsUser } from '../jira/forge-clients';
import {
  approve,
  requestApproval,
  setChecklist,
  supersede,
  syncWithConfig,
} from '../domain/policy';
import { listPeople } from '../jira/people';
import { parseMacroContext } from '../macros/macro-context';
import { changePolicyControl } from '../macros/policy/policy-actions';
import { policyConfig } from '../macros/policy/policy-macro-config';
import { loadPolicyView } from '../macros/policy/policy-view';
import { loadAppConfig } from '../storage/app-config';
import { registerPolicyPage } from '../storage/policy-page-index';
import { macroActionRequest } from './macro-action-request';
import type { ResolverContext } from './resolver-outcome';
import { defineValidated, viewerAccountId } from './resolver-outcome';

const resolver = new Resolver();

const MACRO = 'AI Policy';

const actionRequest = (context: ResolverContext, rawConfig?: unknown) =>
  macroActionRequest(context, MACRO, rawConfig);

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
 * reasons and nothing is saved; a good one starts or updates the document control.
 */
defineValidated(
  resolver,
  'saveConfig',
  z.object({ config: z.unknown() }),
  async ({ config }, context) => {
    const checked = policyConfig.require(config);
    const result = await changePolicyControl(actionRequest(context, checked), syncWithConfig);
    return { config: checked, recordedAtVersion: result.pageVersion };
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
