/**
 * The gap analysis macro end to end on the emulator, with the Forge host running the real app:
 * who may start, assess, complete and raise issues (checked as them, nothing changed on a
 * refusal); every requirement assessed before completion; the completed assessment frozen and
 * its tampering shown; one AIMS Action per gap, exactly once, under the implementation roadmap's
 * step 3 epic when the roadmap exists; the comparison between two
 * assessments; and export_view (no reader: what the page stores).
 */
import type { RunningSite } from '../../../emulator/core/site';
import type { ForgeHost } from '../../../emulator/forge-host';
import { gapPageBody } from '../../../emulator/seed/demo/demo-gap-page';
import { seededAccountId } from '../../../emulator/seed/demo/demo-review-pages';
import { AIMS_REQUIREMENTS } from '../../../src/domain/catalog';
import { siteState } from '../../support/site-state';
import { callAs, startTestSite } from '../../support/test-site';
import { bridge, registerFrame } from '../forge-host/fixture-host';
import { macroPages, ok } from './macro-page-fixture';
import { createAimsHost } from './policy-app-host';

jest.setTimeout(300_000);

let site: RunningSite;
let host: ForgeHost;
let gap: ReturnType<typeof macroPages>;
let pageId: string;

interface GapView {
  current: {
    id: string;
    items: Record<string, { status: string }>;
    gapIssues: Record<string, string>;
    completed?: { byAccountId: string; contentHash: string };
  } | null;
  completedIntact: boolean | null;
  readiness: { overall: { score: number | null; unassessed: number } } | null;
  comparison: {
    changes: { ref: string; from: string | null; to: string | null; direction: string }[];
    overall: { previous: number | null; current: number | null };
  } | null;
  unassessedRefs: string[];
  gapsWithoutIssue: number;
  gapIssuesJql: string | null;
  viewer: Record<string, string[]>;
}

const view = async (login: 'admin' | 'manager' | 'auditor' | 'member') =>
  (await gap.call(login, pageId, 'getView')).data as unknown as GapView;

const EVIDENCE = [{ url: 'https://wiki.example.com/aims/evidence', label: 'Evidence' }];
const itemFor = (i: number) =>
  i % 5 === 0
    ? { status: 'not-started', gap: 'Nothing in place yet' }
    : i % 5 === 1
      ? { status: 'partly', gap: 'Half of it is done' }
      : i % 5 === 2
        ? { status: 'not-applicable', justification: 'Outside our scope' }
        : { status: 'conformant', evidence: EVIDENCE };

beforeAll(async () => {
  host = createAimsHost();
  site = await startTestSite([host]);
  await host.install(seededAccountId('admin'));
  await host.install(seededAccountId('admin'), { product: 'confluence' });
  await host.waitForIdle();
  const spaces = await ok<{ results: { id: string }[] }>(
    callAs(site, 'admin', 'GET', '/wiki/api/v2/spaces?keys=AIMS'),
  );
  gap = macroPages(site, spaces.results[0]?.id ?? '', 'aims-gap-analysis', 'aims-gap-analysis-1');
  pageId = await gap.createPage('Gap analysis', gapPageBody(host), false);
});

afterAll(async () => {
  await host?.waitForIdle();
  host?.close();
  await site?.close();
});

