/**
 * The demo review pages (emulator/seed/demo/demo-review-pages.ts) on a freshly provisioned site: the
 * Q3 review is held and frozen with its decisions as AIMS Actions, the Q4 draft lists them as
 * input a), and seeding again changes nothing.
 */
import type { RunningSite } from '../../../emulator/core/site';
import type { ForgeHost } from '../../../emulator/forge-host';
import {
  invokeReviewMacro,
  q3ReviewConfig,
  q4ReviewConfig,
  seedReviewPages,
  seededAccountId,
} from '../../../emulator/seed/demo/demo-review-pages';
import { callAs, startTestSite } from '../../support/test-site';
import { createReviewAppHost } from './review-app-host';

jest.setTimeout(120_000);

let site: RunningSite;
let host: ForgeHost;

beforeAll(async () => {
  host = createReviewAppHost();
  site = await startTestSite([host]);
  await host.install(seededAccountId('admin'));
  await host.install(seededAccountId('admin'), { product: 'confluence' }); // connects Confluence (optional app)
  await host.waitForIdle();
});

afterAll(async () => {
  await host?.waitForIdle();
  host?.close();
  await site?.close();
});

interface ViewData {
  state: string;
  held: { contentHash: string } | null;
  decisions: { actionKey: string | null }[];
  inputs: { a: { actions: { key: string }[] } };
}

test('seeds a held Q3 review and a Q4 draft that lists the Q3 actions, once', async () => {
  const first = await seedReviewPages(site, host);
  const again = await seedReviewPages(site, host);
  expect(again).toEqual(first);
  const spaceId = (
    (await callAs(site, 'admin', 'GET', '/wiki/api/v2/spaces?keys=AIMS')).body as {
      results: { id: string }[];
    }
  ).results[0]!.id;

  const q3 = await invokeReviewMacro(
    host,
    'auditor',
    { id: first.q3PageId, spaceId },
    q3ReviewConfig(),
    'getView',
  );
  const q3View = q3.data as ViewData;
  expect(q3View.state).toBe('held');
  expect(q3View.held?.contentHash).toBeTruthy();
  const keys = q3View.decisions.map((d) => d.actionKey);
  expect(keys).toHaveLength(2);
  expect(keys.every((k) => /^AIMS-\d+$/.test(k ?? ''))).toBe(true);

  const q4 = await invokeReviewMacro(
    host,
    'manager',
    { id: first.q4PageId, spaceId },
    q4ReviewConfig(first.q3PageId),
    'getView',
  );
  const q4View = q4.data as ViewData;
  expect(q4View.state).toBe('draft');
  expect(q4View.inputs.a.actions.map((a) => a.key).sort()).toEqual([...keys].sort());

  const actions = (
    await callAs(site, 'admin', 'POST', '/rest/api/3/search/jql', {
      jql: 'project = AIMS AND labels in ("aims-review-decision-seed-q3-model-cards", "aims-review-decision-seed-q3-hiring-consult")',
      fields: ['summary'],
    })
  ).body as { issues: unknown[] };
  expect(actions.issues).toHaveLength(2);
});
