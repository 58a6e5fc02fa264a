/**
 * The Statement of Applicability macro end to end on the emulator, with the Forge host running
 * the real app: viewer-based visibility (manager vs member), approval bound to a page version
 * with a content hash, "changed since" after a Jira change, tamper detection, configuration
 * refusals, CSV, and the page's export_view.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RunningSite } from '../../../emulator/core/site';
import type { ForgeHost } from '../../../emulator/forge-host';
import { DEMO_SOA_CONFIG, soaPageBody } from '../../../emulator/seed/demo/demo-soa-page';
import { seedSoaDecisions } from '../../../emulator/seed/demo/demo-soa-page-issues';
import type { SeededLogin } from '../../support/test-site';
import { callAs, startTestSite } from '../../support/test-site';
import { bridge, registerFrame } from '../forge-host/fixture-host';
import type { SoaRow } from '../../../src/domain/soa';
import { SOA_RISKS_LISTED, soaContentHash } from '../../../src/domain/soa';
import type { SoaApprovalMeta } from '../../../src/macros/soa/soa-approval-record';
import {
  checkStoredApproval,
  newApprovalRecord,
  SOA_APPROVAL_PROPERTY_KEY,
  sealOf,
} from '../../../src/macros/soa/soa-approval-record';
import { adfDoc } from '../../../src/jira/aims-issue';
import { APP_ROOT, createAimsHost } from './policy-app-host';

jest.setTimeout(180_000);

let site: RunningSite;
let host: ForgeHost;
let spaceId: string;
let seeded: Awaited<ReturnType<typeof seedSoaDecisions>>;
let pageId: string;

async function ok<T = Record<string, unknown>>(
  p: Promise<{ status: number; body: unknown }>,
): Promise<T> {
  const res = await p;
  if (res.status >= 300) throw new Error(`HTTP ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as T;
}

interface Row {
  controlId: string;
  ref: string;
  recordKey: string | null;
  applicability: string;
  implementationStatus: string | null;
  risks: { key: string | null; title: string; levelLabel: string | null }[];
  riskCount?: number;
}
interface Section {
  groups: { id: string; rows: Row[] }[];
  totals: {
    applicable: number;
    implemented: number;
    excluded: number;
    undecided: number;
    justificationMissing: number;
    rows: number;
  };
  hidden: { controls: number; risks: number; total: number };
  shownRows: number;
}
interface View {
  configured: boolean;
  message?: string;
  page: { id: string; version: number };
  viewer: { canApprove: boolean; approveBlockers: string[] };
  live: Section & { contentHash: string };
  approval: {
    state: string;
    message?: string;
    pageVersion?: number;
    contentHash?: string;
    approvedBy?: { displayName: string };
    approved?: Section;
    changes?: { identical: boolean; items: { ref: string; change: string; fields: string[] }[] };
  };
  seal: { state: string; label: string; explanation: string } | null;
}
interface Outcome<T = View> {
  ok: boolean;
  data?: T;
  error?: string;
  details?: string[];
}

const rowsOf = (s: Section): Row[] => s.groups.flatMap((g) => g.rows);

/** The localId of the SoA macro on the pages this suite makes (soaPageBody's macro node). */
const SOA_LOCAL_ID = 'aims-soa-1';

/**
 * Invokes a resolver function through a frame of the page's SoA macro registered for `login`, as
 * the bridge does: the Forge host sets the context from the page (its saved config). A `config`
 * is the one the editor holds (`editorConfig`, page editors only); `null` or none: the saved one.
 */
async function macroCall<T = View>(
  login: SeededLogin,
  functionKey: string,
  payload: Record<string, unknown> = {},
  options: { config?: Record<string, unknown> | null; page?: string; configuring?: boolean } = {},
): Promise<Outcome<T>> {
  const { frameId } = await registerFrame(site, login, 'aims-soa', {
    pageId: options.page ?? pageId,
    localId: SOA_LOCAL_ID,
    ...(options.config ? { editorConfig: options.config } : {}),
    ...(options.configuring ? { entryPoint: 'config' as const } : {}),
  });
  const res = await bridge(site, login, frameId, 'invoke', { functionKey, payload });
  if (!res.ok) throw new Error(`bridge failed: ${JSON.stringify(res)}`);
  return res.result as Outcome<T>;
}

