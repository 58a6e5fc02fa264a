/**
 * One app across Jira and Confluence (app-compatibility, storage-reference/kvs Partitioning): the
 * real AIMS app with its manifest (Jira required, Confluence optional) is ONE installation —
 * installed into Jira, then connected to Confluence, its macros unavailable until then — and the
 * same app with the OLD manifest (no app.compatibility) is two installations whose storage and
 * product access are apart, which breaks the macros.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import type { RunningSite } from '../../../emulator/core/site';
import type { ForgeHost } from '../../../emulator/forge-host';
import { createForgeHost } from '../../../emulator/forge-host';
import { seededAccountId } from '../../../emulator/seed/demo/demo-review-pages';
import { DEMO_SOA_CONFIG, soaPageBody } from '../../../emulator/seed/demo/demo-soa-page';
import { ACTIVE_PROJECT_KEY, PROVISIONING_RUN_KEY } from '../../../src/storage/kvs-keys';
import { basicAuth, callAs, startTestSite } from '../../support/test-site';
import { bridge, registerFrame } from './fixture-host';

jest.setTimeout(120_000);

const APP_ROOT = path.resolve(__dirname, '../../..');
const admin = seededAccountId('admin');

/** manifest.yml as it was before app.compatibility was declared. */
function manifestWithoutCompatibility(): string {
  const manifest = parse(fs.readFileSync(path.join(APP_ROOT, 'manifest.yml'), 'utf8')) as {
    app: Record<string, unknown>;
  };
  delete manifest.app.compatibility;
  const file = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'aims-old-manifest-')),
    'manifest.yml',
  );
  fs.writeFileSync(file, stringify(manifest));
  return file;
}

async function frameStatus(site: RunningSite, moduleKey: string, where: object) {
  const res = await fetch(`${site.url}/forge/frames`, {
    method: 'POST',
    headers: { authorization: basicAuth('admin'), 'content-type': 'application/json' },
    body: JSON.stringify({ moduleKey, ...where }),
  });
  return { status: res.status, body: (await res.json()) as { error?: { message: string } } };
}

async function soaPage(
  site: RunningSite,
  host: ForgeHost,
): Promise<{ id: string; spaceId: string }> {
  const spaces = await callAs(site, 'admin', 'GET', '/wiki/api/v2/spaces?keys=AIMS');
  const spaceId = (spaces.body as { results: { id: string }[] }).results[0]?.id ?? '';
  const page = await callAs(site, 'admin', 'POST', '/wiki/api/v2/pages', {
    spaceId,
    status: 'current',
    title: `SoA ${Date.now()}`,
    body: {
      representation: 'atlas_doc_format',
      value: JSON.stringify(soaPageBody(host, DEMO_SOA_CONFIG)),
    },
  });
  return { id: (page.body as { id: string }).id, spaceId };
}

/** Where the SoA frame is shown: the page and the macro's localId (the host reads its config). */
const soaExtension = (page: { id: string; spaceId: string }) => ({
  pageId: page.id,
  localId: 'aims-soa-1',
});

/** requestConfluence from the issue panel (a Jira module) for a page, as its viewer. */
async function confluenceFromIssuePanel(site: RunningSite, pageId: string) {
  const { frameId } = await registerFrame(site, 'admin', 'aims-issue-panel', {
    issueKey: 'AIMS-1',
  });
  return bridge(site, 'admin', frameId, 'fetchProduct', {
    product: 'confluence',
    restPath: `/wiki/api/v2/pages/${pageId}`,
  });
}

interface Outcome {
  ok: boolean;
  data?: { configured: boolean; live?: { totals: { rows: number } } };
  error?: string;
  details?: string[];
}

async function soaView(site: RunningSite, page: { id: string; spaceId: string }): Promise<Outcome> {
  const { frameId } = await registerFrame(site, 'admin', 'aims-soa', soaExtension(page));
  const res = await bridge(site, 'admin', frameId, 'invoke', {
    functionKey: 'getView',
    payload: {},
  });
  if (!res.ok) throw new Error(`bridge failed: ${JSON.stringify(res)}`);
  return res.result as Outcome;
}

