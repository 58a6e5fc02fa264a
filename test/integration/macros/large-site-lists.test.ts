/**
 * The SoA and the management review on a site with more AI risks than any bound the app ever had
 * (5 060 open risks: the SoA once read at most 5 000, the review counted at most 2 000), read by
 * the real app on the Forge host: every risk is counted, lists that hold only their first items
 * say "first N of M" and link to all of them in Jira's issue search, the export says the same,
 * and the requests stay few (never one per issue, and the SoA never reads every risk).
 */
import type { RunningSite } from '../../../emulator/core/site';
import { SEEDED_USERS } from '../../../emulator/core/users';
import type { ForgeHost } from '../../../emulator/forge-host';
import {
  DEMO_SOA_CONFIG,
  invokeSoaMacro,
  soaPageBody,
} from '../../../emulator/seed/demo/demo-soa-page';
import { invokeReviewMacro, reviewPageBody } from '../../../emulator/seed/demo/demo-review-pages';
import { REVIEW_ITEMS_LISTED } from '../../../src/domain/review';
import { SOA_RISKS_LISTED } from '../../../src/domain/soa';
import { createShell } from '../../../emulator/shell';
import { AIMS_FIELDS } from '../../../src/jira/aims-schema';
import { issueSearchPath } from '../../../src/ui-contract/issue-search-link';
import { callAs, jsonOk, startTestSite } from '../../support/test-site';
import { utcDay } from '../../support/utc-day';
import { createAimsHost } from './policy-app-host';

jest.setTimeout(300_000);

const RISKS = 5060;
/** Inherent level of risk i (residual none): Low, Medium, High, Critical, or not assessed. */
const LEVELS = ['Low', 'Medium', 'High', 'Critical', null] as const;
const LINKED_TO_A52 = SOA_RISKS_LISTED + 2;
const OVERDUE_NCS = REVIEW_ITEMS_LISTED + 5;

let site: RunningSite;
let host: ForgeHost;
let spaceId: string;
let riskKeys: string[] = [];
let a52Key: string;
const fieldIds: Record<string, string> = {};
const typeIds: Record<string, string> = {};

const ok = jsonOk;

const day = utcDay;

async function bulkCreate(type: string, n: number, fieldsOf: (i: number) => object) {
  const keys: string[] = [];
  for (let i = 0; i < n; i += 50) {
    const created = await ok<{ issues: { key: string }[] }>(
      callAs(site, 'admin', 'POST', '/rest/api/3/issue/bulk', {
        issueUpdates: Array.from({ length: Math.min(50, n - i) }, (_, j) => ({
          fields: {
            project: { key: 'AIMS' },
            issuetype: { id: typeIds[type] },
            ...fieldsOf(i + j),
          },
        })),
      }),
    );
    keys.push(...created.issues.map((x) => x.key));
  }
  return keys;
}

async function searchKeys(jql: string): Promise<string[]> {
  const found = await ok<{ issues: { key: string }[] }>(
    callAs(site, 'admin', 'POST', '/rest/api/3/search/jql', {
      jql,
      fields: ['key'],
      maxResults: 5000,
    }),
  );
  return found.issues.map((i) => i.key);
}

/** The JQL of a path as the app writes it (`/issues/?jql=…`), after the site's redirect. */
async function followSearchLink(jql: string): Promise<string> {
  const res = await fetch(site.url + issueSearchPath(jql), { redirect: 'manual' });
  expect(res.status).toBe(303);
  const location = new URL(res.headers.get('location') ?? '', site.url);
  expect(location.pathname).toBe('/jira/issues');
  return location.searchParams.get('jql') ?? '';
}

/** Product requests of the last invocation of `functionKey`. */
const lastCalls = (functionKey: string): number => {
  const runs = host.invocations.filter((i) => i.functionKey === functionKey);
  return runs[runs.length - 1]?.productCalls ?? Number.NaN;
};