describe('starting and assessing', () => {
  it('offers a member nothing and refuses their start, changing nothing', async () => {
    const before = siteState(site);
    const member = await view('member');
    expect(member.current).toBeNull();
    expect(member.viewer.startBlockers?.join(' ')).toMatch(
      /Only members of .* can start a gap analysis/,
    );
    const refused = await gap.call('member', pageId, 'start', { title: 'Mine' });
    expect(refused).toMatchObject({ ok: false, error: 'You cannot start a gap analysis.' });
    expect(siteState(site)).toEqual(before);
  });

  it('lets a manager start one with every requirement unassessed', async () => {
    const started = await gap.call('manager', pageId, 'start', { title: 'Initial gap analysis' });
    expect(started.ok).toBe(true);
    const v = await view('auditor');
    expect(v.unassessedRefs).toEqual(AIMS_REQUIREMENTS.map((r) => r.ref));
    expect(v.readiness?.overall).toMatchObject({ score: 0, unassessed: 70 });
    expect(v.viewer.assessBlockers).toEqual([]);
    const again = await gap.call('manager', pageId, 'start', { title: 'Another' });
    expect(again.error).toBe(
      '"Initial gap analysis" is still in progress; complete it before starting another.',
    );
  });

  it('refuses an assessment that lacks what its status needs, with the reason, and keeps the page as it was', async () => {
    const { current } = await view('auditor');
    const before = await gap.property(pageId, 'aims-gap-analysis');
    const refused = await gap.call('auditor', pageId, 'assess', {
      assessmentId: current?.id,
      ref: 'A.7.2',
      item: { status: 'not-applicable' },
    });
    expect(refused).toMatchObject({
      ok: false,
      error:
        'The assessment of A.7.2 Data for development and enhancement of AI system was not saved.',
      details: [
        'justification: Say why the requirement does not apply (a justification is required)',
      ],
    });
    expect(await gap.property(pageId, 'aims-gap-analysis')).toEqual(before);
    const member = await gap.call('member', pageId, 'assess', {
      assessmentId: current?.id,
      ref: '4.1',
      item: { status: 'conformant', evidence: EVIDENCE },
    });
    expect(member.error).toBe('You cannot assess a requirement in the gap analysis.');
  });

  it('refuses completion while requirements are unassessed, then completes and freezes it', async () => {
    const { current } = await view('manager');
    await gap.call('auditor', pageId, 'assess', {
      assessmentId: current?.id,
      ref: '4.1',
      item: itemFor(0),
    });
    const early = await gap.call('manager', pageId, 'complete');
    expect(early.error).toBe(
      '69 of 70 requirements are not assessed yet; assess every one before completing.',
    );
    for (const [i, req] of AIMS_REQUIREMENTS.entries()) {
      const saved = await gap.call('auditor', pageId, 'assess', {
        assessmentId: current?.id,
        ref: req.ref,
        item: itemFor(i),
      });
      expect(saved.ok).toBe(true);
    }
    const auditorCompletes = await gap.call('auditor', pageId, 'complete');
    expect(auditorCompletes.error).toBe('You cannot complete the gap analysis.');
    expect((await gap.call('manager', pageId, 'complete')).ok).toBe(true);
    const done = await view('member');
    expect(done.current?.completed?.byAccountId).toBe(seededAccountId('manager'));
    expect(done.completedIntact).toBe(true);
    expect(done.readiness?.overall.unassessed).toBe(0);
    const late = await gap.call('auditor', pageId, 'assess', {
      assessmentId: done.current?.id,
      ref: '4.1',
      item: itemFor(3),
    });
    expect(late.error).toMatch(/was completed on .* and is frozen/);
  });
});

describe('the gaps in Jira', () => {
  it('raises one AIMS Action per gap as the manager, exactly once, under the roadmap’s step 3 epic', async () => {
    // An administrator created the implementation roadmap (admin page).
    const { frameId } = await registerFrame(site, 'admin', 'aims-admin');
    const roadmap = await bridge(site, 'admin', frameId, 'invoke', {
      functionKey: 'applyRoadmap',
      payload: { dryRun: false },
    });
    const step3 = (
      roadmap.result as { data: { epics: { summary: string; key: string }[] } }
    ).data.epics.find((e) => e.summary.startsWith('Step 3:'))?.key;
    expect(step3).toBeDefined();
    const before = await view('manager');
    const gaps = AIMS_REQUIREMENTS.filter((_, i) => i % 5 === 0 || i % 5 === 1).length;
    expect(before.gapsWithoutIssue).toBe(gaps);
    expect((await gap.call('member', pageId, 'raiseIssues')).error).toBe(
      'You cannot raise Jira issues for the gaps.',
    );
    const raised = await gap.call('manager', pageId, 'raiseIssues');
    expect(raised).toMatchObject({ ok: true, data: { created: gaps, alreadyRaised: 0 } });
    const again = await gap.call('manager', pageId, 'raiseIssues');
    expect(again).toMatchObject({ ok: true, data: { created: 0, alreadyRaised: gaps } });
    const after = await view('manager');
    expect(after.gapsWithoutIssue).toBe(0);
    expect(after.completedIntact).toBe(true);
    const search = await ok<{
      issues: { key: string; fields: { summary: string; labels: string[] } }[];
    }>(
      callAs(site, 'manager', 'POST', '/rest/api/3/search/jql', {
        jql: after.gapIssuesJql,
        fields: ['summary', 'labels'],
        maxResults: 100,
      }),
    );
    expect(search.issues).toHaveLength(gaps);
    expect(search.issues.map((i) => i.key).sort()).toEqual(
      Object.values(after.current?.gapIssues ?? {}).sort(),
    );
    expect(search.issues.map((i) => i.fields.summary)).toContain(
      'Close the gap on 4.1 Understanding the organization and its context',
    );
    const underStep3 = await ok<{ count: number }>(
      callAs(site, 'manager', 'POST', '/rest/api/3/search/approximate-count', {
        jql: `parent = ${step3 ?? ''} AND labels = "aims-roadmap-step-3"`,
      }),
    );
    expect(underStep3.count).toBe(gaps + 2); // the gaps and the step's two starter tasks
  });
});

