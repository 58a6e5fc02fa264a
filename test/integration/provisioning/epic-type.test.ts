/**
 * The implementation roadmap's epics need the site's epic-level issue type in the AIMS project's
 * issue type scheme. Jira's REST API cannot create one (IssueTypeCreateBean.hierarchyLevel: -1 or
 * 0 only), so provisioning adopts the site's Epic and adds it to a scheme that lacks it.
 */
import type { RunningSite } from '../../../emulator/core/site';
import { DEFAULT_APP_CONFIG } from '../../../src/storage/app-config';
import { provision } from '../../../src/workflows/provisioning/provision';
import { callAs, startTestSite } from '../../support/test-site';
import { APP, adminJira, memoryStore } from './provisioning-helpers';

let site: RunningSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(() => site.close());

async function body<T>(method: string, path: string, payload?: unknown): Promise<T> {
  const res = await callAs(site, 'admin', method, path, payload);
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

type IssueType = { id: string; name: string; hierarchyLevel: number };

it('adds the site’s Epic to the AIMS project’s issue type scheme when it lacks it', async () => {
  const types = await body<IssueType[]>('GET', '/rest/api/3/issuetype');
  const task = types.find((t) => t.name === 'Task');
  const epic = types.find((t) => t.hierarchyLevel === 1);
  if (!task || !epic) throw new Error('the site has a Task and an Epic type');
  // Jira refuses to create an epic-level type through REST.
  const refused = await callAs(site, 'admin', 'POST', '/rest/api/3/issuetype', {
    name: 'Programme step',
    hierarchyLevel: 1,
  });
  expect(refused.status).toBe(400);

  const project = await body<{ id: string }>('GET', '/rest/api/3/project/AIMS');
  const scheme = await body<{ issueTypeSchemeId: string }>('POST', '/rest/api/3/issuetypescheme', {
    name: 'AIMS without epics',
    issueTypeIds: [task.id],
  });
  await body('PUT', '/rest/api/3/issuetypescheme/project', {
    issueTypeSchemeId: scheme.issueTypeSchemeId,
    projectId: project.id,
  });
  const inProject = async () =>
    (await body<IssueType[]>('GET', `/rest/api/3/issuetype/project?projectId=${project.id}`)).map(
      (t) => t.id,
    );
  expect(await inProject()).not.toContain(epic.id);

  const options = { jira: adminJira(site), config: DEFAULT_APP_CONFIG, app: APP };
  const plan = await provision({ ...options, store: memoryStore(), dryRun: true });
  expect(plan.changes).toContainEqual(
    expect.objectContaining({
      step: 'issue-types',
      target: "Issue type scheme 'AIMS without epics'",
      detail: expect.stringContaining(epic.name),
    }),
  );
  const store = memoryStore();
  await provision({ ...options, store, dryRun: false });
  expect(await inProject()).toContain(epic.id);
  expect((await store.load('AIMS'))?.epicIssueTypeId).toBe(epic.id);
});
