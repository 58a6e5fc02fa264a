/**
 * The certification readiness report on the demo site, with the Forge host running the real app:
 * each item judged from what the viewer can see (every figure equals the approximate count of the
 * JQL it links to, as that person), the external audit's findings imported through the findings
 * import with their source, the Stage 1 / Stage 2 dates set only by an AIMS manager (a member and
 * a bad payload refused, nothing changed), a bad configuration refused, and export_view without a
 * reader.
 */
import path from 'node:path';
import type { RunningSite } from '../../../emulator/core/site';
import type { ForgeHost } from '../../../emulator/forge-host';
import { createForgeHost } from '../../../emulator/forge-host';
import type { DemoSeedResult } from '../../../emulator/seed/demo';
import { seedDemo } from '../../../emulator/seed/demo';
import { seededAccountId } from '../../../emulator/seed/demo/demo-review-pages';
import type { ConfiguredReadinessView } from '../../../src/ui-contract/readiness-macro-view';
import { readinessViewSchema } from '../../../src/ui-contract/readiness-macro-view';
import type { SeededLogin } from '../../support/test-site';
import { callAs, startTestSite } from '../../support/test-site';
import { macroPages, ok } from './macro-page-fixture';

jest.setTimeout(600_000);

let site: RunningSite;
let host: ForgeHost;
let demo: DemoSeedResult;
let report: ReturnType<typeof macroPages>;

async function viewAs(login: SeededLogin): Promise<ConfiguredReadinessView> {
  const out = await report.call(login, demo.pages.readiness, 'getView');
  if (!out.ok) throw new Error(`${out.error ?? ''} ${(out.details ?? []).join('; ')}`);
  const view = readinessViewSchema.parse(out.data);
  if (!view.configured) throw new Error(view.message);
  return view;
}

async function countAs(login: SeededLogin, jql: string): Promise<number> {
  const res = await callAs(site, login, 'POST', '/rest/api/3/search/approximate-count', { jql });
  if (res.status !== 200) throw new Error(`count failed ${res.status} for ${jql}`);
  return (res.body as { count: number }).count;
}

const verdicts = (view: ConfiguredReadinessView) =>
  Object.fromEntries(view.items.map((i) => [i.id, i.verdict]));