async function view(login: SeededLogin, payload: Record<string, unknown> = {}): Promise<View> {
  const out = await macroCall(login, 'getView', payload);
  if (!out.ok || !out.data) throw new Error(`getView failed: ${JSON.stringify(out)}`);
  return out.data;
}

async function createPage(
  title: string,
  config: Record<string, unknown> | undefined,
): Promise<string> {
  const page = await ok<{ id: string }>(
    callAs(site, 'admin', 'POST', '/wiki/api/v2/pages', {
      spaceId,
      status: 'current',
      title,
      body: {
        representation: 'atlas_doc_format',
        value: JSON.stringify(soaPageBody(host, config)),
      },
    }),
  );
  return page.id;
}

async function properties(id: string) {
  return ok<{
    results: { id: string; key: string; value: unknown; version: { number: number } }[];
  }>(callAs(site, 'admin', 'GET', `/wiki/api/v2/pages/${id}/properties`));
}

async function writeProperty(
  property: { id: string; key: string; version: { number: number } },
  value: unknown,
  id = pageId,
): Promise<void> {
  await ok(
    callAs(site, 'admin', 'PUT', `/wiki/api/v2/pages/${id}/properties/${property.id}`, {
      key: property.key,
      value,
      version: { number: property.version.number + 1 },
    }),
  );
}

/** Saves the page again as it is (a new Confluence version), as an editor would. */
async function editPage(id: string): Promise<void> {
  const page = await ok<{
    title: string;
    version: { number: number };
    body: { atlas_doc_format: { value: string } };
  }>(callAs(site, 'admin', 'GET', `/wiki/api/v2/pages/${id}?body-format=atlas_doc_format`));
  await ok(
    callAs(site, 'admin', 'PUT', `/wiki/api/v2/pages/${id}`, {
      id,
      status: 'current',
      title: page.title,
      body: { representation: 'atlas_doc_format', value: page.body.atlas_doc_format.value },
      version: { number: page.version.number + 1 },
    }),
  );
}

async function approveAsManager(page: string, reviewedHash: string): Promise<void> {
  const approved = await macroCall('manager', 'approve', { reviewedHash }, { page });
  expect(approved.ok).toBe(true);
}

async function exportHtml(login: SeededLogin, id = pageId): Promise<string> {
  return (
    await ok<{ body: { export_view: { value: string } } }>(
      callAs(site, login, 'GET', `/wiki/api/v2/pages/${id}?body-format=export_view`),
    )
  ).body.export_view.value;
}

async function fieldId(name: string): Promise<string> {
  const fields = await ok<{ id: string; name: string }[]>(
    callAs(site, 'admin', 'GET', '/rest/api/3/field'),
  );
  const id = fields.find((f) => f.name === name)?.id;
  if (!id) throw new Error(name);
  return id;
}

beforeAll(async () => {
  host = createAimsHost();
  site = await startTestSite([host]);
  await host.install(); // provisions the AIMS project through the app (38 AI Control issues)
  await host.install(undefined, { product: 'confluence' }); // connects Confluence (optional app)
  const spaces = await ok<{ results: { id: string }[] }>(
    callAs(site, 'admin', 'GET', '/wiki/api/v2/spaces?keys=AIMS'),
  );
  spaceId = spaces.results[0]?.id ?? '';
  seeded = await seedSoaDecisions(site);
  // The control behind A.6.2.8 is Confidential too: the member may not see it at all.
  const levels = await ok<{ levels: { id: string; name: string }[] }>(
    callAs(site, 'admin', 'GET', '/rest/api/3/project/AIMS/securitylevel'),
  );
  const confidential = levels.levels.find((l) => l.name === 'Confidential')?.id;
  await ok(
    callAs(site, 'admin', 'PUT', `/rest/api/3/issue/${seeded.controls.get('ISO42001:A.6.2.8')}`, {
      fields: { security: { id: confidential } },
    }),
  );
  pageId = await createPage('Statement of Applicability (test)', DEMO_SOA_CONFIG);
});

