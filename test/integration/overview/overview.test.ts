/**
 * The AIMS overview (9.1) on the demo site, with the Forge host running the real app: every
 * figure the page shows equals the `/search/approximate-count` of the JQL it links to, for the
 * person looking (a member does not count the Confidential risk); the monitoring register is
 * changed only by AIMS managers, and its latest results reach the management review (9.3.2 d) 2).
 */
import path from 'node:path';
import type { RunningSite } from '../../../emulator/core/site';
import { SEEDED_USERS } from '../../../emulator/core/users';
import { searchVisibility } from '../../../emulator/jira/search/search-visibility';
import type { ForgeHost } from '../../../emulator/forge-host';
import { createForgeHost } from '../../../emulator/forge-host';
import type { DemoSeedResult } from '../../../emulator/seed/demo';
import { seedDemo } from '../../../emulator/seed/demo';
import { invokeReviewMacro, q4ReviewConfig } from '../../../emulator/seed/demo/demo-review-pages';
import { CONFIDENTIAL_RISK_SUMMARY } from '../../../emulator/seed/demo/demo-risks';
import type { ConfiguredOverview, FigureView } from '../../../src/ui-contract/overview-view';
import { overviewViewSchema } from '../../../src/ui-contract/overview-view';
import type { SeededLogin } from '../../support/test-site';
import { callAs, startTestSite } from '../../support/test-site';
import { bridge, registerFrame } from '../forge-host/fixture-host';

jest.setTimeout(300_000);

let site: RunningSite;
let host: ForgeHost;
let demo: DemoSeedResult;

interface Outcome {
  ok: boolean;
  data?: unknown;
  error?: string;
  details?: string[];
}

async function invoke(
  login: SeededLogin,
  functionKey: string,
  payload: unknown = {},
): Promise<Outcome> {
  const { frameId } = await registerFrame(site, login, 'aims-overview');
  const res = await bridge(site, login, frameId, 'invoke', { functionKey, payload });
  if (!res.ok) throw new Error(`bridge failed: ${JSON.stringify(res)}`);
  return res.result as Outcome;
}

async function overviewAs(login: SeededLogin): Promise<ConfiguredOverview> {
  const out = await invoke(login, 'getView');
  if (!out.ok) throw new Error(`${out.error} ${(out.details ?? []).join('; ')}`);
  const view = overviewViewSchema.parse(out.data);
  if (!view.configured) throw new Error(view.message);
  return view;
}

/** Every figure of the view (anything with a label, a count and a JQL), wherever it sits. */
function figuresOf(value: unknown, found: FigureView[] = []): FigureView[] {
  if (Array.isArray(value)) for (const v of value) figuresOf(v, found);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.count === 'number' && typeof o.jql === 'string') {
      found.push({ label: String(o.label ?? ''), count: o.count, jql: o.jql });
    }
    for (const v of Object.values(o)) figuresOf(v, found);
  }
  return found;
}

async function countAs(login: SeededLogin, jql: string): Promise<number> {
  const res = await callAs(site, login, 'POST', '/rest/api/3/search/approximate-count', { jql });
  if (res.status !== 200)
    throw new Error(`count failed ${res.status}: ${JSON.stringify(res.body)} for ${jql}`);
  return (res.body as { count: number }).count;
}

beforeAll(async () => {
  host = createForgeHost({ appRoot: path.resolve(__dirname, '../../..') });
  site = await startTestSite([host]);
  const admin = SEEDED_USERS.find((u) => u.email === 'admin@example.com');
  await host.install(admin?.accountId);
  await host.install(admin?.accountId, { product: 'confluence' });
  demo = await seedDemo(site, host);
});

afterAll(async () => {
  host?.close();
  await site?.close();
});

