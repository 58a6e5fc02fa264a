/**
 * The "AIMS scope and context" macro end to end on the emulator, with the Forge host running the
 * real app: configuration (only checked; one scope per AIMS), the owner a manager sets, the owner's
 * structured entries and their refusals, approval bound to the page version and the content (never
 * by the owner or the author of the version), the AI systems in scope as each viewer sees them in
 * Jira, and export_view (no reader: what the page stores, the AI systems left out).
 */
import type { RunningSite } from '../../../emulator/core/site';
import type { ForgeHost } from '../../../emulator/forge-host';
import { DemoJira } from '../../../emulator/seed/demo/demo-jira';
import { seededAccountId } from '../../../emulator/seed/demo/demo-review-pages';
import {
  initialScopeContent,
  revisedScopeContent,
} from '../../../emulator/seed/demo/demo-scope-content';
import { demoScopeConfig, scopePageBody } from '../../../emulator/seed/demo/demo-scope-page';
import { callAs, startTestSite } from '../../support/test-site';
import { macroPages, ok } from './macro-page-fixture';
import { createAimsHost } from './policy-app-host';

jest.setTimeout(180_000);

let site: RunningSite;
let host: ForgeHost;
let spaceId: string;
let scope: ReturnType<typeof macroPages>;
let systems: { visible: string[]; confidential: string };

const createPage = (title: string, config?: Record<string, unknown>) =>
  scope.createPage(title, scopePageBody(host, config ?? {}), config !== undefined);

interface ScopeViewData {
  configured: boolean;
  status: string;
  changedSinceApproval: boolean;
  isApprovedVersion: boolean;
  content: { revision: number; contentHash: string; value: Record<string, unknown> } | null;
  contentShown: string;
  changesSinceApproval: { issues: { title: string; change: string; details: string[] }[] } | null;
  aiSystems: {
    available: boolean;
    items: { key: string }[];
    more: { total: number; jql: string } | null;
  };
  owner: { accountId: string } | null;
  viewer: { canApprove: boolean; approveBlockers: string[]; setOwnerBlockers: string[] };
}

const viewOf = async (
  login: 'admin' | 'manager' | 'auditor' | 'member',
  pageId: string,
  payload = {},
) => (await scope.call(login, pageId, 'getView', payload)).data as unknown as ScopeViewData;

beforeAll(async () => {
  host = createAimsHost();
  site = await startTestSite([host]);
  await host.install(seededAccountId('admin'));
  await host.install(seededAccountId('admin'), { product: 'confluence' }); // connects Confluence (optional app)
  await host.waitForIdle();
  const spaces = await ok<{ results: { id: string }[] }>(
    callAs(site, 'admin', 'GET', '/wiki/api/v2/spaces?keys=AIMS'),
  );
  spaceId = spaces.results[0]?.id ?? '';
  scope = macroPages(site, spaceId, 'aims-scope-context', 'aims-scope-context-1');
  const jira = await DemoJira.connect(site);
  const inScope = { inScope: 'Yes' };
  const visible = [
    await jira.create('manager', 'AI System', 'Credit scoring model', inScope),
    await jira.create('manager', 'AI System', 'Customer support chatbot', inScope),
  ];
  // Marked out of scope in the inventory: never listed.
  await jira.create('manager', 'AI System', 'Office spell checker', { inScope: 'No' });
  const confidential = await jira.create('manager', 'AI System', 'Fraud detection model', inScope, {
    security: { id: jira.confidentialLevelId },
  });
  systems = { visible, confidential };
  await host.waitForIdle();
});

afterAll(async () => {
  await host?.waitForIdle();
  host?.close();
  await site?.close();
});