afterAll(async () => {
  host?.close();
  await site?.close();
});

describe('the live SoA, read as the viewer', () => {
  it('shows an AIMS manager all 38 Annex A controls grouped A.2–A.10 with decisions, owners and risks', async () => {
    const v = await view('manager');
    expect(v.configured).toBe(true);
    const rows = rowsOf(v.live);
    expect(rows.filter((r) => r.controlId.startsWith('ISO42001:'))).toHaveLength(38);
    expect(v.live.groups.map((g) => g.id)).toEqual([
      ...['A.2', 'A.3', 'A.4', 'A.5', 'A.6', 'A.7', 'A.8', 'A.9', 'A.10'].map(
        (r) => `ISO42001:${r}`,
      ),
      'ORG',
    ]);
    expect(rows.find((r) => r.controlId === 'ORG:red-team')?.risks.map((r) => r.key)).toEqual([
      seeded.openRisk,
    ]);
    expect(v.live.hidden).toEqual({ controls: 0, risks: 0, total: 0 });
    expect(v.live.totals).toMatchObject({
      applicable: 37,
      implemented: 14,
      excluded: 2,
      undecided: 0,
      justificationMissing: 0,
    });
    const a628 = rows.find((r) => r.ref === 'A.6.2.8');
    expect(a628?.risks).toEqual([
      expect.objectContaining({ key: seeded.confidentialRisk, levelLabel: 'Critical' }),
    ]);
    expect(rows.find((r) => r.ref === 'A.6.2.4')?.risks.map((r) => r.key)).toEqual([
      seeded.openRisk,
    ]);
    expect(v.viewer.canApprove).toBe(true);
  });

  it('hides from a member the Confidential control and risk, and says that rows are hidden', async () => {
    const v = await view('member');
    const text = JSON.stringify(v);
    expect(text).not.toContain(seeded.confidentialRisk);
    expect(text).not.toContain('Model extraction');
    expect(text).not.toContain(`"${seeded.controls.get('ISO42001:A.6.2.8')}"`);
    const rows = rowsOf(v.live);
    expect(rows.map((r) => r.ref)).not.toContain('A.6.2.8');
    expect(rows).toHaveLength(38); // 37 Annex A + 1 organization control
    // Risks hidden from the viewer are simply absent: counting them would need Jira read as the app.
    expect(v.live.hidden).toEqual({ controls: 1, risks: 0, total: 1 });
    expect(v.live.totals.applicable).toBe(36);
    expect(v.viewer.canApprove).toBe(false);
    expect(v.viewer.approveBlockers.join(' ')).toContain(
      'Only members of aims-managers (AIMS manager) can approve the Statement of Applicability.',
    );
  });

  it('filters by objective group and status on the server', async () => {
    const v = await view('manager', { objective: 'ISO42001:A.2', status: 'implemented' });
    expect(rowsOf(v.live).map((r) => r.ref)).toEqual(['A.2.2', 'A.2.4']);
    expect(v.live.totals.applicable).toBe(37); // totals stay those of the whole SoA
    const bad = await macroCall('manager', 'getView', { status: 'done-ish' });
    expect(bad.ok).toBe(false);
    expect(bad.details?.join(' ')).toContain('Status must be one of');
  });
});

