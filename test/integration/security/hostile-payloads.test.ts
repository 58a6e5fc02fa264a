/**
 * Hostile payloads, as a property: for every function of every UI module's resolver (listed from
 * the manifest and the resolvers), a signed-in member invokes it from a frame — through the Forge
 * host's bridge, the same route and zod boundary a real invocation takes — with arbitrary JSON and
 * near-valid payloads (known keys with wrong types, huge strings, prototype-pollution keys,
 * unicode). Every answer is a clear refusal or an answer (never a crash: 5xx, an uncaught error,
 * a refusal without words), and nothing the site stores changes.
 */
import fc from 'fast-check';
import type { RunningSite } from '../../../emulator/core/site';
import { SEEDED_USERS } from '../../../emulator/core/users';
import type { ForgeHost } from '../../../emulator/forge-host';
import { seedAuditProgrammePage } from '../../../emulator/seed/demo/demo-audit-programme-page';
import { seedGapPage } from '../../../emulator/seed/demo/demo-gap-page';
import { seedPolicyPage } from '../../../emulator/seed/demo/demo-policy-page';
import { seedReadinessPage } from '../../../emulator/seed/demo/demo-readiness-page';
import { seedReviewPages } from '../../../emulator/seed/demo/demo-review-pages';
import { seedScopePage } from '../../../emulator/seed/demo/demo-scope-page';
import { seedSoaPage } from '../../../emulator/seed/demo/demo-soa-page';
import { resolverModules } from '../../support/resolver-functions';
import { siteState } from '../../support/site-state';
import type { SeededLogin } from '../../support/test-site';
import { callAs, startTestSite } from '../../support/test-site';
import { bridge, registerFrame } from '../forge-host/fixture-host';
import { createAimsHost } from '../macros/policy-app-host';

jest.setTimeout(1_800_000);

/** Listed before the Forge host loads the app (the resolvers are read as they define functions). */
const MODULES = resolverModules();
/** Per entry point; `AIMS_HOSTILE_RUNS=1000` for the full run (about 40 ms a payload through HTTP). */
const RUNS = Number(process.env.AIMS_HOSTILE_RUNS ?? 100);
const CALLER: SeededLogin = 'member';

/** Keys the app's payloads use, and keys that pollute prototypes. */
const KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'pageVersion',
  'config',
  'reviewedVersion',
  'reviewedHash',
  'reviewedContentHash',
  'checks',
  'ownerAccountId',
  'attendeeAccountIds',
  'content',
  'baseRevision',
  'confirm',
  'csv',
  'secret',
  'fields',
  'id',
  'kind',
  'description',
  'stages',
  'stage1',
  'stage2',
  'certificationBody',
];

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom('', ' ', '\u0000', '\u202e', '𝕬𝖎𝖒𝖘', 'AIMS-1', '<img src=x onerror=alert(1)>'),
  fc.integer({ min: 1_000, max: 400_000 }).map((n) => 'x'.repeat(n)),
);

const scalar = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(-1, 0, 1.5, Number.MAX_SAFE_INTEGER, 1e308),
);

/** JSON text whose objects may have own `__proto__` keys (as a devtools user can send). */
const payloadJson: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar.map((v) => JSON.stringify(v) ?? 'null'),
    fc.array(tie('value'), { maxLength: 5 }).map((items) => `[${items.join(',')}]`),
    fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string()), tie('value')), {
        maxLength: 6,
      })
      .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  ),
})).value;

const hostile = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'),
  payloadJson,
);

let site: RunningSite;
let host: ForgeHost;
const where: Record<string, { pageId?: string; localId?: string; issueKey?: string }> = {};