describe('configuration', () => {
  it('refuses a bad configuration and a project that is not an AIMS, saving nothing', async () => {
    const pageId = await createPage('Unconfigured scope');
    const view = await scope.call('admin', pageId, 'getView');
    expect(view.data).toMatchObject({ configured: false });
    expect(String(view.data?.message)).toMatch(/^This macro is not configured: /);
    const bad = await scope.call(
      'admin',
      pageId,
      'saveConfig',
      {
        config: {
          documentReference: '',
          reviewIntervalMonths: 0,
          projectKey: 'aims',
        },
      },
      { configuring: true },
    );
    expect(bad.ok).toBe(false);
    expect(bad.details).toEqual(
      expect.arrayContaining([
        'Document ID is required',
        'Review interval (months) must be between 1 and 60',
        'Jira project of the AIMS must be a project key like AIMS',
      ]),
    );
    const notAims = await scope.call(
      'admin',
      pageId,
      'saveConfig',
      { config: { ...demoScopeConfig(), projectKey: 'NOPE' } },
      { configuring: true },
    );
    expect(notAims.details).toEqual(['The Jira project NOPE is not set up as an AIMS project.']);
    expect(await scope.property(pageId, 'aims-scope-control')).toBeUndefined();
  });
});

describe('the scope and context under document control', () => {
  let pageId: string;

  it('settings are only checked; a manager sets the owner, which makes the page the AIMS’s one scope page', async () => {
    pageId = await createPage('AIMS scope (test)');
    const config = demoScopeConfig();
    const saved = await scope.call(
      'admin',
      pageId,
      'saveConfig',
      { config },
      { configuring: true },
    );
    expect(saved.ok).toBe(true);
    expect(await scope.property(pageId, 'aims-scope-control')).toBeUndefined();
    // An owner in the settings (any page editor can change them) counts for nothing.
    const withOwner = { ...config, ownerAccountId: seededAccountId('member') };
    expect(await scope.submitConfig(pageId, withOwner)).toBe(2);
    expect((await viewOf('member', pageId)).owner).toBeNull();
    const early = await scope.call('member', pageId, 'saveContent', {
      content: initialScopeContent(),
      baseRevision: 0,
    });
    expect(early.error).toBe(
      'This AIMS scope and context has no document owner yet: an AIMS manager who can edit the page sets the owner first (Document owner → Set owner).',
    );
    const byMember = await scope.call('member', pageId, 'setOwner', {
      ownerAccountId: seededAccountId('member'),
    });
    expect(byMember).toMatchObject({
      ok: false,
      error: 'You cannot set the owner of the AIMS scope and context.',
      details: [
        'Only members of aims-managers (AIMS manager) can set the owner of the AIMS scope and context.',
      ],
    });
    expect((await viewOf('member', pageId)).viewer.setOwnerBlockers).toEqual(byMember.details);
    const set = await scope.call('manager', pageId, 'setOwner', {
      ownerAccountId: seededAccountId('admin'),
    });
    expect(set).toMatchObject({ ok: true, data: { recordedAtVersion: 2 } });
    expect((await viewOf('auditor', pageId)).owner).toMatchObject({
      accountId: seededAccountId('admin'),
    });

    const second = await createPage('Another scope page', config);
    const refusal =
      'The AIMS of project AIMS already has its scope and context on the page "AIMS scope (test)". An AIMS has one scope: change that page, or delete it first.';
    const refused = await scope.call(
      'admin',
      second,
      'saveConfig',
      { config },
      { configuring: true },
    );
    expect(refused.error).toBe(refusal);
    const secondOwner = await scope.call('manager', second, 'setOwner', {
      ownerAccountId: seededAccountId('admin'),
    });
    expect(secondOwner.error).toBe(refusal);
    expect(await scope.property(second, 'aims-scope-control')).toBeUndefined();
  });

  it('refuses entries from anyone but the owner, an exclusion without justification, and climate change undecided', async () => {
    const byManager = await scope.call('manager', pageId, 'saveContent', {
      content: initialScopeContent(),
      baseRevision: 0,
    });
    expect(byManager).toMatchObject({
      ok: false,
      error: 'Only the document owner can change the scope and context.',
    });

    const unjustified = initialScopeContent();
    const exclusions = [{ id: 'exc-x', what: 'Marketing copy generator', justification: '' }];
    const noJustification = await scope.call('admin', pageId, 'saveContent', {
      content: { ...unjustified, scope: { ...unjustified.scope, exclusions } },
      baseRevision: 0,
    });
    expect(noJustification).toMatchObject({
      ok: false,
      error: 'The scope and context was not saved.',
      details: [
        'The exclusion of "Marketing copy generator" needs a justification: say why it is outside the scope of the AIMS (item 1)',
      ],
    });

    const undecided = await scope.call('admin', pageId, 'saveContent', {
      content: {
        ...initialScopeContent(),
        climateChange: { relevant: null, note: 'Not sure yet.' },
      },
      baseRevision: 0,
    });
    expect(undecided.details).toEqual([
      'Decide whether climate change is a relevant issue for the AIMS (yes or no)',
    ]);
    expect(await scope.property(pageId, 'aims-scope-context')).toBeUndefined();
    expect((await viewOf('auditor', pageId)).content).toBeNull();
  });

  it('keeps the owner’s entries, and refuses a change made from an outdated revision', async () => {
    const saved = await scope.call('admin', pageId, 'saveContent', {
      content: initialScopeContent(),
      baseRevision: 0,
    });
    expect(saved).toMatchObject({ ok: true, data: { revision: 1, changed: true } });
    const stale = await scope.call('admin', pageId, 'saveContent', {
      content: revisedScopeContent(),
      baseRevision: 0,
    });
    expect(stale.error).toContain('it is now at revision 1, you edited revision 0');
    const view = await viewOf('auditor', pageId);
    expect(view).toMatchObject({ status: 'draft', content: { revision: 1 } });
    expect(view.content?.value).toMatchObject({
      climateChange: { relevant: false },
      aiRoles: { roles: ['provider', 'customer'] },
    });
  });

  it('approval: not by the owner, not by a member, only of the content reviewed; then bound to version and content', async () => {
    const { content } = await viewOf('manager', pageId);
    const hash = content?.contentHash ?? '';
    const byOwner = await scope.call('admin', pageId, 'approve', {
      reviewedVersion: 2,
      reviewedContentHash: hash,
    });
    expect(byOwner.details).toContain(
      'The document owner cannot approve their own scope and context; another manager must approve it.',
    );
    const byMember = await scope.call('member', pageId, 'approve', {
      reviewedVersion: 2,
      reviewedContentHash: hash,
    });
    expect(byMember).toMatchObject({
      ok: false,
      error: 'You cannot approve the AIMS scope and context.',
      details: [
        'Only members of aims-managers (AIMS manager) can approve the AIMS scope and context.',
      ],
    });
    const otherContent = await scope.call('manager', pageId, 'approve', {
      reviewedVersion: 2,
      reviewedContentHash: `sha256:${'0'.repeat(64)}`,
    });
    expect(otherContent.error).toBe(
      'The AIMS scope and context changed while you were reviewing it. Review the current content and approve again.',
    );
    const approved = await scope.call('manager', pageId, 'approve', {
      reviewedVersion: 2,
      reviewedContentHash: hash,
    });
    expect(approved).toMatchObject({ ok: true, data: { approvedVersion: 2 } });
    expect(await viewOf('auditor', pageId)).toMatchObject({
      status: 'approved',
      isApprovedVersion: true,
      changedSinceApproval: false,
      changesSinceApproval: null,
    });
  });

  it('a change of the entries reopens it, names what changed, and old versions show what they had', async () => {
    const saved = await scope.call('admin', pageId, 'saveContent', {
      content: revisedScopeContent(),
      baseRevision: 1,
    });
    expect(saved.ok).toBe(true);
    const view = await viewOf('auditor', pageId);
    expect(view).toMatchObject({
      status: 'draft',
      changedSinceApproval: true,
      isApprovedVersion: false,
    });
    expect(view.changesSinceApproval?.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          title: 'Climate change',
          change: 'changed',
          details: ['Relevant: no → yes', 'Note changed'],
        }),
        expect.objectContaining({
          title: 'Move to a managed model-training platform',
          change: 'removed',
        }),
      ]),
    );
    // An edit of the page text: version 3; version 2 still shows its document control.
    expect(await scope.editPage(pageId, 'A sentence added after the revision.')).toBe(3);
    const v2 = await viewOf('auditor', pageId, { pageVersion: 2 });
    expect(v2).toMatchObject({
      status: 'draft',
      changedSinceApproval: true,
      contentShown: 'current',
    });
  });

  it('an old version approved with other entries shows the approved entries', async () => {
    const { content } = await viewOf('manager', pageId);
    const approved = await scope.call('manager', pageId, 'approve', {
      reviewedVersion: 3,
      reviewedContentHash: content?.contentHash ?? '',
    });
    expect(approved.ok).toBe(true);
    expect(await scope.editPage(pageId, 'Porto joins.')).toBe(4);
    const revised = revisedScopeContent();
    const moved = await scope.call('admin', pageId, 'saveContent', {
      content: {
        ...revised,
        scope: { ...revised.scope, locations: [...revised.scope.locations, 'Porto'] },
      },
      baseRevision: 2,
    });
    expect(moved.ok).toBe(true);

    const v3 = await viewOf('auditor', pageId, { pageVersion: 3 });
    expect(v3).toMatchObject({
      status: 'approved',
      isApprovedVersion: true,
      contentShown: 'approved',
    });
    expect((v3.content?.value as { scope: { locations: string[] } }).scope.locations).not.toContain(
      'Porto',
    );
    const now = await viewOf('auditor', pageId);
    expect(now).toMatchObject({
      status: 'draft',
      changedSinceApproval: true,
      contentShown: 'current',
    });
    expect(now.changesSinceApproval?.issues).toEqual([
      expect.objectContaining({
        title: 'Scope of the AIMS (4.3)',
        details: ['Locations added: Porto'],
      }),
    ]);
  });

  it('lists the AI systems marked in scope in the inventory, as each viewer sees them', async () => {
    const asManager = await viewOf('manager', pageId);
    expect(asManager.aiSystems).toMatchObject({
      available: true,
      filteredByInScope: true,
      more: null,
    });
    expect(asManager.aiSystems.items.map((i) => i.key)).toEqual(
      [...systems.visible, systems.confidential].sort(),
    );
    const asMember = await viewOf('member', pageId);
    expect(asMember.aiSystems).toMatchObject({ available: true, more: null });
    expect(asMember.aiSystems.items.map((i) => i.key)).toEqual(systems.visible);
  });

  it('export_view (no reader) renders the entries the page stores and leaves the AI systems, Jira issues, out', async () => {
    const html = await scope.exportView('member', pageId);
    expect(html).toContain('Document control (ISO/IEC 42001 7.5)');
    expect(html).toContain('AIMS-SCOPE-001');
    expect(html).toContain('Scope of the AIMS (ISO/IEC 42001 4.3)');
    expect(html).toContain('Code completion assistant used by developers');
    expect(html).toContain('A heat wave in July 2026');
    expect(html).toContain('Works council');
    // People are mentions: Confluence shows each reader the name (the app read no names).
    expect(html).toContain('@Ada Admin');
    expect(html).toContain('Live data on the page');
    for (const name of [
      'Credit scoring model',
      'Customer support chatbot',
      'Fraud detection model',
    ])
      expect(html).not.toContain(name);
    expect(html).not.toContain('could not be exported');
    expect(await scope.exportView('admin', pageId)).toBe(html);
  });

  it('is not approved by the author of the page version, even a manager who does not own it', async () => {
    const version = await scope.editPage(pageId, 'The manager adds a sentence.', 'manager');
    const { content, viewer } = await viewOf('manager', pageId);
    const authorRule = `You wrote version ${version} of this page; someone who did not write it must approve it (the app's rule: nobody approves their own text).`;
    expect(viewer).toMatchObject({ canApprove: false });
    expect(viewer.approveBlockers).toContain(authorRule);
    const byAuthor = await scope.call('manager', pageId, 'approve', {
      reviewedVersion: version,
      reviewedContentHash: content?.contentHash ?? '',
    });
    expect(byAuthor).toMatchObject({ ok: false, details: [authorRule] });
    expect(await viewOf('auditor', pageId)).toMatchObject({ status: 'draft' });
  });
});