describe('with app.compatibility (Jira required, Confluence optional): one installation', () => {
  let site: RunningSite;
  let host: ForgeHost;

  beforeAll(async () => {
    host = createForgeHost({ appRoot: APP_ROOT });
    site = await startTestSite([host]);
  });

  afterAll(async () => {
    await host.waitForIdle();
    host.close();
    await site.close();
  });

  it('refuses to connect Confluence before the app is installed into Jira', async () => {
    await expect(host.install(admin, { product: 'confluence' })).rejects.toThrow(
      /Install the app into Jira \(its required Atlassian app\) before connecting it to Confluence/,
    );
    const panel = await frameStatus(site, 'aims-issue-panel', { issueKey: 'AIMS-1' });
    expect(panel.status).toBe(404);
    expect(panel.body.error?.message).toMatch(/not installed in Jira/);
  });

  it('installs into Jira first: provisioning runs, the macros are not available yet', async () => {
    expect(await host.install(admin)).toEqual({ ran: true });
    expect(await host.storage('jira').get({ kind: 'kv' }, ACTIVE_PROJECT_KEY)).toBeDefined();
    const macro = await frameStatus(site, 'aims-soa', { pageId: '1', localId: 'aims-soa-1' });
    expect(macro.status).toBe(404);
    expect(macro.body.error?.message).toMatch(/not connected to Confluence on this site yet/);
    // A Jira module of the same installation cannot call Confluence yet either.
    const page = await soaPage(site, host);
    const call = await confluenceFromIssuePanel(site, page.id);
    expect(call.result).toMatchObject({ status: 401 });
    expect(JSON.parse((call.result as { body: string }).body)).toMatchObject({
      message: expect.stringMatching(/not connected to Confluence on this site yet/),
    });
    expect(() => host.storage('confluence')).toThrow(/not connected to Confluence/);
    // A page exported meanwhile shows no macro content (the app is not in Confluence yet).
    const exported = await callAs(
      site,
      'admin',
      'GET',
      `/wiki/api/v2/pages/${page.id}?body-format=export_view`,
    );
    const html = (exported.body as { body: { export_view: { value: string } } }).body.export_view
      .value;
    expect(html).toContain('<div class="forge-macro-export"></div>');
  });

  it('connects Confluence to the same installation: one storage, macros read Jira', async () => {
    expect(await host.install(admin, { product: 'confluence' })).toEqual({ ran: true });
    expect(await host.install(admin, { product: 'confluence' })).toEqual({ ran: false });
    expect(host.storage('confluence')).toBe(host.storage('jira'));
    const page = await soaPage(site, host);
    const call = await confluenceFromIssuePanel(site, page.id);
    expect(call.result).toMatchObject({ status: 200 });
    const view = await soaView(site, page);
    expect(view).toMatchObject({ ok: true, data: { configured: true } });
    expect(view.data?.live?.totals.rows).toBeGreaterThanOrEqual(38);
  });
});

describe('the OLD manifest (no app.compatibility): one installation per product', () => {
  let site: RunningSite;
  let host: ForgeHost;

  beforeAll(async () => {
    host = createForgeHost({
      appRoot: APP_ROOT,
      manifestPath: manifestWithoutCompatibility(),
      faults: { retryTimeScale: 0 }, // the queued provisioning's retries do not wait
    });
    site = await startTestSite([host]);
    expect(await host.install(admin, { product: 'jira' })).toEqual({ ran: true });
  });

  afterAll(async () => {
    await host.waitForIdle();
    host.close();
    await site.close();
  });

  it('installs into Confluence separately: the install trigger there cannot reach Jira', async () => {
    expect(await host.install(admin, { product: 'confluence' })).toEqual({ ran: true });
    await host.waitForIdle();
    // Its install trigger queued provisioning in the Confluence installation, which cannot reach Jira.
    const run = host.storage('confluence').get({ kind: 'kv' }, PROVISIONING_RUN_KEY)?.value;
    expect(run).toMatchObject({
      status: 'failed',
      failure: { details: [expect.stringMatching(/401 - INSTALLATION_NOT_FOUND/)] },
    });
    // Installed all the same (a failing trigger does not undo an install), with its own storage.
    expect(host.storage('confluence')).not.toBe(host.storage('jira'));
    expect(await host.storage('jira').get({ kind: 'kv' }, ACTIVE_PROJECT_KEY)).toBeDefined();
    expect(
      await host.storage('confluence').get({ kind: 'kv' }, ACTIVE_PROJECT_KEY),
    ).toBeUndefined();
  });

  it("breaks the macros: they see none of Jira's KVS state and their Jira reads are refused", async () => {
    const page = await soaPage(site, host);
    const { frameId } = await registerFrame(site, 'admin', 'aims-soa', soaExtension(page));
    const jira = await bridge(site, 'admin', frameId, 'fetchProduct', {
      product: 'jira',
      restPath: '/rest/api/3/myself',
    });
    expect(jira.result).toMatchObject({ status: 401 });
    expect(JSON.parse((jira.result as { body: string }).body)).toMatchObject({
      message: expect.stringMatching(
        /without app\.compatibility each Atlassian app has its own installation/,
      ),
    });
    // The macro's own installation has none of the provisioning state Jira's installation saved.
    const view = await soaView(site, page);
    expect(view).toMatchObject({
      ok: false,
      error: expect.stringMatching(/is not set up for the AIMS app/),
    });
  });
});
