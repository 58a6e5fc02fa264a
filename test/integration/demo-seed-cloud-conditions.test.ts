/**
 * The demo of `npm start` and the clause 10.2 loop it walks (nonconformities at every step, an
 * ineffective action and its second loop, findings closing with their nonconformities) under the
 * cloud's conditions all at once — 100 ms per product call (virtual clock), search that lags every
 * write by 30 s of site time, product events delivered 200 ms late — ends in exactly the state of
 * the same seed on a site without them. Between its phases the seed lets time pass (the search
 * index catches up, as it has when a person comes back); the app's own triggers, validators and
 * post functions run under the lag.
 */
import path from 'node:path';
import type { RunningSite } from '../../emulator/core/site';
import { SEEDED_USERS } from '../../emulator/core/users';
import type { ForgeHost } from '../../emulator/forge-host';
import { createForgeHost } from '../../emulator/forge-host';
import { searchVisibility } from '../../emulator/jira/search/search-visibility';
import { seedDemo } from '../../emulator/seed/demo';
import { jsonOk, callAs, startTestSite } from '../support/test-site';

jest.setTimeout(600_000);

interface Conditions {
  productMs: number;
  searchLagMs: number;
  eventDelayMs: number;
}

interface Hit {
  key: string;
  fields: {
    summary: string;
    status: { name: string };
    issuetype: { name: string };
    labels: string[];
    issuelinks: {
      type: { name: string };
      outwardIssue?: { key: string };
    }[];
  };
}

/** Every AIMS issue by summary: type, status, labels and its outward links (by summary). */
async function stateOf(site: RunningSite): Promise<Record<string, unknown>> {
  const issues: Hit[] = [];
  let nextPageToken: string | undefined;
  do {
    const page = await jsonOk<{ issues: Hit[]; nextPageToken?: string; isLast?: boolean }>(
      callAs(site, 'admin', 'POST', '/rest/api/3/search/jql', {
        jql: 'project = AIMS ORDER BY key',
        fields: ['summary', 'status', 'issuetype', 'labels', 'issuelinks'],
        maxResults: 100,
        ...(nextPageToken ? { nextPageToken } : {}),
      }),
    );
    issues.push(...page.issues);
    nextPageToken = page.isLast ? undefined : page.nextPageToken;
  } while (nextPageToken);
  const summaryOf = new Map(issues.map((i) => [i.key, i.fields.summary]));
  const state: Record<string, unknown> = {};
  for (const i of issues) {
    const name = `${i.fields.issuetype.name}: ${i.fields.summary}`;
    expect(state[name]).toBeUndefined(); // no duplicate (e.g. a nonconformity raised twice)
    state[name] = {
      status: i.fields.status.name,
      labels: [...i.fields.labels].sort(),
      links: i.fields.issuelinks
        .filter((l) => l.outwardIssue)
        .map((l) => `${l.type.name} → ${summaryOf.get(l.outwardIssue?.key ?? '') ?? '?'}`)
        .sort(),
    };
  }
  return state;
}

async function seededState(conditions: Conditions | undefined): Promise<Record<string, unknown>> {
  const host: ForgeHost = createForgeHost({
    appRoot: path.resolve(__dirname, '../..'),
    ...(conditions ? { faults: { eventDelayMs: conditions.eventDelayMs } } : {}),
  });
  const site = await startTestSite(
    [host],
    conditions ? { searchLagMs: conditions.searchLagMs } : {},
  );
  try {
    if (conditions) host.setLatency({ productMs: conditions.productMs, clock: 'virtual' });
    const admin = SEEDED_USERS.find((u) => u.email === 'admin@example.com')?.accountId;
    await host.install(admin);
    await host.install(admin, { product: 'confluence' }); // connects Confluence (optional app)
    const demo = await seedDemo(site, host, undefined, () => searchVisibility(site.ctx).catchUp());
    expect(demo.audit.raised.size).toBe(4);
    await host.waitForIdle();
    searchVisibility(site.ctx).catchUp();
    host.setLatency({ productMs: 0 });
    const failed = host.deliveries.filter((d) => !d.ok);
    expect({ deliveries: failed, rules: host.ruleFailures }).toEqual({ deliveries: [], rules: [] });
    return await stateOf(site);
  } finally {
    host.close();
    await site.close();
  }
}

test('seeds the same AIMS under product latency, search lag and late events as without them', async () => {
  const plain = await seededState(undefined);
  const cloud = await seededState({ productMs: 100, searchLagMs: 30_000, eventDelayMs: 200 });
  expect(Object.keys(plain).length).toBeGreaterThan(60);
  expect(cloud).toEqual(plain);
});
