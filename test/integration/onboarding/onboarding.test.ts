/**
 * The guided onboarding of the admin page, with the Forge host running the real app on an
 * installed site (Jira and Confluence): each step's state is read back as the admin; choosing or
 * creating the project, mapping the roles to Jira groups and creating the AIMS pages are safe to
 * re-run, refuse bad input in words and change nothing then, and refuse anyone but a Jira
 * administrator.
 */
import path from 'node:path';
import type { RunningSite } from '../../../emulator/core/site';
import { SEEDED_USERS } from '../../../emulator/core/users';
import type { ForgeHost } from '../../../emulator/forge-host';
import { createForgeHost } from '../../../emulator/forge-host';
import type { OnboardingStatus } from '../../../src/ui-contract/onboarding-view';
import { siteState } from '../../support/site-state';
import type { SeededLogin } from '../../support/test-site';
import { callAs, jsonOk, startTestSite } from '../../support/test-site';
import type { ResolverOutcome } from '../forge-host/fixture-host';
import { invokeFromFrame } from '../forge-host/fixture-host';

jest.setTimeout(300_000);

let site: RunningSite;
let host: ForgeHost;
let spaceId = '';

const invoke = (
  login: SeededLogin,
  functionKey: string,
  payload: Record<string, unknown> = {},
): Promise<ResolverOutcome> => invokeFromFrame(site, login, 'aims-admin', functionKey, payload);

async function data<T>(functionKey: string, payload: Record<string, unknown> = {}): Promise<T> {
  const out = await invoke('admin', functionKey, payload);
  if (!out.ok) throw new Error(`${functionKey}: ${out.error} ${(out.details ?? []).join('; ')}`);
  return out.data as T;
}

const status = () => data<OnboardingStatus>('getOnboarding');
const configuredProject = async () =>
  (await data<{ config: { projectKey: string } }>('getOverview')).config.projectKey;

interface PageAnswer {
  kind: string;
  pageId: string;
  title: string;
  created: boolean;
}

const pagesInSpace = async (): Promise<number> =>
  (
    await jsonOk<{ results: unknown[] }>(
      callAs(site, 'admin', 'GET', `/wiki/api/v2/spaces/${spaceId}/pages?limit=250`),
    )
  ).results.length;

beforeAll(async () => {
  host = createForgeHost({ appRoot: path.resolve(__dirname, '../../..') });
  site = await startTestSite([host]);
  const admin = SEEDED_USERS.find((u) => u.email === 'admin@example.com')?.accountId;
  await host.install(admin);
  await host.install(admin, { product: 'confluence' });
  await host.waitForIdle();
  const spaces = await jsonOk<{ results: { id: string }[] }>(
    callAs(site, 'admin', 'GET', '/wiki/api/v2/spaces?keys=AIMS'),
  );
  spaceId = spaces.results[0]?.id ?? '';
});

afterAll(async () => {
  await host?.waitForIdle();
  host?.close();
  await site?.close();
});

describe('where the onboarding stands, read back', () => {
  it('after install: the provisioned AIMS project, no saved matrix, a role group missing in Jira, no pages, the roadmap to do', async () => {
    const now = await status();
    expect(now.project).toEqual({
      key: 'AIMS',
      found: { key: 'AIMS', name: 'AI Management System', companyManaged: true },
    });
    expect(now.provisioned).toBe(true);
    expect(now.riskMatrixSaved).toBe(false);
    expect(now.roles).toContainEqual({
      configKey: 'topManagementGroup',
      group: 'aims-top-management',
      exists: false,
    });
    expect(now.roles).toContainEqual({
      configKey: 'managerGroup',
      group: 'aims-managers',
      exists: true,
    });
    expect(now.pages).toEqual({ spaceId: null, present: [] });
    expect(now.roadmapMissing).toBeGreaterThan(10);
    expect(now.board).toEqual({ board: null, problems: ['There is no AIMS board yet.'] });
  });
});

