import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { RunningSite } from '../../../emulator/core/site';
import { SEEDED_USERS } from '../../../emulator/core/users';
import type { ForgeHost } from '../../../emulator/forge-host';
import { createForgeHost } from '../../../emulator/forge-host';
import { createShell } from '../../../emulator/shell';
import type { SeededLogin } from '../../support/test-site';
import { startTestSite } from '../../support/test-site';
import { signIn } from './sign-in';

export const AIMS_APP_ROOT = path.resolve(__dirname, '..', '..', '..');

export interface AimsE2eSite {
  site: RunningSite;
  host: ForgeHost;
  close(): Promise<void>;
}

/** An in-memory site running the real AIMS app (installed by the admin: project AIMS provisioned) and the shell. */
export async function startAimsE2eSite(): Promise<AimsE2eSite> {
  const host = createForgeHost({ appRoot: AIMS_APP_ROOT });
  const site = await startTestSite([host, createShell({ app: () => host.manifest })]);
  const admin = SEEDED_USERS.find((u) => u.email === 'admin@example.com');
  await host.install(admin?.accountId);
  await host.install(admin?.accountId, { product: 'confluence' }); // connects Confluence (optional app)
  return {
    site,
    host,
    async close() {
      host.close();
      await site.close();
    },
  };
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
