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
import { parseSiteFaults } from '../../emulator/forge-host/site-faults';
import { searchVisibility } from '../../emulator/jira/search/search-visibility';
import { seedDemo } from '../../emulator/seed/demo';
import { jsonOk, callAs, startTestSite } from '../support/test-site';

jest.setTimeout(600_000);

interface Conditions {
  productMs: number;
  searchLagMs: number;
  eventDelayMs: number;
  /** AIMS_SITE_FAULTS, the whole site's fault mode. */
  siteFaults?: string;
}

interface Hit {
  id: string;
  key: string;
  fields: Record<string, unknown> & {
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
async function stateOf(site: RunningSite, withStorage: boolean): Promise<Record<string, unknown>> {
  const issues: Hit[] = [];
  let nextPageToken: string | undefined;
  do {
    const page = await jsonOk<{ issues: Hit[]; nextPageToken?: string; isLast?: boolean }>(
      callAs(site, 'admin', 'POST', '/rest/api/3/search/jql', {
        jql: 'project = AIMS ORDER BY key',
        fields: ['*all'],
        maxResults: 100,
        ...(nextPageToken ? { nextPageToken } : {}),
      }),
    );
    issues.push(...page.issues);
    nextPageToken = page.isLast ? undefined : page.nextPageToken;
  } while (nextPageToken);
  const summaryOf = new Map(issues.map((i) => [i.key, i.fields.summary]));
  const normalize = normalizer(site, issues);
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
      ...(withStorage
        ? {
            fields: normalize(
              Object.fromEntries(
                Object.entries(i.fields).filter(
                  ([id]) => id.startsWith('customfield_') || ['duedate', 'security'].includes(id),
                ),
              ),
            ),
          }
        : {}),
    };
  }
  return withStorage ? { ...state, ...storedState(site, normalize) } : state;
}

/**
 * Makes two runs comparable: issue keys and ids become the issue's summary (the runs number
 * issues in the order their triggers ran), times, UUIDs and hashes (seals cover times) a
 * placeholder, the site's address (another port each run) too.
 */
function normalizer(site: RunningSite, issues: Hit[]): (value: unknown) => unknown {
  const byKey = new Map(issues.map((i) => [i.key, i.fields.summary]));
  const byId = new Map(issues.map((i) => [i.id, i.fields.summary]));
  return (value) =>
    JSON.parse(
      JSON.stringify(value ?? null)
        .split(site.url)
        .join('<site>')
        .replace(/\bAIMS-\d+\b/g, (key) => `«${byKey.get(key) ?? key}»`)
        .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})/g, '<time>')
        .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<uuid>')
        .replace(/\b[0-9a-f]{32,}\b/gi, '<hash>')
        // App storage keys that hold an issue id (a finding's Nonconformity marker).
        .replace(/(aims-finding-nc:)(\d+)/g, (whole, prefix: string, id: string) =>
          byId.has(id) ? `${prefix}«${byId.get(id) ?? ''}»` : whole,
        ),
    ) as unknown;
}

/**
 * The outcome of the provisioning run — its configuration, steps, where it stands and how it
 * ended — without its history (the parts it took, its retries, the log of each attempt's changes),
 * which differ by design when Jira failed in passing and the run resumed.
 */
function provisioningOutcome(run: unknown): unknown {
  const { origin, config, status, steps, stepIndex, failure } = run as Record<string, unknown>;
  return { origin, config, status, steps, stepIndex, failure };
}

/**
 * What the app keeps (its KVS, values of live keys) and the Confluence content properties of
 * every page (by page title and key, values only: versions count writes, not outcomes).
 */
function storedState(
  site: RunningSite,
  normalize: (value: unknown) => unknown,
): Record<string, unknown> {
  const db = site.ctx.db;
  const kvs = db
    .prepare('SELECT ns, key, value FROM forge_kvs WHERE expire_at IS NULL ORDER BY ns, key')
    .all() as { ns: string; key: string; value: string }[];
  const properties = db
    .prepare(
      `SELECT p.title AS title, pp.key AS key, pp.value AS value
         FROM cf_page_properties pp JOIN cf_pages p ON p.id = pp.page_id ORDER BY p.title, pp.key`,
    )
    .all() as { title: string; key: string; value: string }[];
  const state: Record<string, unknown> = {};
  for (const row of kvs) {
    const value = JSON.parse(row.value) as unknown;
    state[`app storage ${String(normalize(`${row.ns} ${row.key}`))}`] = normalize(
      row.key === 'aims-provisioning-run' ? provisioningOutcome(value) : value,
    );
  }
  for (const row of properties)
    state[`content property ${row.title} / ${row.key}`] = normalize(
      JSON.parse(row.value) as unknown,
    );
  return state;
}

/**
 * The site's state after the seed; `withStorage`: also every issue's custom fields, due date and
 * security level, the app's storage and Confluence's content properties.
 */
async function seededState(
  conditions: Conditions | undefined,
  withStorage = false,
): Promise<Record<string, unknown>> {
  const host: ForgeHost = createForgeHost({
    appRoot: path.resolve(__dirname, '../..'),
    ...(conditions
      ? {
          faults: {
            eventDelayMs: conditions.eventDelayMs,
            ...(conditions.siteFaults
              ? { rates: parseSiteFaults(conditions.siteFaults), retryTimeScale: 0.001 }
              : {}),
          },
        }
      : {}),
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
    if (conditions?.siteFaults) {
      // The faults did happen: some of each kind (the figures go to the test's output).
      const injected = host.faultsInjected;
      console.log(`[test] site fault mode injected ${JSON.stringify(injected)}`);
      expect(injected.failedCalls['429']).toBeGreaterThan(0);
      expect(injected.failedCalls['500']).toBeGreaterThan(0);
      expect(injected.duplicatedEvents).toBeGreaterThan(0);
    }
    return await stateOf(site, withStorage);
  } finally {
    host.close();
    await site.close();
  }
}

test('seeds the same AIMS under product latency, search lag and late events as without them', async () => {
  // Storage included: the approved SoA and the held reviews snapshot the same controls and
  // figures (they missed the organization's own control, created a moment before the approval).
  const plain = await seededState(undefined, true);
  const cloud = await seededState({ productMs: 100, searchLagMs: 30_000, eventDelayMs: 200 }, true);
  expect(Object.keys(plain).length).toBeGreaterThan(60);
  expect(cloud).toEqual(plain);
});

test('seeds the same AIMS under the site fault mode (rate limits, 5xx, duplicated events) as without it', async () => {
  const plain = await seededState(undefined, true);
  const faulty = await seededState(
    {
      productMs: 0,
      searchLagMs: 0,
      eventDelayMs: 0,
      siteFaults: '429:0.1,500:0.05,dup-events:0.2,seed:7',
    },
    true,
  );
  expect(Object.keys(plain).length).toBeGreaterThan(60);
  expect(faulty).toEqual(plain);
});