describe('approval', () => {
  let approvedHash: string;
  let approvedVersion: number;

  it('is refused while a row is undecided or unjustified, naming how many and which; the view says so', async () => {
    const [applicability, justification] = [
      await fieldId('Applicability'),
      await fieldId('SoA justification'),
    ];
    const edit = (ref: string, fields: Record<string, unknown>) =>
      ok(callAs(site, 'admin', 'PUT', `/rest/api/3/issue/${seeded.controls.get(ref)}`, { fields }));
    await edit('ISO42001:A.4.5', { [applicability]: null });
    await edit('ISO42001:A.10.4', { [justification]: null });
    const unready =
      '2 rows are not ready: A.4.5 (undecided), A.10.4 (no justification). Every control needs a decision, included or excluded, with its justification (6.1.3 d).';
    const v = await view('manager');
    expect(v.viewer.canApprove).toBe(false);
    expect(v.viewer.approveBlockers).toEqual([unready]);
    // The server refuses it too, whatever the frame shows
    const refused = await macroCall('manager', 'approve', { reviewedHash: v.live.contentHash });
    expect(refused).toMatchObject({
      ok: false,
      error: 'You cannot approve this Statement of Applicability.',
      details: [unready],
    });
    expect((await properties(pageId)).results.map((p) => p.key)).not.toContain('aims-soa-approval');
    await edit('ISO42001:A.4.5', { [applicability]: { value: 'Included' } });
    await edit('ISO42001:A.10.4', {
      [justification]: adfDoc('We provide no AI system to customers; we only use AI internally.'),
    });
    expect((await view('manager')).viewer).toMatchObject({ canApprove: true, approveBlockers: [] });
  });

  it('is refused to a member and to a stale view, and freezes a snapshot with page version and hash for a manager', async () => {
    const before = await view('manager');
    const byMember = await macroCall('member', 'approve', {
      reviewedHash: before.live.contentHash,
    });
    expect(byMember).toMatchObject({
      ok: false,
      error: 'You cannot approve the Statement of Applicability.',
      details: [
        'Only members of aims-managers (AIMS manager) can approve the Statement of Applicability.',
      ],
    });
    const stale = await macroCall('manager', 'approve', {
      reviewedHash: `sha256:${'0'.repeat(64)}`,
    });
    expect(stale.ok).toBe(false);
    expect(stale.error).toContain('changed in Jira while you were reading it');
    expect((await properties(pageId)).results).toHaveLength(0);

    // An edit of the page first: the approval records the version current at approval time.
    await editPage(pageId);
    const approved = await macroCall<{ pageVersion: number; contentHash: string }>(
      'manager',
      'approve',
      { reviewedHash: before.live.contentHash },
    );
    expect(approved.ok).toBe(true);
    expect(approved.data?.pageVersion).toBe(2);
    expect(approved.data?.contentHash).toBe(before.live.contentHash);
    approvedHash = before.live.contentHash;
    approvedVersion = 2;

    const stored = (await properties(pageId)).results.find((p) => p.key === 'aims-soa-approval');
    expect(stored?.value).toMatchObject({
      schemaVersion: 1,
      current: {
        pageId,
        pageVersion: 2,
        contentHash: approvedHash,
        approvedBy: { displayName: expect.any(String) },
        rowCount: 39,
      },
    });
    const after = await view('manager');
    expect(after.approval).toMatchObject({
      state: 'valid',
      pageVersion: 2,
      contentHash: approvedHash,
      changes: { identical: true, items: [] },
    });
    expect(after.seal).toMatchObject({ state: 'verified', label: 'Verified' });
  });

  it('after a change in Jira, shows the approved version as approved and lists the change separately', async () => {
    const status = await fieldId('Implementation status');
    await ok(
      callAs(site, 'admin', 'PUT', `/rest/api/3/issue/${seeded.controls.get('ISO42001:A.3.3')}`, {
        fields: { [status]: { value: 'In progress' } },
      }),
    );
    const v = await view('manager');
    expect(v.live.contentHash).not.toBe(approvedHash);
    expect(rowsOf(v.live).find((r) => r.ref === 'A.3.3')?.implementationStatus).toBe('in-progress');
    expect(v.approval.state).toBe('valid');
    expect(v.approval.pageVersion).toBe(approvedVersion);
    expect(
      rowsOf(v.approval.approved as Section).find((r) => r.ref === 'A.3.3')?.implementationStatus,
    ).toBe('planned');
    expect(v.approval.changes).toEqual({
      identical: false,
      items: [
        {
          controlId: 'ISO42001:A.3.3',
          ref: 'A.3.3',
          title: 'Reporting of concerns',
          change: 'changed',
          fields: ['implementationStatus'],
        },
      ],
    });
  });

  it('shows a member the approved version without the rows and risks hidden from them', async () => {
    const v = await view('member');
    expect(v.approval.state).toBe('valid');
    const text = JSON.stringify(v);
    expect(text).not.toContain(seeded.confidentialRisk);
    // The Confidential risk was only on the Confidential control's row, which is left out whole.
    expect(v.approval.approved?.hidden).toEqual({ controls: 1, risks: 0, total: 1 });
    expect(rowsOf(v.approval.approved as Section).map((r) => r.ref)).not.toContain('A.6.2.8');
    expect(v.approval.changes?.items.map((c) => c.ref)).toEqual(['A.3.3']);
  });

  it('detects a snapshot changed outside the app and never shows it as approved', async () => {
    const rowsProperty = (await properties(pageId)).results.find(
      (p) => p.key === 'aims-soa-approval-rows-1',
    );
    if (!rowsProperty) throw new Error('no rows property');
    const value = rowsProperty.value as { rows: { ref: string; applicability: string }[] };
    const a104 = value.rows.find((r) => r.ref === 'A.10.4');
    if (a104) a104.applicability = 'included';
    await ok(
      callAs(site, 'admin', 'PUT', `/wiki/api/v2/pages/${pageId}/properties/${rowsProperty.id}`, {
        key: rowsProperty.key,
        value,
        version: { number: rowsProperty.version.number + 1 },
      }),
    );
    const v = await view('manager');
    expect(v.approval).toEqual({
      state: 'tampered',
      message: 'The approved snapshot does not match its hash: it was changed outside the app',
      history: [],
    });
    const csv = await macroCall<{ csv: string }>('manager', 'getCsv', { version: 'approved' });
    expect(csv).toMatchObject({
      ok: false,
      error: 'There is no valid approved version to download.',
    });

    // A new approval replaces it, and the history notes what happened to the old one.
    const again = await macroCall('manager', 'approve', { reviewedHash: v.live.contentHash });
    expect(again.ok).toBe(true);
    const meta = (await properties(pageId)).results.find((p) => p.key === 'aims-soa-approval')
      ?.value as { history: { note?: string }[] };
    expect(meta.history[0]?.note).toContain('changed outside the app');
    expect((await view('manager')).approval.state).toBe('valid');
    expect((await view('manager')).seal?.state).toBe('verified');
  });

  it('detects an editor who rewrites the approval and recomputes its SHA-256 hashes', async () => {
    const stored = (await properties(pageId)).results;
    const rowsProperty = stored.find((p) => p.key === 'aims-soa-approval-rows-1');
    const metaProperty = stored.find((p) => p.key === 'aims-soa-approval');
    if (!rowsProperty || !metaProperty) throw new Error('no approval properties');
    const chunk = rowsProperty.value as { index: number; rows: SoaRow[] };
    const meta = metaProperty.value as SoaApprovalMeta;
    // The editor marks an excluded control as included, then makes every hash agree again.
    const rows = chunk.rows.map((r) =>
      r.ref === 'A.10.4' ? { ...r, applicability: 'included' as const } : r,
    );
    const others = stored
      .filter((p) => p.key.startsWith('aims-soa-approval-rows-') && p.key !== rowsProperty.key)
      .sort((a, b) => a.key.localeCompare(b.key))
      .flatMap((p) => (p.value as { rows: SoaRow[] }).rows);
    const { sealHash, chunkCount, ...facts } = meta.current;
    void sealHash;
    const forgedFacts = { ...facts, contentHash: soaContentHash([...rows, ...others]) };
    const forged = {
      ...meta,
      current: { ...forgedFacts, chunkCount, sealHash: sealOf(forgedFacts) },
    };
    expect(
      checkStoredApproval(forged, [
        { ...chunk, rows },
        ...stored
          .filter((p) => p.key.startsWith('aims-soa-approval-rows-') && p.key !== rowsProperty.key)
          .map((p) => p.value),
      ]).state,
    ).toBe('valid');
    await writeProperty(rowsProperty, { ...chunk, rows });
    await writeProperty(metaProperty, forged);

    const v = await view('manager');
    expect(v.seal).toMatchObject({ state: 'tampered', label: 'Tampered / seal missing' });
    expect(v.approval.state).toBe('tampered');
    expect(v.approval.message).toContain('changed outside the app');
    expect((await view('member')).seal?.state).toBe('tampered');
    const html = await exportHtml('admin');
    expect(html).toContain('Seal: Tampered / seal missing.');
    expect(html).not.toContain('Approved totals');
  });

  it('detects an approval deleted from the history, and a rewrite stays evident after approving again', async () => {
    // The page rewritten above stays flagged: its history still holds the forged approval.
    const current = await view('manager');
    const again = await macroCall('manager', 'approve', { reviewedHash: current.live.contentHash });
    expect(again.ok).toBe(true);
    expect((await view('manager')).seal?.state).toBe('tampered');

    const fresh = await createPage('SoA (three approvals)', DEMO_SOA_CONFIG);
    for (let i = 0; i < 3; i += 1) await approveAsManager(fresh, current.live.contentHash);
    const sealOfFresh = async () =>
      (await macroCall('manager', 'getView', {}, { page: fresh })).data?.seal;
    expect(await sealOfFresh()).toMatchObject({ state: 'verified' });
    const metaProperty = (await properties(fresh)).results.find(
      (p) => p.key === 'aims-soa-approval',
    );
    if (!metaProperty) throw new Error('no approval');
    const meta = metaProperty.value as SoaApprovalMeta;
    expect(meta.history).toHaveLength(2);
    await writeProperty(metaProperty, { ...meta, history: meta.history.slice(0, 1) }, fresh);
    const seal = await sealOfFresh();
    expect(seal).toMatchObject({ state: 'tampered', label: 'Tampered / seal missing' });
    expect(seal?.explanation).toContain('removed outside the app');
  });

  it('says "changed since approval" once the page is edited after an approval', async () => {
    const current = await view('manager');
    // Approve a page, then edit it.
    const fresh = await createPage('SoA (changed since approval)', DEMO_SOA_CONFIG);
    await approveAsManager(fresh, current.live.contentHash);
    expect((await macroCall('manager', 'getView', {}, { page: fresh })).data?.seal?.state).toBe(
      'verified',
    );
    await editPage(fresh);
    const edited = (await macroCall('manager', 'getView', {}, { page: fresh })).data;
    expect(edited?.seal).toMatchObject({ state: 'changed', label: 'Changed since approval' });
    expect(edited?.approval.state).toBe('valid');
  });

  it('shows "seal missing" for an approval stored before approvals were sealed', async () => {
    const legacyPage = await createPage('SoA (approved before sealing)', DEMO_SOA_CONFIG);
    const approved = (await view('manager')).live;
    const rows = rowsOf(approved);
    const record = newApprovalRecord(
      {
        approvedBy: { accountId: 'legacy-approver', displayName: 'Earlier approver' },
        approvedAt: '2026-01-05T10:00:00.000Z',
        pageId: legacyPage,
        pageVersion: 1,
        projectKey: 'AIMS',
        includeOrganizationControls: true,
        ownerNames: {},
      },
      rows as unknown as SoaRow[],
      { state: 'none' },
    );
    for (const [index, chunk] of record.chunks.entries())
      await ok(
        callAs(site, 'admin', 'POST', `/wiki/api/v2/pages/${legacyPage}/properties`, {
          key: `aims-soa-approval-rows-${index + 1}`,
          value: { index, rows: chunk },
        }),
      );
    await ok(
      callAs(site, 'admin', 'POST', `/wiki/api/v2/pages/${legacyPage}/properties`, {
        key: 'aims-soa-approval',
        value: record.meta,
      }),
    );
    const v = (await macroCall('manager', 'getView', {}, { page: legacyPage })).data;
    expect(v?.seal).toMatchObject({ state: 'missing', label: 'Tampered / seal missing' });
    expect(v?.seal?.explanation).toContain('Seal missing');
  });
});

