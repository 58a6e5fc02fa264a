/**
 * Demo: a person's click on a Jira page of the app (admin page, global page) — the page's
 * resolver invoked through the Forge host as that person, with the context Forge gives the page;
 * a refusal stops the seed with `failure` and the app's words. When the app answers that Jira
 * failed in passing and nothing changed, the person clicks again, as the app asks
 * (`clickedAsAsked`): so the demo is the same under the site's fault mode.
 */
import type { ForgeHost } from '../../forge-host';
import type { MacroOutcome } from './demo-pages';
import type { DemoLogin } from './demo-rest';
import { demoUser } from './demo-rest';

export async function invokeJiraPage(
  host: ForgeHost,
  page: { moduleKey: string; extensionType: string },
  login: DemoLogin,
  call: { functionKey: string; payload: Record<string, unknown> },
  failure: string,
): Promise<unknown> {
  const { moduleKey, extensionType } = page;
  const resolver = host.manifest.uiModules.get(moduleKey)?.resolver?.function;
  if (!resolver) throw new Error(`The app has no page '${moduleKey}' with a resolver`);
  const accountId = demoUser(login).accountId;
  const click = async () =>
    (await host.invokeFunction(
      resolver,
      { call, context: { accountId, moduleKey, extension: { type: extensionType } } },
      { accountId, moduleKey },
    )) as MacroOutcome;
  const outcome = await clickedAsAsked(click);
  if (!outcome.ok)
    throw new Error(`${failure}: ${outcome.error ?? ''} ${(outcome.details ?? []).join('; ')}`);
  return outcome.data;
}

/**
 * A person's click, made again while the app answers that Jira or Confluence failed in passing
 * and nothing changed (`retryable`: "try again"), at most three clicks in all.
 */
export async function clickedAsAsked(click: () => Promise<MacroOutcome>): Promise<MacroOutcome> {
  let outcome = await click();
  for (let clicks = 1; !outcome.ok && outcome.retryable && clicks < 3; clicks += 1)
    outcome = await click();
  return outcome;
}
