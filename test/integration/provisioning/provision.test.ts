/**
 * Provisioning straight against the emulator's Jira REST (as the site admin): a dry run changes
 * nothing, a run creates everything, a second run changes nothing, and a run interrupted half-way
 * resumes to the same end state without duplicates.
 */
import type { RunningSite } from '../../../emulator/core/site';
import { DEFAULT_APP_CONFIG } from '../../../src/storage/app-config';
import { provision } from '../../../src/workflows/provisioning/provision';
import { callAs, startTestSite } from '../../support/test-site';
import { APP, adminJira, memoryStore } from './provisioning-helpers';

async function jiraConfiguration(site: RunningSite): Promise<unknown> {
  const [types, fields, links, workflows, controls, screens, screenSchemes, itss, itssItems] =
    await Promise.all([
      callAs(site, 'admin', 'GET', '/rest/api/3/issuetype'),
      callAs(site, 'admin', 'GET', '/rest/api/3/field'),
      callAs(site, 'admin', 'GET', '/rest/api/3/issueLinkType'),
      callAs(site, 'admin', 'GET', '/rest/api/3/workflows/search?maxResults=200'),
      callAs(site, 'admin', 'POST', '/rest/api/3/search/approximate-count', {
        jql: 'project = AIMS AND issuetype = "AI Control"',
      }),
      callAs(site, 'admin', 'GET', '/rest/api/3/screens?maxResults=100'),
      callAs(site, 'admin', 'GET', '/rest/api/3/screenscheme?maxResults=100'),
      callAs(site, 'admin', 'GET', '/rest/api/3/issuetypescreenscheme?maxResults=100'),
      callAs(site, 'admin', 'GET', '/rest/api/3/issuetypescreenscheme/mapping?maxResults=100'),
    ]);
  return {
    types: types.body,
    fields: fields.body,
    links: links.body,
    workflows: workflows.body,
    controls: controls.body,
    screens: screens.body,
    screenSchemes: screenSchemes.body,
    issueTypeScreenSchemes: [itss.body, itssItems.body],
  };
}

describe('provisioning on the emulator', () => {
  let site: RunningSite;
  beforeEach(async () => {
    site = await startTestSite();
  });
  afterEach(() => site.close());

  it('previews every change in a dry run without changing Jira', async () => {
    const before = await jiraConfiguration(site);
    const store = memoryStore();
    const result = await provision({
      jira: adminJira(site),
      config: DEFAULT_APP_CONFIG,
      app: APP,
      store,
      dryRun: true,
    });
    const targets = result.changes.map((c) => c.target);
    expect(targets).toContain("Issue type 'Nonconformity'");
    expect(targets).toContain("Field 'Correction and containment'");
    expect(targets).toContain("Link type 'AIMS Raises'");
    expect(targets).toContain("Workflow 'AIMS Nonconformity (ISO 42001 10.2)'");
    expect(targets).toContain('38 AI Control issues (Annex A)');
    expect(await jiraConfiguration(site)).toEqual(before);
    expect(store.saved).toBe(0);
  });

  it('creates everything once; a second run changes nothing', async () => {
    const store = memoryStore();
    const first = await provision({
      jira: adminJira(site),
      config: DEFAULT_APP_CONFIG,
      app: APP,
      store,
      dryRun: false,
    });
    expect(first.changes.filter((c) => c.action === 'create').length).toBeGreaterThan(50);
    expect(Object.keys(first.state.controls)).toHaveLength(38);
    const configured = await jiraConfiguration(site);
    expect(configured).toMatchObject({ controls: { count: 38 } });

    const again = adminJira(site);
    const second = await provision({
      jira: again,
      config: DEFAULT_APP_CONFIG,
      app: APP,
      store,
      dryRun: false,
    });
    expect(second.changes).toEqual([]);
    expect(again.writes).toBe(0);
    expect(await jiraConfiguration(site)).toEqual(configured);
  });

  it('resumes a run interrupted half-way and ends where an uninterrupted run ends, with no duplicates', async () => {
    const store = memoryStore();
    await expect(
      provision({
        jira: adminJira(site, 30),
        config: DEFAULT_APP_CONFIG,
        app: APP,
        store,
        dryRun: false,
      }),
    ).rejects.toThrow('connection lost');
    const partial = await store.load('AIMS');
    expect(partial?.completedAt).toBeUndefined();
    // The project is the active one as soon as provisioning has found it, failure or not.
    expect(store.active).toBe('AIMS');

    const resumed = await provision({
      jira: adminJira(site),
      config: DEFAULT_APP_CONFIG,
      app: APP,
      store,
      dryRun: false,
    });
    expect(resumed.state.completedAt).toBeDefined();
    // The interrupted run saved each item it made: the resumed one neither makes nor adopts them.
    const resumedTargets = resumed.changes.map((c) => c.target);
    expect(resumedTargets).not.toContain("Issue type 'Nonconformity'");
    expect(resumedTargets).toContain('38 AI Control issues (Annex A)');

    const types = (await callAs(site, 'admin', 'GET', '/rest/api/3/issuetype')).body as {
      name: string;
    }[];
    expect(types.filter((t) => t.name === 'Nonconformity')).toHaveLength(1);
    const fields = (await callAs(site, 'admin', 'GET', '/rest/api/3/field')).body as {
      name: string;
    }[];
    expect(fields.filter((f) => f.name === 'Root cause')).toHaveLength(1);
    expect(await jiraConfiguration(site)).toMatchObject({ controls: { count: 38 } });
    const third = adminJira(site);
    expect(
      (await provision({ jira: third, config: DEFAULT_APP_CONFIG, app: APP, store, dryRun: false }))
        .changes,
    ).toEqual([]);
    expect(third.writes).toBe(0);
  });
});
