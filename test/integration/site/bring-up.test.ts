/**
 * `npm start`'s bring-up: `/status` says STARTING while the app is installed and the demo seeded,
 * RUNNING once the demo is there, and ERROR — never RUNNING — when the demo seed stopped half-way,
 * so a script that waits for RUNNING does not take a half-made site for the demo.
 */
import path from 'node:path';
import type { DemoSeed } from '../../../emulator/bring-up';
import { bringUpSite } from '../../../emulator/bring-up';
import type { RunningSite } from '../../../emulator/core/site';
import { startSite } from '../../../emulator/core/site';
import type { ForgeHost } from '../../../emulator/forge-host';
import { createForgeHost } from '../../../emulator/forge-host';
import { callAs } from '../../support/test-site';

jest.setTimeout(120_000);

let site: RunningSite;
let host: ForgeHost;

beforeEach(async () => {
  host = createForgeHost({ appRoot: path.resolve(__dirname, '../../..') });
  site = await startSite({ dataDir: ':memory:', port: 0, testMode: true, starting: true }, [host]);
});

afterEach(async () => {
  host.close();
  await site.close();
});

const status = async (): Promise<unknown> => (await fetch(`${site.url}/status`)).json();
const quiet = { log: () => undefined, error: () => undefined };

/** A seed that does some of its work through REST, as the demo's does, then fails. */
const seedThatStops: DemoSeed = async (s) => {
  const res = await callAs(s, 'admin', 'POST', '/rest/api/3/issue', {
    fields: { project: { key: 'AIMS' }, issuetype: { name: 'AI System' }, summary: 'Half-made' },
  });
  expect(res.status).toBe(201);
  throw new Error('Jira answered 500 to the audit finding');
};

test('a demo seed that stops leaves /status at ERROR, says why, and a restart does not call it seeded', async () => {
  const seen: unknown[] = [];
  const errors: string[] = [];
  const state = await bringUpSite(site, host, {
    log: () => undefined,
    error: (line) => errors.push(line),
    seed: async (s, h, log, timePasses) => {
      seen.push(await status()); // while seeding
      return seedThatStops(s, h, log, timePasses);
    },
  });
  expect(seen).toEqual([{ state: 'STARTING' }]);
  expect(state).toBe('ERROR');
  expect(await status()).toEqual({ state: 'ERROR' });
  expect(errors.join('\n')).toContain('Jira answered 500 to the audit finding');
  expect(errors.join('\n')).toContain('--reset');

  // Started again on the same data: the seed runs again rather than the site claiming a demo.
  site.ctx.state = 'STARTING';
  let seededAgain = false;
  expect(
    await bringUpSite(site, host, {
      ...quiet,
      seed: async () => {
        seededAgain = true;
      },
    }),
  ).toBe('RUNNING');
  expect(seededAgain).toBe(true);
});

test('a demo seed that finishes gives RUNNING, and a restart does not seed twice', async () => {
  let seeds = 0;
  const seed: DemoSeed = async () => {
    seeds += 1;
  };
  expect(await status()).toEqual({ state: 'STARTING' });
  expect(await bringUpSite(site, host, { ...quiet, seed })).toBe('RUNNING');
  expect(await status()).toEqual({ state: 'RUNNING' });
  site.ctx.state = 'STARTING';
  expect(await bringUpSite(site, host, { ...quiet, seed })).toBe('RUNNING');
  expect(seeds).toBe(1);
});
