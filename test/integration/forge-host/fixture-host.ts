import path from 'node:path';
import type { FaultOptions, ForgeHost } from '../../../emulator/forge-host';
import { createForgeHost } from '../../../emulator/forge-host';
import { seededAccountId } from '../../../emulator/seed/demo/demo-review-pages';
import type { RunningSite } from '../../../emulator/core/site';
import type { SeededLogin } from '../../support/test-site';
import { basicAuth, startTestSite } from '../../support/test-site';

export const FIXTURE_APP = path.resolve(__dirname, '../../fixtures/forge-app');

/**
 * A test site with the fixture Forge app installed. The fixture declares no app.compatibility, so
 * it is installed separately into Jira and into Confluence (two installations, two storages).
 */
export async function startFixtureSite(
  faults?: FaultOptions,
): Promise<{ site: RunningSite; host: ForgeHost }> {
  const host = createForgeHost({ appRoot: FIXTURE_APP, faults });
  const site = await startTestSite([host]);
  await host.install(seededAccountId('admin'), { product: 'jira' });
  await host.install(seededAccountId('admin'), { product: 'confluence' });
  return { site, host };
}

/**
 * Where a frame is shown, as the browser says it (the Forge host sets the extension context from
 * it): an issue for issue modules, a page and the macro's localId for macros (in the editor, with
 * the config the editor holds); nothing for other modules.
 */
export interface FrameWhere {
  issueKey?: string;
  pageId?: string;
  localId?: string;
  editorConfig?: Record<string, unknown>;
  entryPoint?: 'config';
}

/** Asks the Forge host for a Custom UI frame as a user, as the shell's script does. */
export function requestFrame(
  site: RunningSite,
  login: SeededLogin,
  moduleKey: string,
  where: FrameWhere | Record<string, unknown> = {},
): Promise<Response> {
  return fetch(`${site.url}/forge/frames`, {
    method: 'POST',
    headers: { authorization: basicAuth(login), 'content-type': 'application/json' },
    body: JSON.stringify({ moduleKey, ...where }),
  });
}

/** Registers a Custom UI frame for a user and returns its id. */
export async function registerFrame(
  site: RunningSite,
  login: SeededLogin,
  moduleKey: string,
  where: FrameWhere = {},
): Promise<{ frameId: string; url: string }> {
  const res = await requestFrame(site, login, moduleKey, where);
  if (res.status !== 201)
    throw new Error(`frame registration failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { frameId: string; url: string };
}

const issueOfSite = new WeakMap<RunningSite, Promise<string>>();

/** An issue of project DEMO everyone can browse, to show an issue panel on (made once per site). */
export function anIssueKey(site: RunningSite): Promise<string> {
  let key = issueOfSite.get(site);
  if (!key) {
    key = fetch(`${site.url}/rest/api/3/issue`, {
      method: 'POST',
      headers: { authorization: basicAuth('admin'), 'content-type': 'application/json' },
      body: JSON.stringify({
        fields: { project: { key: 'DEMO' }, issuetype: { name: 'Task' }, summary: 'Panel host' },
      }),
    }).then(async (res) => {
      if (res.status !== 201) throw new Error(`issue create failed: ${res.status}`);
      return ((await res.json()) as { key: string }).key;
    });
    issueOfSite.set(site, key);
  }
  return key;
}

/** A bridge call from a frame, as the injected script makes it. */
export async function bridge(
  site: RunningSite,
  login: SeededLogin,
  frameId: string,
  name: string,
  payload: unknown,
): Promise<{ status: number; ok: boolean; result?: unknown; error?: { message: string } }> {
  const res = await fetch(`${site.url}/forge/bridge/${frameId}/${name}`, {
    method: 'POST',
    headers: { authorization: basicAuth(login), 'content-type': 'application/json' },
    body: JSON.stringify({ payload }),
  });
  const body = (await res.json()) as { ok: boolean; result?: unknown; error?: { message: string } };
  return { status: res.status, ...body };
}

/** What a resolver function answers a frame (src/resolvers/resolver-outcome.ts). */
export interface ResolverOutcome {
  ok: boolean;
  data?: unknown;
  error?: string;
  details?: string[];
}

/** Opens a frame of `moduleKey` as `login` and invokes one of its resolver's functions. */
export async function invokeFromFrame(
  site: RunningSite,
  login: SeededLogin,
  moduleKey: string,
  functionKey: string,
  payload: unknown,
  where: FrameWhere = {},
): Promise<ResolverOutcome> {
  const { frameId } = await registerFrame(site, login, moduleKey, where);
  const res = await bridge(site, login, frameId, 'invoke', { functionKey, payload });
  if (!res.ok) throw new Error(`bridge failed: ${JSON.stringify(res)}`);
  return res.result as ResolverOutcome;
}
