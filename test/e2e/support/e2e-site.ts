import { execFile } from 'node:child_process';
import { cpSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { SEEDED_USERS } from '../../../emulator/core/users';
import { createForgeHost } from '../../../emulator/forge-host';
import { createShell } from '../../../emulator/shell';
import { startTestSite } from '../../support/test-site';
import type { HostedSite } from './hosted-site';
import { hostedSite } from './hosted-site';

/** The Forge app the browser tests install (hello-panel Custom UI as panel, macro and admin page). */
export const HELLO_APP_ROOT = path.join(__dirname, '..', 'fixtures', 'hello-app');

export type E2eSite = HostedSite;

const BUILD_SCRIPT = path.resolve(__dirname, '..', '..', '..', 'scripts', 'build-static.ts');
const APP_LOCALES = path.resolve(__dirname, '..', '..', '..', 'locales');

/**
 * Builds a fixture app's Custom UI (`npm run build:static` builds only what the AIMS app ships);
 * a build whose inputs did not change is skipped. Runs the build script in its own process, as
 * Vite is an ES module.
 */
async function buildFixtureUi(appRoot: string): Promise<void> {
  await promisify(execFile)(process.execPath, [
    require.resolve('tsx/cli'),
    BUILD_SCRIPT,
    '--manifest',
    path.join(appRoot, 'manifest.yml'),
  ]);
}

/**
 * An in-memory site with the Forge host (running `appRoot`'s app) and the web shell. The app is
 * installed into Jira and Confluence by the site admin, without its install trigger (as an install
 * made by an earlier version without one: the tests provision by hand where they need to).
 */
export async function startE2eSite(appRoot = HELLO_APP_ROOT): Promise<E2eSite> {
  // The fixture's Custom UI mounts through the app's common code, which speaks through Forge i18n:
  // a fixture app ships the app's translation files (its manifest's `translations` names them), as
  // Forge requires of any app whose Custom UI asks the bridge for translations.
  const locales = path.join(appRoot, 'locales');
  if (path.resolve(locales) !== APP_LOCALES) cpSync(APP_LOCALES, locales, { recursive: true });
  await buildFixtureUi(appRoot);
  const host = createForgeHost({ appRoot });
  const site = await startTestSite([host, createShell({ app: () => host.manifest })]);
  const admin = SEEDED_USERS.find((u) => u.email === 'admin@example.com')?.accountId;
  for (const product of ['jira', 'confluence'] as const) {
    await host.install(admin, { product, runInstallTrigger: false });
  }
  return hostedSite(site, host);
}