describe('the overview’s figures', () => {
  it.each(['admin', 'member'] as const)(
    'equal the approximate count of the JQL each one links to, as %s sees them',
    async (login) => {
      const view = await overviewAs(login);
      const figures = figuresOf(view);
      expect(figures.length).toBeGreaterThan(80);
      const mismatches: string[] = [];
      for (const f of figures) {
        const count = await countAs(login, f.jql);
        if (count !== f.count)
          mismatches.push(`${f.label}: shows ${f.count}, JQL counts ${count} (${f.jql})`);
      }
      expect(mismatches).toEqual([]);
    },
  );

  it('shows the demo’s records: risks on both heat maps, controls, audits and trends', async () => {
    const view = await overviewAs('admin');
    const onMap = (rows: ConfiguredOverview['risks']['inherent']['rows']) =>
      rows.flat().reduce((n, c) => n + c.count, 0);
    expect(view.risks.open.count).toBeGreaterThan(5);
    expect(onMap(view.risks.inherent.rows) + view.risks.inherent.notRated.count).toBe(
      view.risks.open.count,
    );
    expect(onMap(view.risks.residual.rows)).toBeGreaterThan(0);
    expect(view.soa.whole.count).toBeGreaterThan(0);
    expect(view.soa.percent).not.toBeNull();
    // The seeded validation report of A.6.2.4 is past its review date (7.5).
    expect(view.evidence.stale.count).toBeGreaterThan(0);
    expect(view.audits.coverage.whole.count).toBeGreaterThan(0);
    // The demo's closed Q1 audit of cycle 2026 covers clauses and controls of the programme.
    expect(view.audits.programme).toMatchObject({ cycle: view.asOf.slice(0, 4) });
    expect(view.audits.programme?.audited).toBeGreaterThan(0);
    expect(view.audits.programme?.notCovered).toBeGreaterThan(0);
    // One completed impact assessment is past its next review in the demo.
    expect(view.impactAssessments.reviewOverdue.count).toBe(1);
    // The open AIMS actions (the demo's, the Q3 review's decisions), the overdue ones among them.
    expect(view.overdue.openActions.count).toBeGreaterThan(view.overdue.actions.count);
    expect(view.trends.map((t) => t.quarter)).toHaveLength(4);
    expect(view.trends.reduce((n, t) => n + t.risksIdentified.count, 0)).toBeGreaterThan(0);
    expect(view.nonconformities.byAge.reduce((n, b) => n + b.all.count, 0)).toBe(
      view.nonconformities.open.count,
    );
  });

  it('does not count the Confidential risk for a member', async () => {
    const [admin, member] = await Promise.all([overviewAs('admin'), overviewAs('member')]);
    const confidential = await countAs(
      'admin',
      `project = AIMS AND summary ~ "${CONFIDENTIAL_RISK_SUMMARY}"`,
    );
    expect(confidential).toBe(1);
    expect(member.risks.open.count).toBe(admin.risks.open.count - 1);
    const cell = (v: ConfiguredOverview) =>
      v.risks.inherent.rows.flat().find((c) => c.likelihood === 4 && c.consequence === 5)?.count ??
      0;
    expect(cell(member)).toBe(cell(admin) - 1);
  });
});

describe('the monitoring register', () => {
  const kpi = {
    name: 'Open nonconformities',
    method: 'Count of open Nonconformity issues in project AIMS',
    frequency: 'Monthly',
    owner: 'AIMS manager',
    target: 'At most 2',
    jql: 'project = AIMS AND issuetype = "Nonconformity" AND statusCategory != "Done"',
  };

  it('refuses a member, and nothing is stored', async () => {
    const out = await invoke('member', 'saveKpi', { kpi });
    expect(out).toMatchObject({ ok: false, error: 'You cannot change the monitoring register.' });
    expect(out.details?.join(' ')).toContain('aims-managers');
    expect((await overviewAs('admin')).register.kpis).toEqual([]);
    expect((await overviewAs('member')).register.editBlockers).not.toEqual([]);
  });

  it('lets an AIMS manager add KPIs and record results, which everyone then reads', async () => {
    const added = await invoke('manager', 'saveKpi', { kpi });
    expect(added.ok).toBe(true);
    const manual = await invoke('manager', 'saveKpi', {
      kpi: { ...kpi, name: 'AI literacy training completed (%)', jql: '' },
    });
    expect(manual.ok).toBe(true);
    expect(
      (await invoke('manager', 'recordResult', { id: 'kpi-2', value: 82, on: '2026-10-31' })).ok,
    ).toBe(true);
    expect(
      (await invoke('manager', 'recordResult', { id: 'kpi-2', value: 91, on: '2026-11-30' })).ok,
    ).toBe(true);
    const bad = await invoke('manager', 'recordResult', { id: 'kpi-2', value: 'lots' });
    expect(bad).toMatchObject({ ok: false, error: 'The request is not valid.' });

    const view = await overviewAs('member');
    expect(view.register.kpis.map((k) => k.name)).toEqual([
      kpi.name,
      'AI literacy training completed (%)',
    ]);
    expect(view.register.kpis[0]?.current).toBe(await countAs('member', kpi.jql));
    expect(view.register.kpis[1]?.results).toEqual([
      { on: '2026-10-31', value: 82 },
      { on: '2026-11-30', value: 91 },
    ]);
    expect((await invoke('manager', 'removeKpi', { id: 'kpi-9' })).error).toContain(
      'There is no KPI kpi-9',
    );
  });

  it('feeds its latest results to the draft management review as input 9.3.2 d) 2)', async () => {
    const pageRes = await callAs(site, 'admin', 'GET', `/wiki/api/v2/pages/${demo.pages.reviewQ4}`);
    const spaceId = (pageRes.body as { spaceId: string }).spaceId;
    const page = { id: demo.pages.reviewQ4, spaceId };
    const config = q4ReviewConfig(demo.pages.reviewQ3);
    const out = await invokeReviewMacro(host, 'member', page, config, 'getView');
    if (!out.ok) throw new Error(`${out.error}`);
    const view = out.data as { inputs: { d: { monitoring: unknown[] } } };
    expect(view.inputs.d.monitoring).toEqual([
      expect.objectContaining({ name: kpi.name, latest: null }),
      expect.objectContaining({
        name: 'AI literacy training completed (%)',
        target: 'At most 2',
        latest: { on: '2026-11-30', value: 91 },
        previous: { on: '2026-10-31', value: 82 },
      }),
    ]);
  });
});

