/**
 * Demo seed: the "AI Policy" page in space AIMS with the app's AI Policy macro, approved at
 * page version 1 and edited afterwards (version 2), so the macro shows "changed since approved
 * version 1". The document control is written by the app itself (its resolver, invoked as
 * the manager who sets the owner, the owner and then the approving manager), exactly as clicks
 * in the macro would.
 * Idempotent: an existing "AI Policy" page in the space is left as it is.
 */
import { bulletList, heading, listItem, p, text } from '@atlaskit/adf-utils/builders';
import type { ForgeHost } from '../../forge-host';
import type { DemoPage } from './demo-pages';
import { aimsSpaceId, createAdfPage, DemoMacro, findPage, outcomeData } from './demo-pages';
import { demoRest, demoUser } from './demo-rest';
import type { DemoLogin, DemoSite } from './demo-rest';

export const POLICY_PAGE_TITLE = 'AI Policy';

const POLICY_MACRO = new DemoMacro('aims-policy', 'aims-policy-control-1', 'saveConfig');

const para = (...texts: string[]) => p(...texts.map(text));
const h = (level: number, title: string) => heading({ level })(text(title));
const bullets = (...items: string[]) => bulletList(...items.map((i) => listItem([para(i)])));

/** The Forge macro node as Confluence stores it (extension of type com.atlassian.ecosystem). */
export function policyMacroNode(
  host: ForgeHost,
  config: Record<string, unknown>,
): Record<string, unknown> {
  return POLICY_MACRO.node(host, config);
}

/** Our own policy text, organized so each clause 5.2 element has a heading to point at. */
export function policyBody(host: ForgeHost, config: Record<string, unknown>, edited: boolean) {
  return {
    type: 'doc',
    version: 1,
    content: [
      policyMacroNode(host, config),
      h(2, '1. Purpose'),
      para(
        'This policy sets out how Example Corp develops, provides and uses artificial intelligence responsibly. ' +
          'It fits our purpose as a provider of decision-support software: AI helps people decide, it does not decide for them.',
      ),
      h(2, '2. Scope'),
      para(
        'It applies to every AI system in the scope of our AI management system (AIMS): the systems we build, the models we train ' +
          'or fine-tune, and the third-party AI services our products rely on, across all teams and contractors.',
      ),
      h(2, '3. Our commitments'),
      h(3, '3.1 Meeting requirements'),
      para(
        'We commit to meet the legal, regulatory, contractual and customer requirements that apply to our AI systems, ' +
          'and the requirements of our AIMS. Owners of AI systems keep those requirements in the AIMS project in Jira.',
      ),
      h(3, '3.2 Continual improvement'),
      para(
        'We commit to continually improve the suitability, adequacy and effectiveness of the AIMS, using audit results, ' +
          'nonconformities and corrective actions, incidents and management reviews as inputs.',
      ),
      h(2, '4. Framework for AI objectives'),
      para(
        'Top management sets measurable AI objectives every year, consistent with this policy. Each objective:',
      ),
      bullets(
        'serves one area such as fairness, transparency, robustness, privacy or safety;',
        'has a measure and a target, an owner and a due date;',
        'is tracked as an AI Objective issue in the AIMS project and reviewed at every management review.',
      ),
      h(2, '5. Roles and responsibilities'),
      bullets(
        'Top management approves this policy and provides the resources for the AIMS.',
        'The AIMS manager owns this policy, the risk process and the Statement of Applicability.',
        'AI system owners assess and treat the risks and impacts of their systems.',
        'Everyone reports AI incidents and concerns through the AIMS project.',
        ...(edited
          ? [
              'The internal audit team audits the AIMS at planned intervals and reports to top management.',
            ]
          : []),
      ),
      h(2, '6. Review of this policy'),
      para(
        'This policy is reviewed at least every twelve months, and whenever our AI systems, our context or the applicable ' +
          'requirements change significantly. It is communicated to all staff and available to interested parties on request.',
      ),
    ],
  };
}

/** The macro's settings on the demo page (the owner is not a setting: a manager sets it). */
export function demoPolicyConfig(): Record<string, unknown> {
  return {
    documentReference: 'AIMS-POL-001',
    reviewIntervalMonths: 12,
    objectivesProjectKey: 'AIMS',
  };
}

/** Who owns the demo policy (set by the manager; the page's first version is theirs). */
export const DEMO_POLICY_OWNER: DemoLogin = 'admin';

export const DEMO_POLICY_CHECKLIST = [
  { element: 'appropriate-to-purpose', covered: true, where: '1. Purpose; 2. Scope' },
  { element: 'framework-for-objectives', covered: true, where: '4. Framework for AI objectives' },
  { element: 'commitment-to-requirements', covered: true, where: '3.1 Meeting requirements' },
  {
    element: 'commitment-to-continual-improvement',
    covered: true,
    where: '3.2 Continual improvement',
  },
] as const;

/** Runs one of the macro's resolver functions as a user, the way the macro's frame would. */
export async function invokePolicyMacro(
  host: ForgeHost,
  login: DemoLogin,
  page: DemoPage,
  functionKey: string,
  payload: Record<string, unknown>,
  config: Record<string, unknown>,
): Promise<unknown> {
  const call = { functionKey, payload };
  return outcomeData(functionKey, await POLICY_MACRO.invoke(host, login, page, call, config));
}

/**
 * Creates the demo "AI Policy" page (see the file comment). The AIMS project should be
 * provisioned first so the macro lists the AI objectives. Returns the page id.
 */
export async function seedPolicyPage(
  site: DemoSite,
  host: ForgeHost,
): Promise<{ pageId: string; created: boolean }> {
  const spaceId = await aimsSpaceId(site);
  const found = await findPage(site, spaceId, POLICY_PAGE_TITLE);
  if (found) return { pageId: found, created: false };
  const config = demoPolicyConfig();
  const id = await createAdfPage(site, spaceId, POLICY_PAGE_TITLE, policyBody(host, config, false));
  const page = { id, spaceId };
  await invokePolicyMacro(host, 'admin', page, 'saveConfig', { config }, config);
  await invokePolicyMacro(
    host,
    'manager',
    page,
    'setOwner',
    { ownerAccountId: demoUser(DEMO_POLICY_OWNER).accountId },
    config,
  );
  await invokePolicyMacro(
    host,
    'admin',
    page,
    'setChecklist',
    { checks: DEMO_POLICY_CHECKLIST },
    config,
  );
  await invokePolicyMacro(host, 'manager', page, 'approve', { reviewedVersion: 1 }, config);
  await demoRest(site, 'admin', 'PUT', `/wiki/api/v2/pages/${page.id}`, {
    id: page.id,
    status: 'current',
    title: POLICY_PAGE_TITLE,
    body: {
      representation: 'atlas_doc_format',
      value: JSON.stringify(policyBody(host, config, true)),
    },
    version: { number: 2, message: 'Added the internal audit team to the roles' },
  });
  return { pageId: page.id, created: true };
}