describe('configuration', () => {
  it('a missing or bad configuration is refused with a message and nothing is saved', async () => {
    const bare = await createPage('SoA without settings', undefined);
    const v = await macroCall('manager', 'getView', {}, { config: null, page: bare });
    expect(v.ok).toBe(true);
    expect(v.data?.configured).toBe(false);
    expect(v.data?.message).toMatch(
      /^This Statement of Applicability is not configured: no settings are saved yet/,
    );

    const bad = await macroCall(
      'manager',
      'checkConfig',
      { config: { projectKey: 'not a key', includeOrganizationControls: 'perhaps' } },
      { page: bare, configuring: true },
    );
    expect(bad.ok).toBe(false);
    expect(bad.details).toEqual([
      'Jira project must be a project key like AIMS',
      'Include organization controls must be yes or no',
    ]);
    const good = await macroCall<{ config: unknown }>(
      'manager',
      'checkConfig',
      { config: { projectKey: 'AIMS' } },
      { page: bare, configuring: true },
    );
    expect(good).toEqual({
      ok: true,
      data: { config: { projectKey: 'AIMS', includeOrganizationControls: true } },
    });

    const unprovisioned = await macroCall(
      'manager',
      'getView',
      {},
      { config: { projectKey: 'DEMO' }, page: bare },
    );
    expect(unprovisioned.ok).toBe(false);
    expect(unprovisioned.error).toContain(
      'The Jira project DEMO is not set up for the AIMS app yet',
    );
    const approve = await macroCall(
      'manager',
      'approve',
      { reviewedHash: `sha256:${'1'.repeat(64)}` },
      { config: { projectKey: 'aims' }, page: bare },
    );
    expect(approve.ok).toBe(false);
    expect(approve.error).toContain('not configured');
    expect((await properties(bare)).results).toHaveLength(0);
  });
});