beforeAll(async () => {
  host = createAimsHost();
  // The shell answers Jira Cloud's own addresses (`/issues/?jql=…`) the app links to.
  site = await startTestSite([host, createShell({ app: () => host.manifest })]);
  const admin = SEEDED_USERS.find((u) => u.email.startsWith('admin@'))?.accountId;
  await host.install(admin);
  await host.install(admin, { product: 'confluence' }); // connects Confluence (optional app)
  await host.waitForIdle();
  const spaces = await ok<{ results: { id: string }[] }>(
    callAs(site, 'admin', 'GET', '/wiki/api/v2/spaces?keys=AIMS'),
  );
  spaceId = spaces.results[0]?.id ?? '';
  const fields = await ok<{ id: string; name: string }[]>(
    callAs(site, 'admin', 'GET', '/rest/api/3/field'),
  );
  for (const f of AIMS_FIELDS) {
    const id = fields.find((x) => x.name === f.name)?.id;
    if (id) fieldIds[f.key] = id;
  }
  const types = await ok<{ id: string; name: string }[]>(
    callAs(site, 'admin', 'GET', '/rest/api/3/issuetype'),
  );
  for (const [key, name] of [
    ['aiRisk', 'AI Risk'],
    ['aiControl', 'AI Control'],
    ['nonconformity', 'Nonconformity'],
  ])
    typeIds[key as string] = types.find((t) => t.name === name)?.id ?? '';

  riskKeys = await bulkCreate('aiRisk', RISKS, (i) => {
    const level = LEVELS[i % LEVELS.length];
    return {
      summary: `Risk ${i + 1}`,
      ...(level ? { [fieldIds.inherentLevel as string]: { value: level } } : {}),
    };
  });
  await bulkCreate('nonconformity', OVERDUE_NCS, (i) => ({
    summary: `Late nonconformity ${i + 1}`,
    duedate: day(-3),
  }));
  const controls = await ok<{ issues: { key: string; fields: Record<string, unknown> }[] }>(
    callAs(site, 'admin', 'POST', '/rest/api/3/search/jql', {
      jql: `project = AIMS AND issuetype = ${typeIds.aiControl}`,
      fields: [fieldIds.isoReference],
      maxResults: 100,
    }),
  );
  a52Key =
    controls.issues.find((c) => c.fields[fieldIds.isoReference as string] === 'ISO42001:A.5.2')
      ?.key ?? '';
  // The control mitigates the last risks made, beyond the 5 000th.
  for (const risk of riskKeys.slice(-LINKED_TO_A52))
    await ok(
      callAs(site, 'admin', 'POST', '/rest/api/3/issueLink', {
        // "<control> mitigates <risk>": Jira takes the source as `inwardIssue`.
        type: { name: 'AIMS Mitigates' },
        inwardIssue: { key: a52Key },
        outwardIssue: { key: risk },
      }),
    );
  await host.waitForIdle();
});

afterAll(async () => {
  host?.close();
  await site?.close();
});

interface SoaRowView {
  ref: string;
  recordKey: string | null;
  risks: { key: string | null }[];
  riskCount?: number;
}

describe('the SoA with 5 060 risks', () => {
  let pageId: string;
  beforeAll(async () => {
    const page = await ok<{ id: string }>(
      callAs(site, 'admin', 'POST', '/wiki/api/v2/pages', {
        spaceId,
        status: 'current',
        title: 'SoA on a large site',
        body: {
          representation: 'atlas_doc_format',
          value: JSON.stringify(soaPageBody(host, DEMO_SOA_CONFIG)),
        },
      }),
    );
    pageId = page.id;
  });

  it('lists the first risks of a row, counts all of them and links to all of them in Jira', async () => {
    const out = await invokeSoaMacro(
      host,
      site,
      'manager',
      { id: pageId, spaceId },
      'getView',
      {},
      DEMO_SOA_CONFIG,
    );
    expect(out.ok).toBe(true);
    const view = out.data as {
      live: { groups: { rows: SoaRowView[] }[] };
      riskSearches: Record<string, string>;
    };
    const row = view.live.groups.flatMap((g) => g.rows).find((r) => r.ref === 'A.5.2');
    const linked = riskKeys.slice(-LINKED_TO_A52);
    expect(row?.riskCount).toBe(LINKED_TO_A52);
    expect(row?.risks.map((r) => r.key)).toEqual(linked.slice(0, SOA_RISKS_LISTED));
    const jql = view.riskSearches[a52Key] ?? '';
    expect((await searchKeys(await followSearchLink(jql))).sort()).toEqual([...linked].sort());
    // The controls (one page, with their links), the levels of the listed risks (one search of
    // up to 100 keys) and a handful of single calls: not one per risk, not a read of every risk.
    expect(lastCalls('soa-macro-resolver')).toBeLessThanOrEqual(8);
  });

  it('leaves the live rows out of the export (made without a reader), and says where they are', async () => {
    const exported = await ok<{ body?: { export_view?: { value?: string } } }>(
      callAs(site, 'manager', 'GET', `/wiki/api/v2/pages/${pageId}?body-format=export_view`),
    );
    const html = exported.body?.export_view?.value ?? '';
    expect(html).toContain('Open the page in Confluence to see it.');
    for (const key of riskKeys.slice(-LINKED_TO_A52)) expect(html).not.toContain(`${key}<`);
  });
});