const itemOf = (view: ConfiguredReadinessView, id: string) => {
  const found = view.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

beforeAll(async () => {
  host = createForgeHost({ appRoot: path.resolve(__dirname, '../../..') });
  site = await startTestSite([host]);
  await host.install(seededAccountId('admin'));
  await host.install(seededAccountId('admin'), { product: 'confluence' });
  demo = await seedDemo(site, host);
  await host.waitForIdle();
  const spaces = await ok<{ results: { id: string }[] }>(
    callAs(site, 'admin', 'GET', '/wiki/api/v2/spaces?keys=AIMS'),
  );
  report = macroPages(site, spaces.results[0]?.id ?? '', 'aims-readiness', 'aims-readiness-1');
});

afterAll(async () => {
  await host?.waitForIdle();
  host?.close();
  await site?.close();
});

describe('the readiness report on the demo', () => {
  it('judges every item from the demo’s records, each with its proof', async () => {
    const view = await viewAs('manager');
    expect(view.items.map((i) => i.id)).toEqual([
      'scope',
      'policy',
      'soa',
      'risks',
      'impact',
      'nonconformities',
      'audits',
      'review',
      'competence',
      'external',
    ]);
    expect(verdicts(view)).toEqual(EXPECTED_VERDICTS);
    // One major nonconformity of the internal audit is still open.
    expect(itemOf(view, 'nonconformities').reasons[0]).toBe(
      '1 major nonconformity is open: certification waits until it is closed (10.2).',
    );
    expect(itemOf(view, 'scope').reasons[0]).toMatch(
      /^A revision of the scope is in review; page version \d+ was the last approved\.$/,
    );
    expect(itemOf(view, 'review').reasons[0]).toMatch(/held on .*; 1 of its actions is overdue\.$/);
    expect(itemOf(view, 'soa').proof).toEqual({
      kind: 'page',
      pageId: demo.pages.soa,
      title: 'Statement of Applicability',
    });
    expect(itemOf(view, 'review').proof).toMatchObject({ pageId: demo.pages.reviewQ3 });
    expect(view.overall).toBe('fail');
    expect(view.counts.pass + view.counts.attention + view.counts.fail).toBe(10);
  });

  it.each(['manager', 'member'] as const)(
    'shows figures equal to the approximate count of the JQL each links to, as %s',
    async (login) => {
      const view = await viewAs(login);
      const figures = view.items.flatMap((i) => i.figures);
      expect(figures.length).toBeGreaterThan(20);
      const mismatches: string[] = [];
      for (const f of figures) {
        const count = await countAs(login, f.jql);
        if (count !== f.count) mismatches.push(`${f.label}: ${f.count} ≠ ${count} (${f.jql})`);
      }
      expect(mismatches).toEqual([]);
    },
  );

  it('counts only what the viewer may see: a member does not count the confidential risk', async () => {
    const [manager, member] = await Promise.all([viewAs('manager'), viewAs('member')]);
    const open = (v: ConfiguredReadinessView) => itemOf(v, 'risks').figures[0]?.count ?? 0;
    expect(open(member)).toBe(open(manager) - 1);
  });

  it('lists the external audit’s findings, imported with their source; the minor one raised a Nonconformity with it', async () => {
    const view = await viewAs('auditor');
    expect(view.externalFindings.first.map((f) => [f.summary, f.grade])).toEqual([
      ['Sampling plan of the internal audits could cover more Annex A controls', 'Observation'],
      ['Competence evidence of the model reviewers is incomplete', 'Minor nonconformity'],
    ]);
    expect(view.externalFindings.more).toBeNull();
    const external = itemOf(view, 'external');
    expect(external.verdict).toBe('attention');
    const raised = external.figures.find((f) => f.label.startsWith('Nonconformities from'));
    expect(raised?.count).toBe(1);
  });
});

describe('the Stage 1 and Stage 2 dates', () => {
  const stagesProperty = async () => (await viewAs('auditor')).stages;

  it('were set by the manager in the demo, and only an AIMS manager may change them', async () => {
    const before = await stagesProperty();
    expect(before.certificationBody).toBe('Example Certification Ltd.');
    expect(before.daysToStage1).toBe(40);
    expect((await viewAs('member')).viewer.stagesBlockers).not.toEqual([]);
    expect((await viewAs('manager')).viewer.stagesBlockers).toEqual([]);

    const refused = await report.call('member', demo.pages.readiness, 'saveStages', {
      stages: { stage1: '2027-01-10', stage2: '2027-02-10', certificationBody: 'Mine' },
    });
    expect(refused.ok).toBe(false);
    expect(refused.details?.join(' ')).toMatch(
      /Only members of aims-managers \(AIMS manager\) can set the Stage 1 and Stage 2 dates/,
    );
    expect(await stagesProperty()).toEqual(before);
  });

  it('refuses Stage 2 before Stage 1 and a date that is not one, changing nothing', async () => {
    const before = await stagesProperty();
    const backwards = await report.call('manager', demo.pages.readiness, 'saveStages', {
      stages: { stage1: '2027-03-01', stage2: '2027-02-01', certificationBody: '' },
    });
    expect(backwards.ok).toBe(false);
    expect(backwards.details).toEqual(['stages.stage2: Stage 2 cannot come before Stage 1']);
    const notADate = await report.call('manager', demo.pages.readiness, 'saveStages', {
      stages: { stage1: 'next spring', stage2: null, certificationBody: '' },
    });
    expect(notADate.ok).toBe(false);
    expect(await stagesProperty()).toEqual(before);
  });

  it('an AIMS manager sets them; every reader of the report sees them', async () => {
    const saved = await report.call('manager', demo.pages.readiness, 'saveStages', {
      stages: { stage1: '2027-01-12', stage2: '2027-02-23', certificationBody: 'Other Body' },
    });
    expect(saved.ok).toBe(true);
    const seen = await stagesProperty();
    expect([seen.stage1, seen.stage2, seen.certificationBody]).toEqual([
      '2027-01-12',
      '2027-02-23',
      'Other Body',
    ]);
  });
});

describe('configuration and export', () => {
  it('refuses a configuration without a project or with a page that is not an id', async () => {
    const refused = await report.call(
      'admin',
      demo.pages.readiness,
      'checkConfig',
      { config: { projectKey: 'aims', cycle: '', soaPageId: 'the SoA' } },
      { configuring: true },
    );
    expect(refused.ok).toBe(false);
    expect(refused.details).toEqual([
      'Jira project must be a project key like AIMS',
      'Audit programme cycle is required',
      'Statement of Applicability page must be a Confluence page id (digits)',
    ]);
  });

  it('export_view (no reader) shows the Stage dates and leaves every verdict from Jira out', async () => {
    const html = await report.exportView('member', demo.pages.readiness);
    expect(html).toContain('Certification readiness (ISO/IEC 42001): project AIMS, cycle 2026');
    expect(html).toContain('Stage 1 audit');
    expect(html).toContain('Live data on the page');
    expect(html).not.toContain('major nonconformities are open');
    expect(html).not.toContain('Competence evidence of the model reviewers');
  });
});

/** The demo as seeded: the SoA approved and sealed; two major findings of the internal audit open. */
const EXPECTED_VERDICTS: Record<string, string> = {
  scope: 'attention', // revised after the Q3 review, waiting for approval again
  policy: 'attention',
  soa: 'pass',
  risks: 'attention',
  impact: 'attention', // one assessment past its review date
  nonconformities: 'fail',
  audits: 'attention',
  review: 'attention',
  competence: 'attention', // one record expiring
  external: 'attention', // two findings of the Stage 1 audit open, none major
};
