/**
 * What `npm start` does once the site listens: installs the app into Jira, its required Atlassian
 * app, as the site admin (its install trigger queues the provisioning of project AIMS; `install()`
 * waits for the queue), connects Confluence, its optional Atlassian app (`forge install --product
 * jira`, then `--product confluence`: app.compatibility), then seeds the demo AIMS through REST.
 * Site flags keep restarts from doing any of it twice.
 *
 * `/status` then says RUNNING, as a Jira node does once it serves its users — or ERROR when the
 * demo seed stopped, so a script that waits for RUNNING never takes a half-made site for the demo.
 */
import type { RunningSite } from './core/site';
import { SEEDED_USERS } from './core/users';
import type { ForgeHost } from './forge-host';
import { searchVisibility } from './jira/search/search-visibility';
import { seedDemo } from './seed/demo';

const DEMO_FLAG = 'seeded:demo';

/** Seeds the demo AIMS; `timePasses` lets the search index catch up between its phases. */
export type DemoSeed = (
  site: RunningSite,
  host: ForgeHost,
  log: (line: string) => void,
  timePasses: () => void,
) => Promise<unknown>;

export interface BringUpOptions {
  seed?: DemoSeed;
  log?: (line: string) => void;
  error?: (line: string) => void;
}

export async function bringUpSite(
  site: RunningSite,
  host: ForgeHost,
  options: BringUpOptions = {},
): Promise<RunningSite['ctx']['state']> {
  const { seed = seedDemo, log = console.log, error = console.error } = options;
  const admin = SEEDED_USERS.find((u) => u.email === 'admin@example.com');
  const installed = await host.install(admin?.accountId, { product: 'jira' });
  if (installed.ran)
    log(
      'Installed the AIMS app into Jira: its install trigger queued provisioning of project AIMS, which ran on the async events queue.',
    );
  const connected = await host.install(admin?.accountId, { product: 'confluence' });
  if (connected.ran) log('Connected the AIMS app to Confluence (its macros are available).');
  const seededAt = site.ctx.meta.get(DEMO_FLAG);
  if (seededAt) {
    log(`Demo AIMS already seeded (${seededAt}); start with --reset to seed it again.`);
    site.ctx.state = 'RUNNING';
    return site.ctx.state;
  }
  log('Seeding the demo AIMS (as the seeded users, through REST):');
  const started = Date.now();
  try {
    // Between the seed's phases time passes: with AIMS_SEARCH_LAG_MS set, the index catches up.
    await seed(
      site,
      host,
      (line) => log(`  - ${line}`),
      () => searchVisibility(site.ctx).catchUp(),
    );
  } catch (err) {
    error(
      `The demo seed stopped: ${err instanceof Error ? err.message : String(err)}\n` +
        '/status answers ERROR. The site runs with what was seeded so far; fix the cause and start with --reset.',
    );
    site.ctx.state = 'ERROR';
    return site.ctx.state;
  }
  site.ctx.meta.set(DEMO_FLAG, site.ctx.now().toISOString());
  log(`Demo AIMS seeded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  site.ctx.state = 'RUNNING';
  return site.ctx.state;
}
