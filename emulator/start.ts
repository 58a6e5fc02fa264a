/**
 * `npm start`: builds what the site needs, starts the local Atlassian site with the
 * AIMS app installed, and prints the URL and the seeded users.
 * Flags: --reset (wipe and reseed). Env: AIMS_SITE_PORT (8080), AIMS_SITE_DATA (./.aims-site).
 */
import fs from 'node:fs';
import path from 'node:path';
import { startSite } from './core/site';
import type { SiteExtension } from './core/site';
import { SEEDED_USERS } from './core/users';
import { createForgeHost } from './forge-host';
import { createShell } from './shell';
import { buildStatic } from '../scripts/build-static';

async function main(): Promise<void> {
  const port = Number(process.env.AIMS_SITE_PORT ?? 8080);
  const dataDir = path.resolve(process.env.AIMS_SITE_DATA ?? '.aims-site');
  const reset = process.argv.includes('--reset');
  await buildStatic();
  const appRoot = path.resolve(__dirname, '..');
  const extensions: SiteExtension[] = [];
  if (fs.existsSync(path.join(appRoot, 'manifest.yml'))) {
    const forgeHost = createForgeHost({ appRoot, timers: true });
    extensions.push(forgeHost, createShell({ app: () => forgeHost.manifest }));
  } else {
    console.warn('manifest.yml not found: starting without the Forge app');
    extensions.push(createShell());
  }
  const site = await startSite({ dataDir, port, reset }, extensions);
  console.log(`\nAIMS local Atlassian site running at ${site.url}`);
  console.log(`  Web (sign in):    ${site.url}/signin`);
  console.log(`  Jira REST:        ${site.url}/rest/api/3`);
  console.log(`  Confluence REST:  ${site.url}/wiki/api/v2`);
  console.log(`  Data:             ${dataDir}${reset ? ' (reset)' : ''}`);
  console.log('\nSign in (basic auth: email + API token):');
  for (const u of SEEDED_USERS)
    console.log(`  ${u.email.padEnd(22)} token: ${u.apiToken.padEnd(8)} ${u.displayName}`);
  const stop = (): void => {
    void site.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