describe('tampering and progress', () => {
  it('shows an edit of the stored completed assessment as changed since completion, in the view and the export', async () => {
    const stored = await gap.property(pageId, 'aims-gap-analysis');
    const record = structuredClone(stored?.value) as {
      current: { items: Record<string, unknown> };
    };
    record.current.items['4.1'] = { status: 'conformant', evidence: EVIDENCE };
    await ok(
      callAs(site, 'admin', 'PUT', `/wiki/api/v2/pages/${pageId}/properties/${stored?.id}`, {
        key: 'aims-gap-analysis',
        value: record,
        version: { number: (stored?.version.number ?? 0) + 1 },
      }),
    );
    expect((await view('member')).completedIntact).toBe(false);
    expect(await gap.exportView('member', pageId)).toContain('Changed since completion');
    // Put it back as it was completed.
    const now = await gap.property(pageId, 'aims-gap-analysis');
    await ok(
      callAs(site, 'admin', 'PUT', `/wiki/api/v2/pages/${pageId}/properties/${now?.id}`, {
        key: 'aims-gap-analysis',
        value: stored?.value,
        version: { number: (now?.version.number ?? 0) + 1 },
      }),
    );
    expect((await view('member')).completedIntact).toBe(true);
  });

  it('starts the next assessment from the findings and shows what moved since the previous one', async () => {
    expect((await gap.call('manager', pageId, 'start', { title: 'Before Stage 1' })).ok).toBe(true);
    const started = await view('manager');
    expect(started.unassessedRefs).toEqual([]);
    expect(started.comparison?.changes).toEqual([]);
    await gap.call('manager', pageId, 'assess', {
      assessmentId: started.current?.id,
      ref: '4.1',
      item: { status: 'conformant', evidence: EVIDENCE },
    });
    await gap.call('manager', pageId, 'assess', {
      assessmentId: started.current?.id,
      ref: '4.2',
      item: { status: 'not-started', gap: 'Lost its owner' },
    });
    const v = await view('member');
    expect(v.comparison?.changes.map((c) => [c.ref, c.from, c.to, c.direction])).toEqual([
      ['4.1', 'not-started', 'conformant', 'improved'],
      ['4.2', 'partly', 'not-started', 'regressed'],
    ]);
    expect(v.comparison?.overall.current).toBeGreaterThan(v.comparison?.overall.previous ?? 100);
  });

  it('export_view (no reader) renders the assessment the page stores, the same for everyone', async () => {
    const html = await gap.exportView('member', pageId);
    expect(html).toContain('Gap analysis (ISO/IEC 42001 clauses 4–10 and Annex A): Before Stage 1');
    expect(html).toContain('Readiness');
    expect(html).toContain('4.1 Understanding the organization and its context');
    expect(html).toContain('Since &quot;Initial gap analysis&quot;');
    expect(await gap.exportView('admin', pageId)).toBe(html);
  });
});