describe('step 1: the project', () => {
  it('lists the projects the admin can browse, company-managed or not', async () => {
    const found = await data<{ projects: { key: string; companyManaged: boolean }[] }>(
      'getProjects',
      { query: '' },
    );
    expect(found.projects).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'AIMS', companyManaged: true }),
        expect.objectContaining({ key: 'TEAM', companyManaged: false }),
      ]),
    );
  });

  it('refuses a team-managed project or one that does not exist, in words, and keeps the configuration', async () => {
    const team = await invoke('admin', 'chooseProject', { projectKey: 'TEAM' });
    expect(team).toMatchObject({ ok: false, error: expect.stringContaining('team-managed') });
    const none = await invoke('admin', 'chooseProject', { projectKey: 'NOPE' });
    expect(none).toMatchObject({
      ok: false,
      error: 'There is no Jira project NOPE that you can see.',
    });
    const bad = await invoke('admin', 'chooseProject', { projectKey: 'aims; drop' });
    expect(bad.ok).toBe(false);
    expect(bad.details?.join(' ')).toContain('A project key is 2–10 capital letters or digits');
    expect(await configuredProject()).toBe('AIMS');
  });

  it('uses a chosen company-managed project; choosing it again changes nothing', async () => {
    await data('chooseProject', { projectKey: 'DEMO' });
    expect(await configuredProject()).toBe('DEMO');
    const before = siteState(site);
    await data('chooseProject', { projectKey: 'DEMO' });
    expect(siteState(site)).toEqual(before);
    expect((await status()).provisioned).toBe(false);
    await data('chooseProject', { projectKey: 'AIMS' });
  });

  it('creates a company-managed project led by the admin, adopts it on a re-run, and refuses a key that is taken', async () => {
    const bad = await invoke('admin', 'createProject', { project: { key: '1X', name: 'x' } });
    expect(bad.ok).toBe(false);
    expect(bad.details).toEqual(
      expect.arrayContaining([
        expect.stringContaining('starts with a letter'),
        expect.stringContaining('at least 2 characters'),
      ]),
    );
    const created = await data<{ key: string; companyManaged: boolean }>('createProject', {
      project: { key: 'ONB', name: 'Onboarded AIMS' },
    });
    expect(created).toEqual({ key: 'ONB', name: 'Onboarded AIMS', companyManaged: true });
    const project = await jsonOk<{ lead: { accountId: string }; style: string }>(
      callAs(site, 'admin', 'GET', '/rest/api/3/project/ONB'),
    );
    expect(project.style).toBe('classic');
    expect(project.lead.accountId).toBe(SEEDED_USERS[0]?.accountId);
    expect(await configuredProject()).toBe('ONB');

    const before = siteState(site);
    await data('createProject', { project: { key: 'ONB', name: 'Onboarded AIMS' } });
    expect(siteState(site)).toEqual(before);

    const taken = await invoke('admin', 'createProject', {
      project: { key: 'DEMO', name: 'Another' },
    });
    expect(taken).toMatchObject({ ok: false, error: 'Project key DEMO is taken by “Demo”.' });
    await data('chooseProject', { projectKey: 'AIMS' });
  });

  it('refuses a member, and no project is created', async () => {
    const out = await invoke('member', 'createProject', {
      project: { key: 'MEM', name: 'Member project' },
    });
    expect(out).toMatchObject({
      ok: false,
      error: 'Only Jira administrators can create the AIMS project.',
    });
    const res = await callAs(site, 'admin', 'GET', '/rest/api/3/project/MEM');
    expect(res.status).toBe(404);
  });
});

describe('step 4: the roles', () => {
  /** The seeded groups, with the top management role given by `topManagementGroup`. */
  const roleGroups = (topManagementGroup: string) => ({
    managerGroup: 'aims-managers',
    topManagementGroup,
    auditorGroup: 'aims-auditors',
    memberGroup: 'jira-users',
  });

  it('finds Jira groups by part of their name', async () => {
    const found = await data<{ names: string[]; total: number }>('getGroups', { query: 'AIMS' });
    expect(found).toEqual({ names: ['aims-auditors', 'aims-managers'], total: 2 });
  });

  it('refuses a group Jira does not know, naming it, and keeps the roles', async () => {
    const before = siteState(site);
    const out = await invoke('admin', 'saveRoleGroups', roleGroups('board-of-directors'));
    expect(out).toMatchObject({
      ok: false,
      error: 'The AIMS roles were not saved: choose groups that exist in Jira.',
      details: [expect.stringContaining('“board-of-directors”')],
    });
    expect(siteState(site)).toEqual(before);
  });

  it('saves groups that exist; the step reads done; saving again changes nothing', async () => {
    const groups = roleGroups('aims-managers');
    await data('saveRoleGroups', groups);
    expect((await status()).roles.every((r) => r.exists)).toBe(true);
    const before = siteState(site);
    await data('saveRoleGroups', groups);
    expect(siteState(site)).toEqual(before);
  });

  it('refuses a member, and the roles stay', async () => {
    // "Make everyone an AIMS manager."
    const out = await invoke('member', 'saveRoleGroups', {
      ...roleGroups('jira-users'),
      managerGroup: 'jira-users',
    });
    expect(out).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Only Jira administrators/),
    });
    expect((await status()).roles.find((r) => r.configKey === 'managerGroup')?.group).toBe(
      'aims-managers',
    );
  });
});