describe('CSV and export', () => {
  it('downloads what is shown as RFC 4180 CSV', async () => {
    const out = await macroCall<{ filename: string; csv: string }>('manager', 'getCsv', {});
    expect(out.ok).toBe(true);
    const csv = out.data?.csv ?? '';
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'Control,Title,Objective,Applicability,Justification,Implementation status,Owner,Risks,Evidence',
    );
    expect(lines.filter((l) => l.startsWith('ISO42001:A.'))).toHaveLength(38);
    expect(csv).toContain('"Clause 5.2 needs an AI policy; ours is the ""AI Policy"" page."');
    const filtered = await macroCall<{ csv: string }>('member', 'getCsv', {
      objective: 'ISO42001:A.6',
    });
    expect(filtered.data?.csv.split('\r\n').filter((l) => l.startsWith('ISO42001:'))).toHaveLength(
      8,
    );
    expect(filtered.data?.csv).not.toContain(seeded.confidentialRisk);
  });

  it('export_view (no reader: Forge passes exportType and the extension context only) shows the approval the page stores, counts only, the same for everyone', async () => {
    // A page approved and never touched since (this suite tampers with the first one above).
    const exported = await createPage('SoA (export)', DEMO_SOA_CONFIG);
    const live = (await macroCall('manager', 'getView', {}, { page: exported })).data;
    const approved = await macroCall(
      'manager',
      'approve',
      { reviewedHash: live?.live.contentHash },
      { page: exported },
    );
    expect(approved.ok).toBe(true);
    const exportAs = (login: SeededLogin) => exportHtml(login, exported);
    const html = await exportAs('admin');
    expect(html).toContain(
      'Seal: Verified. </strong>This approved Statement of Applicability is exactly as it was approved',
    );
    expect(html).toContain('Approval: </strong>approved by');
    expect(html).toMatch(/Approved totals: <\/strong>Applicable: \d+ · Implemented: \d+/);
    expect(html).toContain('Live data on the page');
    expect(html).not.toContain('could not be exported');
    // Nothing read from Jira: no rows, no risk, no issue — not even to an admin who may see them.
    expect(html).not.toContain('ISO42001:A.2.2');
    expect(html).not.toContain(seeded.confidentialRisk);
    expect(html).not.toContain('Model extraction');
    expect(html).not.toMatch(/\bAIMS-\d+\b/);
    expect(await exportAs('member')).toBe(html);
    if (process.env.AIMS_WRITE_EXAMPLES === '1') {
      fs.mkdirSync(path.join(APP_ROOT, 'docs/examples'), { recursive: true });
      fs.writeFileSync(path.join(APP_ROOT, 'docs/examples/soa-export-view.html'), html);
    }
  });
  it('the view and export_view read the approval past the 50 properties shown with the page', async () => {
    // 60 other properties first: the approval's properties come after the page's first 50.
    const crowded = await createPage('SoA (crowded export)', DEMO_SOA_CONFIG);
    for (let i = 0; i < 60; i += 1) {
      await ok(
        callAs(site, 'admin', 'POST', `/wiki/api/v2/pages/${crowded}/properties`, {
          key: `other-app-${i}`,
          value: i,
        }),
      );
    }
    const live = (await macroCall('manager', 'getView', {}, { page: crowded })).data;
    const approved = await macroCall(
      'manager',
      'approve',
      { reviewedHash: live?.live.contentHash },
      { page: crowded },
    );
    expect(approved.ok).toBe(true);
    const after = (await macroCall('manager', 'getView', {}, { page: crowded })).data;
    expect(after?.approval.state).toBe('valid');
    expect(after?.seal?.state).toBe('verified');
    const html = await exportHtml('admin', crowded);
    expect(html).toContain('Seal: Verified. </strong>');
    expect(html).toContain('Approval: </strong>approved by');
    expect(html).toMatch(/Approved totals: <\/strong>Applicable: \d+ · Implemented: \d+/);
  });
});

