import path from 'node:path';
import type { RunningSite } from '../../../emulator/core/site';
import { SEEDED_USERS } from '../../../emulator/core/users';
import type { ForgeHost } from '../../../emulator/forge-host';
import { createForgeHost } from '../../../emulator/forge-host';
import { startTestSite } from '../../support/test-site';

/** The site and Forge host of installedAimsApp; read its fields inside tests and hooks. */
export interface InstalledAimsApp {
  readonly site: RunningSite;
  readonly host: ForgeHost;
}

/**
 * Registers the hooks that run the real AIMS app for the file's tests: a site with the Forge host,
 * the app installed into Jira by the site admin (project AIMS provisioned, its events handled),
 * closed after the tests.
 */
export function installedAimsApp(): InstalledAimsApp {
  let site: RunningSite | undefined;
  let host: ForgeHost | undefined;
  beforeAll(async () => {
    host = createForgeHost({ appRoot: path.resolve(__dirname, '../../..') });
    site = await startTestSite([host]);
    const admin = SEEDED_USERS.find((u) => u.email === 'admin@example.com');
    await host.install(admin?.accountId);
    await host.waitForIdle();
  });
  afterAll(async () => {
    host?.close();
    await site?.close();
  });
  return {
    get site() {
      if (!site) throw new Error('The site has not started yet');
      return site;
    },
    get host() {
      if (!host) throw new Error('The Forge host has not started yet');
      return host;
    },
  };
}
