import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { SEEDED_USERS } from '../../../emulator/core/users';
import type { ForgeHost } from '../../../emulator/forge-host';
import { createForgeHost } from '../../../emulator/forge-host';
import { createShell } from '../../../emulator/shell';
import type { SeededLogin } from '../../support/test-site';
import { startTestSite } from '../../support/test-site';
import type { HostedSite } from './hosted-site';
import { hostedSite } from './hosted-site';
import { signIn } from './sign-in';

export const AIMS_APP_ROOT = path.resolve(__dirname, '..', '..', '..');

export type AimsE2eSite = HostedSite;

/**
 * An in-memory site running the real AIMS app (installed by the admin: project AIMS provisioned)
 * and the shell; `host` runs the app (by default from its own manifest).
 */
export async function startAimsE2eSite(
  host: ForgeHost = createForgeHost({ appRoot: AIMS_APP_ROOT }),
): Promise<AimsE2eSite> {
  const site = await startTestSite([host, createShell({ app: () => host.manifest })]);
  const admin = SEEDED_USERS.find((u) => u.email === 'admin@example.com');
  await host.install(admin?.accountId);
  await host.install(admin?.accountId, { product: 'confluence' }); // connects Confluence (optional app)
  return hostedSite(site, host);
}

/** A fresh browser context signed in as `login`, on `next`. */
export async function pageAs(
  browser: Browser,
  baseUrl: string,
  login: SeededLogin,
  next: string,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, baseUrl, login, next);
  return page;
}