describe('an approval whose risk counts include risks it does not list', () => {
  it('keeps the restricted ones in the seal and tells each viewer how many of them they cannot see', async () => {
    const control = seeded.controls.get('ISO42001:A.9.2') ?? '';
    const types = await ok<{ id: string; name: string }[]>(
      callAs(site, 'admin', 'GET', '/rest/api/3/issuetype'),
    );
    const riskType = types.find((t) => t.name === 'AI Risk')?.id;
    // One more risk than a row lists: the last by key is counted, not listed — and Confidential.
    const created = await ok<{ issues: { key: string }[] }>(
      callAs(site, 'admin', 'POST', '/rest/api/3/issue/bulk', {
        issueUpdates: Array.from({ length: SOA_RISKS_LISTED + 1 }, (_, i) => ({
          fields: {
            project: { key: 'AIMS' },
            issuetype: { id: riskType },
            summary: `Counted risk ${i + 1}`,
          },
        })),
      }),
    );
    const keys = created.issues.map((i) => i.key);
    for (const risk of keys) {
      await ok(
        callAs(site, 'admin', 'POST', '/rest/api/3/issueLink', {
          type: { name: 'AIMS Mitigates' },
          inwardIssue: { key: control },
          outwardIssue: { key: risk },
        }),
      );
    }
    const unlisted = keys[keys.length - 1] ?? '';
    const levels = await ok<{ levels: { id: string; name: string }[] }>(
      callAs(site, 'admin', 'GET', '/rest/api/3/project/AIMS/securitylevel'),
    );
    await ok(
      callAs(site, 'admin', 'PUT', `/rest/api/3/issue/${unlisted}`, {
        fields: { security: { id: levels.levels.find((l) => l.name === 'Confidential')?.id } },
      }),
    );
    const page = await createPage('SoA (counted, not listed)', DEMO_SOA_CONFIG);
    const live = await view('manager', {});
    const row = rowsOf(live.live).find((r) => r.ref === 'A.9.2');
    expect(row?.riskCount).toBeGreaterThan(row?.risks.length ?? 0);
    expect(row?.risks.map((r) => r.key)).not.toContain(unlisted);
    await approveAsManager(page, live.live.contentHash);

    const approvalFor = async (login: SeededLogin) =>
      (await macroCall<View>(login, 'getView', {}, { page })).data?.approval;
    // The manager counted it and may see it: nothing to say.
    expect(await approvalFor('manager')).toMatchObject({ state: 'valid', countedUnseen: 0 });
    // The member may not: told how many, never which (the key is nowhere in the answer).
    const forMember = await approvalFor('member');
    expect(forMember).toMatchObject({ state: 'valid', countedUnseen: 1 });
    expect(JSON.stringify(forMember)).not.toContain(unlisted);
    // Kept inside the sealed facts: an editor who removes it breaks the app's seal.
    const props = await properties(page);
    const meta = props.results.find((p) => p.key === SOA_APPROVAL_PROPERTY_KEY);
    const stored = meta?.value as { current: { restrictedCountedKeys?: string[] } };
    expect(stored.current.restrictedCountedKeys).toEqual([unlisted]);
  });
});
