/**
 * What Forge guarantees about a Custom UI call's context, and no more (docs/decisions/0007): the
 * resolver's context is the product's — the module, and the issue or page and saved macro
 * configuration the product rendered for the signed-in user — whatever the browser sends. What it
 * does not guarantee: anyone signed in may open any module and invoke its functions, and a person
 * who can edit a page chooses its macros' configuration (in the editor).
 */
import type { RunningSite } from '../../../emulator/core/site';
import { confluenceModels } from '../../../emulator/confluence';
import type { ForgeHost } from '../../../emulator/forge-host';
import { DemoMacro, introAndMacro } from '../../../emulator/seed/demo/demo-pages';
import { createSpace, readOnlySpace } from '../../support/spaces';
import { callAs } from '../../support/test-site';
import { anIssueKey, bridge, registerFrame, requestFrame, startFixtureSite } from './fixture-host';

let site: RunningSite;
let host: ForgeHost;
const MACRO = new DemoMacro('fixture-macro', 'fixture-macro-1');
const SAVED = { colour: 'blue', projectKey: 'AIMS' };
let pageId: string;
let hiddenPageId: string;
let readOnlyPageId: string;

async function createPage(spaceId: string, title: string): Promise<string> {
  const res = await callAs(site, 'admin', 'POST', '/wiki/api/v2/pages', {
    spaceId,
    status: 'current',
    title,
    body: {
      representation: 'atlas_doc_format',
      value: JSON.stringify(introAndMacro('A page with the macro.', MACRO.node(host, SAVED))),
    },
  });
  if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  return (res.body as { id: string }).id;
}

/** The extension context the resolver receives in a frame. */
async function resolverContext(
  login: 'admin' | 'manager' | 'member',
  frameId: string,
): Promise<Record<string, unknown>> {
  const res = await bridge(site, login, frameId, 'invoke', {
    functionKey: 'extensionContext',
    payload: {},
  });
  return (res.result as { extension: Record<string, unknown> }).extension;
}

beforeAll(async () => {
  ({ site, host } = await startFixtureSite());
  const aims = confluenceModels(site.ctx).spaces.byKey('AIMS')!;
  const hidden = createSpace(site, 'MGMT', { readerGroups: ['aims-managers'] });
  const readOnly = readOnlySpace(site, 'RO');
  pageId = await createPage(aims.id, 'Macro page');
  hiddenPageId = await createPage(hidden.id, 'Managers page');
  readOnlyPageId = await createPage(readOnly.id, 'Read-only page');
});

afterAll(async () => {
  await host.waitForIdle();
  host.close();
  await site.close();
});

describe('the browser names the place; the product sets the context', () => {
  it('refuses a frame request that carries its own extension context (devtools-style forgery)', async () => {
    const forged = await requestFrame(site, 'member', 'fixture-macro', {
      pageId,
      localId: MACRO.localId,
      extension: { type: 'macro', content: { id: hiddenPageId }, config: { colour: 'red' } },
    });
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain('extension');
  });

  it('gives a macro frame the page it is on and the configuration saved in the page, read as the user', async () => {
    const frame = await registerFrame(site, 'member', 'fixture-macro', {
      pageId,
      localId: MACRO.localId,
    });
    const extension = await resolverContext('member', frame.frameId);
    expect(extension).toMatchObject({
      type: 'macro',
      content: { id: pageId, type: 'page' },
      space: { key: 'AIMS' },
      config: SAVED,
      isEditing: false,
      macro: { isConfiguring: false },
    });
    // getContext (which the browser may alter for itself) says the same.
    const context = await bridge(site, 'member', frame.frameId, 'getContext', null);
    expect(context.result).toMatchObject({ localId: MACRO.localId, extension: { config: SAVED } });
  });

  it('refuses a page the user cannot view, and a macro that is not on the page', async () => {
    const hidden = await requestFrame(site, 'member', 'fixture-macro', {
      pageId: hiddenPageId,
      localId: MACRO.localId,
    });
    expect(hidden.status).toBe(404);
    const elsewhere = await requestFrame(site, 'member', 'fixture-macro', {
      pageId,
      localId: 'not-on-this-page',
    });
    expect(elsewhere.status).toBe(404);
    const wrongModule = await requestFrame(site, 'member', 'fixture-panel', {
      pageId,
      localId: MACRO.localId,
    });
    expect(wrongModule.status).toBe(400);
    // A manager may view the managers' page, so the product shows them its macro.
    const manager = await registerFrame(site, 'manager', 'fixture-macro', {
      pageId: hiddenPageId,
      localId: MACRO.localId,
    });
    expect(await resolverContext('manager', manager.frameId)).toMatchObject({
      content: { id: hiddenPageId },
    });
  });

  it('lets only people who can edit the page choose the configuration (the editor)', async () => {
    const chosen = { colour: 'red', projectKey: 'OTHER' };
    const byViewer = await requestFrame(site, 'member', 'fixture-macro', {
      pageId: readOnlyPageId,
      localId: MACRO.localId,
      editorConfig: chosen,
    });
    expect(byViewer.status).toBe(403);
    expect(await byViewer.text()).toContain('Only people who can edit page');
    const byEditor = await registerFrame(site, 'admin', 'fixture-macro', {
      pageId: readOnlyPageId,
      localId: MACRO.localId,
      editorConfig: chosen,
    });
    expect(await resolverContext('admin', byEditor.frameId)).toMatchObject({
      config: chosen,
      isEditing: true,
    });
    // In space AIMS everyone who may view may edit: the member has the editor there.
    const byMemberEditor = await registerFrame(site, 'member', 'fixture-macro', {
      pageId,
      localId: MACRO.localId,
      editorConfig: chosen,
    });
    expect(await resolverContext('member', byMemberEditor.frameId)).toMatchObject({
      config: chosen,
    });
  });

  it('gives an issue module the issue as Jira shows it to the user, and needs one', async () => {
    const issueKey = await anIssueKey(site);
    const frame = await registerFrame(site, 'member', 'fixture-panel', { issueKey });
    const extension = await resolverContext('member', frame.frameId);
    expect(extension).toMatchObject({
      type: 'jira:issuePanel',
      issue: { key: issueKey, type: 'Task', id: expect.any(String), typeId: expect.any(String) },
      project: { key: 'DEMO', id: expect.any(String), type: 'software' },
    });
    expect((await requestFrame(site, 'member', 'fixture-panel', {})).status).toBe(400);
    expect(
      (await requestFrame(site, 'member', 'fixture-panel', { issueKey: 'NOPE-1' })).status,
    ).toBe(404);
  });
});