beforeAll(async () => {
  const admin = SEEDED_USERS.find((u) => u.email === 'admin@example.com')?.accountId;
  host = createAimsHost();
  site = await startTestSite([host]);
  await host.install(admin);
  await host.install(admin, { product: 'confluence' }); // connects Confluence (optional app)
  const review = await seedReviewPages(site, host);
  where['aims-soa'] = { pageId: (await seedSoaPage(site, host)).pageId, localId: 'aims-soa-1' };
  where['aims-policy'] = {
    pageId: (await seedPolicyPage(site, host)).pageId,
    localId: 'aims-policy-control-1',
  };
  where['aims-scope-context'] = {
    pageId: (await seedScopePage(site, host)).id,
    localId: 'aims-scope-context-1',
  };
  where['aims-management-review'] = {
    pageId: review.q4PageId,
    localId: 'aims-management-review-1',
  };
  where['aims-gap-analysis'] = {
    pageId: (await seedGapPage(site, host)).id,
    localId: 'aims-gap-analysis-1',
  };
  where['aims-audit-programme'] = {
    pageId: (await seedAuditProgrammePage(site, host)).id,
    localId: 'aims-audit-programme-1',
  };
  where['aims-readiness'] = {
    pageId: (
      await seedReadinessPage(site, host, {
        soaPageId: where['aims-soa'].pageId ?? '',
        reviewPageId: review.q3PageId,
      })
    ).id,
    localId: 'aims-readiness-1',
  };
  where['aims-admin'] = {};
  where['aims-overview'] = {};
  const search = await callAs(site, CALLER, 'POST', '/rest/api/3/search/jql', {
    jql: 'project = AIMS ORDER BY key',
    fields: ['summary'],
    maxResults: 1,
  });
  const issueKey = (search.body as { issues: { key: string }[] }).issues[0]?.key;
  if (!issueKey) throw new Error('no AIMS issue the member can see');
  where['aims-issue-panel'] = { issueKey };
  where['aims-issue-glance'] = { issueKey };
  await host.waitForIdle();
});

afterAll(async () => {
  await host?.waitForIdle();
  host?.close();
  await site?.close();
});

const entryPoints = MODULES.flatMap((mod) =>
  mod.functionKeys.map((functionKey) => [`${mod.key} → ${functionKey}`, mod.key, functionKey]),
);

/** What each entry point met, for the report. */
const figures: Record<string, { runs: number; crashes: number; writes: number }> = {};

afterAll(() => console.log(`[hostile payloads] ${JSON.stringify(figures)}`));

it('covers every function of every UI module', () => {
  expect(entryPoints.length).toBeGreaterThanOrEqual(30);
  for (const mod of MODULES) expect(where[mod.key]).toBeDefined();
});

it.each(entryPoints)(
  '%s: every hostile payload gets a clear answer or refusal, and nothing is written',
  async (_name, moduleKey, functionKey) => {
    const { frameId } = await registerFrame(site, CALLER, moduleKey, where[moduleKey]);
    const before = siteState(site);
    const crashes: string[] = [];
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(hostile, async (json) => {
        runs += 1;
        const payload: unknown = JSON.parse(json);
        const res = await bridge(site, CALLER, frameId, 'invoke', { functionKey, payload });
        const result = res.result as { ok?: unknown; error?: unknown } | undefined;
        const clear =
          res.status === 413 || // the platform's own limit on an invoke payload, in words
          (res.ok &&
            res.status === 200 &&
            typeof result?.ok === 'boolean' &&
            (result.ok || (typeof result.error === 'string' && result.error.length > 0)));
        if (!clear)
          crashes.push(
            `${res.status} ${JSON.stringify(res).slice(0, 300)} ← ${json.slice(0, 200)}`,
          );
        return clear;
      }),
      { numRuns: RUNS, seed: 42, endOnFailure: true },
    );
    await host.waitForIdle();
    const after = siteState(site);
    const written = Object.keys(after).filter((table) => after[table] !== before[table]);
    figures[`${moduleKey} → ${functionKey}`] = {
      runs,
      crashes: crashes.length,
      writes: written.length,
    };
    expect({ crashes, written }).toEqual({ crashes: [], written: [] });
  },
);
