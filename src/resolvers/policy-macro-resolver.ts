import Resolver from '@forge/resolver';
import { z } from 'zod';
import { POLICY_ELEMENTS } from '../domain/records';
import { jiraAsUser } from '../jira/forge-clients';
import { approve, requestApproval, setChecklist, supersede } from '../domain/policy';
import { listPeople } from '../jira/people';
import { parseMacroContext } from '../macros/macro-context';
import { changePolicyControl, setPolicyOwner } from '../macros/policy/policy-actions';
import { policyConfig } from '../macros/policy/policy-macro-config';
import { loadPolicyView } from '../macros/policy/policy-view';
import { loadAppConfig } from '../storage/app-config';
import { registerPolicyPage } from '../storage/policy-page-index';
import { defineSetOwner } from './document-owner-function';
import { macroActionRequest } from './macro-action-request';
import type { ResolverContext } from './resolver-outcome';
import { defineValidated } from './resolver-outcome';
import { defineMacroWrite, macroWriteFunctions } from './macro-write';

const resolver = new Resolver();

const MACRO = 'AI Policy';

const actionRequest = (context: ResolverContext) => macroActionRequest(context, MACRO);

/** The macro's view of the page version being looked at (default: the current version). */
defineValidated(
  resolver,
  'getView',
  z.object({ pageVersion: z.number().int().min(1).optional() }),
  async ({ pageVersion }, context) => {
    const request = actionRequest(context);
    // A read writes nothing: only a manager's write puts a page in the policy review index.
    return loadPolicyView({
      ...request,
      viewerAccountId: request.actorAccountId,
      viewedVersion: pageVersion,
    });
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
defineSetOwner(resolver, MACRO, 'policy.setOwner', setPolicyOwner);

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
    const request = actionRequest(context);
    const result = await changePolicyControl(request, (change) => approve(change, reviewedVersion));
    // An AIMS manager approved it (checked above): the page joins the policy review index.
    await registerPolicyPage(request.pageId, request.now);
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