describe('the competence requirements per AIMS role (7.2 a, A.4.6)', () => {
  const requirements = [
    { id: 'ai-risk-basics', role: 'manager', title: 'AI risk assessment training' },
    { id: 'iso-42001-auditing', role: 'auditor', title: 'ISO/IEC 42001 auditor qualification' },
  ];
  const stored = async () =>
    ((await invoke('member', 'getCompetenceRequirements')).data as { requirements: unknown[] })
      .requirements;

  it('starts from the demo’s requirements, one or more per AIMS role', async () => {
    const roles = new Set(((await stored()) as { role: string }[]).map((r) => r.role));
    expect([...roles].sort()).toEqual(['auditor', 'manager', 'member', 'topManagement']);
  });

  it('refuses a member, and nothing is stored', async () => {
    const before = await stored();
    const out = await invoke('member', 'saveCompetenceRequirements', { requirements });
    expect(out).toMatchObject({
      ok: false,
      error: 'You cannot change the competence requirements of the AIMS roles.',
    });
    expect(out.details?.join(' ')).toContain('aims-managers');
    expect(await stored()).toEqual(before);
  });

  it('refuses bad input from a manager with a clear message, and changes nothing', async () => {
    const before = await stored();
    const out = await invoke('manager', 'saveCompetenceRequirements', {
      requirements: [{ id: 'AI Risk', role: 'boss', title: '' }],
    });
    expect(out).toMatchObject({ ok: false, error: 'The request is not valid.' });
    const details = out.details?.join(' ') ?? '';
    expect(details).toContain('lower-case letters');
    expect(details).toContain('The role must be one of: manager, topManagement, auditor, member');
    expect(details).toContain('Describe the requirement');
    expect(await stored()).toEqual(before);
  });

  const idOf = async (path: string, name: string): Promise<string> => {
    const res = await callAs(site, 'admin', 'GET', path);
    const found = (res.body as { id: string; name: string }[]).find((x) => x.name === name);
    if (!found) throw new Error(`no ${name} at ${path}`);
    return found.id;
  };

  /** The options of "Competence requirements met" as Jira holds them (value → disabled). */
  const optionsOfMeets = async (): Promise<Record<string, boolean>> => {
    const fieldId = await idOf('/rest/api/3/field', 'Competence requirements met');
    const contexts = await callAs(site, 'admin', 'GET', `/rest/api/3/field/${fieldId}/context`);
    const contextId = (contexts.body as { values: { id: string }[] }).values[0]?.id ?? '';
    const options = await callAs(
      site,
      'admin',
      'GET',
      `/rest/api/3/field/${fieldId}/context/${contextId}/option`,
    );
    return Object.fromEntries(
      (options.body as { values: { value: string; disabled: boolean }[] }).values.map((o) => [
        o.value,
        o.disabled,
      ]),
    );
  };

  it('lets an AIMS manager set them; the record’s field offers exactly them, the old ones disabled', async () => {
    const out = await invoke('manager', 'saveCompetenceRequirements', { requirements });
    expect(out.ok).toBe(true);
    expect(await stored()).toEqual(requirements);
    const options = await optionsOfMeets();
    expect(options).toMatchObject({
      'AI risk assessment training [ai-risk-basics]': false,
      'ISO/IEC 42001 auditor qualification [iso-42001-auditing]': false,
      'AI impact assessment method [ai-impact-assessment]': true,
    });
    // Saving the same list again changes no option (idempotent).
    const again = await invoke('manager', 'saveCompetenceRequirements', { requirements });
    expect(again.data).toMatchObject({ sync: { optionsChanged: 0, recordsMigrated: 0 } });
    expect(await optionsOfMeets()).toEqual(options);
  });

  const reviewGapsAs = async (login: SeededLogin) => {
    const pageRes = await callAs(site, 'admin', 'GET', `/wiki/api/v2/pages/${demo.pages.reviewQ4}`);
    const page = {
      id: demo.pages.reviewQ4,
      spaceId: (pageRes.body as { spaceId: string }).spaceId,
    };
    const out = await invokeReviewMacro(
      host,
      login,
      page,
      q4ReviewConfig(demo.pages.reviewQ3),
      'getView',
    );
    if (!out.ok) throw new Error(`${out.error}`);
    return (out.data as { inputs: { d: { competence: { gaps?: unknown[] } } } }).inputs.d.competence
      .gaps;
  };

  it('shows the management review the gaps per role as counts, and a record closes one', async () => {
    expect(await reviewGapsAs('admin')).toEqual([
      { role: 'manager', requirement: requirements[0]?.title, missing: 2, of: 2 },
      { role: 'auditor', requirement: requirements[1]?.title, missing: 1, of: 1 },
    ]);

    const manager = SEEDED_USERS.find((u) => u.email === 'manager@example.com');
    const created = await callAs(site, 'manager', 'POST', '/rest/api/3/issue', {
      fields: {
        project: { key: 'AIMS' },
        issuetype: { id: await idOf('/rest/api/3/issuetype', 'Competence Record') },
        summary: 'AI risk assessment training: Morgan Manager',
        labels: ['aims-competence-req-ai-risk-basics'],
        [await idOf('/rest/api/3/field', 'Competent person')]: { accountId: manager?.accountId },
        [await idOf('/rest/api/3/field', 'Competence expiry')]: '2030-12-31',
      },
    });
    expect(created.status).toBe(201);
    searchVisibility(site.ctx).catchUp();

    // A record still marked only with the old label meets nothing until it is migrated …
    expect((await reviewGapsAs('admin'))?.[0]).toMatchObject({ missing: 2, of: 2 });
    const record = (created.body as { key: string }).key;

    // … which the next save of the requirements does (once: a second save migrates nothing).
    const saved = await invoke('manager', 'saveCompetenceRequirements', { requirements });
    expect(saved.data).toMatchObject({ sync: { recordsMigrated: 1, recordsNotMigrated: 0 } });
    const again = await invoke('manager', 'saveCompetenceRequirements', { requirements });
    expect(again.data).toMatchObject({ sync: { optionsChanged: 0, recordsMigrated: 0 } });
    const meetsId = await idOf('/rest/api/3/field', 'Competence requirements met');
    const migrated = await callAs(
      site,
      'admin',
      'GET',
      `/rest/api/3/issue/${record}?fields=${meetsId}`,
    );
    expect(
      (migrated.body as { fields: Record<string, { value: string }[]> }).fields[meetsId]?.map(
        (o) => o.value,
      ),
    ).toEqual(['AI risk assessment training [ai-risk-basics]']);
    searchVisibility(site.ctx).catchUp();

    const gaps = await reviewGapsAs('admin');
    expect(gaps?.[0]).toMatchObject({ missing: 1, of: 2 });
    // No names reach the review: only the counts.
    expect(JSON.stringify(gaps)).not.toContain('Morgan');
    expect(JSON.stringify(gaps)).not.toContain(manager?.accountId);

    // The overview shows the same gap per requirement, as the viewer.
    const view = (await invoke('admin', 'getCompetenceRequirements')).data as {
      gaps: { id: string; missing: number | null; of: number | null }[];
    };
    expect(view.gaps.find((g) => g.id === 'ai-risk-basics')).toMatchObject({ missing: 1, of: 2 });
  });
});