describe('the management review with 5 060 open risks', () => {
  const config = {
    title: 'Review on a large site',
    projectKey: 'AIMS',
    periodStart: day(-40),
    periodEnd: day(20),
  };
  let page: { id: string; spaceId: string };
  beforeAll(async () => {
    const created = await ok<{ id: string }>(
      callAs(site, 'admin', 'POST', '/wiki/api/v2/pages', {
        spaceId,
        status: 'current',
        title: config.title,
        body: {
          representation: 'atlas_doc_format',
          value: JSON.stringify(reviewPageBody(host, config)),
        },
      }),
    );
    page = { id: created.id, spaceId };
  });

  it('counts every open risk per level, and lists the first overdue items of more', async () => {
    const out = await invokeReviewMacro(host, 'manager', page, config, 'getView');
    expect(out.ok).toBe(true);
    const view = out.data as {
      inputs: {
        d: {
          riskLevels: { bands: { bandId: string; count: number }[]; notAssessed: number };
          nonconformities: { overdue: number; overdueItems: { key: string }[] };
        };
      };
      searches: { overdueNonconformities: string };
    };
    const perLevel = RISKS / LEVELS.length;
    expect(view.inputs.d.riskLevels.bands).toEqual([
      { bandId: 'low', label: 'Low', count: perLevel },
      { bandId: 'medium', label: 'Medium', count: perLevel },
      { bandId: 'high', label: 'High', count: perLevel },
      { bandId: 'critical', label: 'Critical', count: perLevel },
    ]);
    expect(view.inputs.d.riskLevels.notAssessed).toBe(perLevel);

    const ncs = view.inputs.d.nonconformities;
    expect(ncs.overdue).toBe(OVERDUE_NCS);
    expect(ncs.overdueItems).toHaveLength(REVIEW_ITEMS_LISTED);
    const all = await searchKeys(await followSearchLink(view.searches.overdueNonconformities));
    expect(all).toHaveLength(OVERDUE_NCS);
    expect(all).toEqual(expect.arrayContaining(ncs.overdueItems.map((i) => i.key)));
    // Risk levels are counted (one count per band), never read: a few dozen requests in all.
    expect(lastCalls('review-macro-resolver')).toBeLessThanOrEqual(30);
  });

  it('the held record keeps the first items of its lists for the viewer; its export lists none and says so', async () => {
    const manager = SEEDED_USERS.find((u) => u.email.startsWith('manager@'))?.accountId;
    await invokeReviewMacro(host, 'manager', page, config, 'saveInputs', {
      externalInternalIssues: 'No change.',
      interestedParties: 'No change.',
    });
    await invokeReviewMacro(host, 'manager', page, config, 'saveAttendees', {
      attendeeAccountIds: [manager],
    });
    const held = await invokeReviewMacro(host, 'manager', page, config, 'recordAsHeld', {
      confirm: true,
    });
    expect(held).toMatchObject({ ok: true });
    const view = (await invokeReviewMacro(host, 'manager', page, config, 'getView')).data as {
      held: { hiddenItems: number };
      inputs: { d: { nonconformities: { overdue: number; overdueItems: unknown[] } } };
    };
    expect(view.held.hiddenItems).toBe(0);
    expect(view.inputs.d.nonconformities).toMatchObject({ overdue: OVERDUE_NCS });
    expect(view.inputs.d.nonconformities.overdueItems).toHaveLength(REVIEW_ITEMS_LISTED);
    const exported = await ok<{ body?: { export_view?: { value?: string } } }>(
      callAs(site, 'manager', 'GET', `/wiki/api/v2/pages/${page.id}?body-format=export_view`),
    );
    const html = exported.body?.export_view?.value ?? '';
    // No reader: none of the listed issues, and the words that say where they are.
    expect(html).not.toContain('overdue items are listed');
    expect(html).toMatch(/The \d+ issues this record lists are left out of the export/);
    expect(html).toContain('Counted by Jira’s search');
    expect(html).toContain(String(RISKS / LEVELS.length));
  });
});
