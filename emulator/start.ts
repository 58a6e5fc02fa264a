/**
 * `npm start`: builds what the site needs, starts the local Atlassian site with the
 * AIMS app installed, and prints the URL and the seeded users.
 * Flags: --reset (wipe and reseed). Env: AIMS_SITE_PORT (8080), AIMS_SITE_DATA (./.aims-site),
 * AIMS_EVENT_DELAY_MS (deliver product events this late, as Forge may; default 0),
 * AIMS_SEARCH_LAG_MS (JQL search sees writes this late, as Jira's index may; default 0),
 * AIMS_PRODUCT_LATENCY_MS (each product call of the app takes this long; default 0),
 * AIMS_CHECK_APP_REQUESTS=1 (check the app's requests against the OpenAPI specs, as tests do),
 * AIMS_SITE_FAULTS (the whole site's fault mode, e.g. `429:0.1,500:0.05,dup-events:0.2`;
 * see emulator/forge-host/site-faults.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { startSite } from './core/site';
import type { SiteExtension } from './core/site';
import { SEEDED_USERS } from './core/users';
import { bringUpSite } from './bring-up';
import type { ForgeHost } from './forge-host';
import { createForgeHost } from './forge-host';
import { parseSiteFaults } from './forge-host/site-faults';
import { createShell } from './shell';
import { buildStatic } from '../scripts/build-static';

async function main(): Promise<void> {
  const port = Number(process.env.AIMS_SITE_PORT ?? 8080);
  const dataDir = path.resolve(process.env.AIMS_SITE_DATA ?? '.aims-site');
  const reset = process.argv.includes('--reset');
  await buildStatic();
  const appRoot = path.resolve(__dirname, '..');
  const extensions: SiteExtension[] = [];
  let forgeHost: ForgeHost | undefined;
  if (fs.existsSync(path.join(appRoot, 'manifest.yml'))) {
    const eventDelayMs = Number(process.env.AIMS_EVENT_DELAY_MS ?? 0);
    const siteFaults = process.env.AIMS_SITE_FAULTS;
    forgeHost = createForgeHost({
      appRoot,
      timers: true,
      checkAppRequests: process.env.AIMS_CHECK_APP_REQUESTS === '1',
      faults: {
        ...(eventDelayMs > 0 ? { eventDelayMs } : {}),
        ...(siteFaults ? { rates: parseSiteFaults(siteFaults), retryTimeScale: 0.01 } : {}),
      },
    });
    const host = forgeHost;
    extensions.push(host, createShell({ app: () => host.manifest }));
  } else {
    console.warn('manifest.yml not found: starting without the Forge app');
    extensions.push(createShell());
  }
  // `/status` says STARTING until the app is installed and the demo seeded, then RUNNING (or
  // ERROR if the seed stopped): a script that waits for RUNNING never sees a half-made site.
  const site = await startSite({ dataDir, port, reset, starting: true }, extensions);
  if (forgeHost) await bringUpSite(site, forgeHost);
  else site.ctx.state = 'RUNNING';
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