describe('step 5: the AIMS pages in Confluence', () => {
  it('lists the spaces the admin can see', async () => {
    const found = await data<{ spaces: { id: string; key: string }[] }>('getSpaces');
    expect(found.spaces).toContainEqual(expect.objectContaining({ id: spaceId, key: 'AIMS' }));
  });

  it('refuses a space that is not one, in words, and creates nothing', async () => {
    const before = await pagesInSpace();
    const bad = await invoke('admin', 'createAimsPages', { spaceId: 'AIMS' });
    expect(bad.ok).toBe(false);
    expect(bad.details?.join(' ')).toContain('Choose a Confluence space');
    const unknown = await invoke('admin', 'createAimsPages', { spaceId: '987654321' });
    expect(unknown).toMatchObject({
      ok: false,
      error: 'There is no Confluence space with that id that you can see.',
    });
    const member = await invoke('member', 'createAimsPages', { spaceId });
    expect(member).toMatchObject({
      ok: false,
      error: 'Only Jira administrators can create the AIMS pages in Confluence.',
    });
    expect(await pagesInSpace()).toBe(before);
  });

  it('creates the four pages with the macros set up for the project, and records them', async () => {
    const before = await pagesInSpace();
    const made = await data<{ pages: PageAnswer[] }>('createAimsPages', { spaceId });
    expect(made.pages.map((p) => [p.kind, p.created])).toEqual([
      ['scope', true],
      ['policy', true],
      ['soa', true],
      ['review', true],
    ]);
    expect(await pagesInSpace()).toBe(before + 4);
    const soa = made.pages.find((p) => p.kind === 'soa');
    const page = await jsonOk<{ title: string; body: { atlas_doc_format: { value: string } } }>(
      callAs(
        site,
        'admin',
        'GET',
        `/wiki/api/v2/pages/${soa?.pageId}?body-format=atlas_doc_format`,
      ),
    );
    expect(page.title).toBe('Statement of Applicability (AIMS)');
    const macro = (
      JSON.parse(page.body.atlas_doc_format.value) as {
        content: { type: string; attrs?: { extensionKey?: string; parameters?: unknown } }[];
      }
    ).content.find((n) => n.type === 'extension');
    expect(macro?.attrs?.extensionKey).toBe(
      host.extensionKey('aims-soa').replace('ari:cloud:ecosystem::extension/', ''),
    );
    expect(macro?.attrs?.parameters).toMatchObject({
      guestParams: { projectKey: 'AIMS', includeOrganizationControls: true },
    });
    expect((await status()).pages).toEqual({
      spaceId,
      present: ['scope', 'policy', 'soa', 'review'],
    });
  });

  it('a re-run finds them and creates nothing; a deleted page is created again, alone', async () => {
    const first = await data<{ pages: PageAnswer[] }>('createAimsPages', { spaceId });
    expect(first.pages.every((p) => !p.created)).toBe(true);
    const policy = first.pages.find((p) => p.kind === 'policy');
    const deleted = await callAs(site, 'admin', 'DELETE', `/wiki/api/v2/pages/${policy?.pageId}`);
    expect(deleted.status).toBe(204);
    expect((await status()).pages.present).not.toContain('policy');
    const again = await data<{ pages: PageAnswer[] }>('createAimsPages', { spaceId });
    expect(again.pages.filter((p) => p.created).map((p) => p.kind)).toEqual(['policy']);
    expect((await status()).pages.present).toHaveLength(4);
  });
});
