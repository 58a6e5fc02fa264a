/**
 * What a real site asks of provisioning, on the emulator (as strict as Jira Cloud): every AIMS
 * field on its type's screen (Jira sets no field off the screen: the app without screens is
 * refused), a project that already has issues switched to the AIMS workflows with its issues in
 * valid statuses, and a team-managed project refused before anything changes.
 */
import type { RunningSite } from '../../../emulator/core/site';
import { Refusal } from '../../../src/domain/refusal';
import { DEFAULT_APP_CONFIG } from '../../../src/storage/app-config';
import {
  emptyProvisioningState,
  PROVISIONING_STEPS,
  provision,
} from '../../../src/workflows/provisioning/provision';
import type { StepContext } from '../../../src/workflows/provisioning/provisioning-context';
import { callAs, startTestSite } from '../../support/test-site';
import { APP, adminJira, memoryStore } from './provisioning-helpers';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are read as loose JSON in assertions
type Loose = any;

let site: RunningSite;
beforeEach(async () => {
  site = await startTestSite();
});
afterEach(() => site.close());

async function get(path: string): Promise<Loose> {
  const res = await callAs(site, 'admin', 'GET', path);
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function typeId(name: string): Promise<string> {
  const types = (await get('/rest/api/3/issuetype')) as { id: string; name: string }[];
  const found = types.find((t) => t.name === name);
  if (!found) throw new Error(`no issue type ${name}`);
  return found.id;
}

async function createmetaNames(project: string, type: string): Promise<string[]> {
  const meta = await get(
    `/rest/api/3/issue/createmeta/${project}/issuetypes/${await typeId(type)}?maxResults=200`,
  );
  return meta.fields.map((f: { name: string }) => f.name);
}

describe('screens', () => {
  it("give each AIMS issue type its own fields, in the order of its record's steps", async () => {
    await provision({
      jira: adminJira(site),
      config: DEFAULT_APP_CONFIG,
      app: APP,
      store: memoryStore(),
      dryRun: false,
    });
    expect(await createmetaNames('AIMS', 'Audit Finding')).toEqual([
      'Issue Type',
      'Project',
      'Parent',
      'Summary',
      'Description',
      'Finding grade',
      'ISO 42001 reference',
      'Assignee',
      'Reporter',
      'Due date',
      'Priority',
      'Labels',
      'Security Level',
    ]);
    const risk = await createmetaNames('AIMS', 'AI Risk');
    expect(risk.slice(3, 9)).toEqual([
      'Summary',
      'Description',
      'ISO 42001 reference',
      'AI risk sources',
      'Assignee',
      'Reporter',
    ]);
    expect(risk).toEqual(expect.arrayContaining(['Likelihood', 'Residual risk accepted by']));
    expect(risk).not.toContain('Effectiveness verdict');
    // The screen's tabs follow the steps of the record.
    const screens = await get('/rest/api/3/screens?queryString=AIMS%20Nonconformity%20screen');
    const tabs = await get(`/rest/api/3/screens/${screens.values[0].id}/tabs`);
    expect(tabs.map((t: { name: string }) => t.name)).toEqual([
      'Nonconformity',
      'React (10.2 a)',
      'Causes (10.2 b)',
      'Effectiveness (10.2 d, e)',
    ]);
    // The project's other issue types keep the Default Screen.
    expect(await createmetaNames('AIMS', 'Task')).not.toContain('Finding grade');
  });

  it('are what Jira needs: without them (the app before screens) creating the controls is refused', async () => {
    const store = memoryStore();
    const state = emptyProvisioningState('AIMS', new Date());
    const ctx: StepContext = {
      jira: adminJira(site),
      config: DEFAULT_APP_CONFIG,
      app: APP,
      dryRun: false,
      state,
      store,
      now: () => new Date(),
      record: () => undefined,
      checkpoint: async () => undefined,
    };
    const before = PROVISIONING_STEPS.filter((s) => !s.name.startsWith('screen'));
    const controls = before.pop();
    for (const step of before) await step.run(ctx);
    expect(controls?.name).toBe('annex-a-controls');
    await expect(controls?.run(ctx)).rejects.toThrow(
      `Field '${state.fields.isoReference}' cannot be set. It is not on the appropriate screen, or unknown.`,
    );
  });
});

describe('a project that already has issues', () => {
  it('is switched to the AIMS workflows, its issues moved to valid statuses', async () => {
    // DEMO has a Task and a Bug; a team there already tracks an "AI Risk", in progress.
    const created = await callAs(site, 'admin', 'POST', '/rest/api/3/issuetype', {
      name: 'AI Risk',
      hierarchyLevel: 0,
    });
    const demo = await get('/rest/api/3/project/DEMO');
    const scheme = await get(`/rest/api/3/issuetypescheme/project?projectId=${demo.id}`);
    await callAs(
      site,
      'admin',
      'PUT',
      `/rest/api/3/issuetypescheme/${scheme.values[0].issueTypeScheme.id}/issuetype`,
      { issueTypeIds: [(created.body as { id: string }).id] },
    );
    const risk = await callAs(site, 'admin', 'POST', '/rest/api/3/issue', {
      fields: {
        project: { key: 'DEMO' },
        issuetype: { name: 'AI Risk' },
        summary: 'Chatbot gives medical advice',
      },
    });
    const riskKey = (risk.body as { key: string }).key;
    await callAs(site, 'admin', 'POST', `/rest/api/3/issue/${riskKey}/transitions`, {
      transition: { id: '21' },
    });

    const config = { ...DEFAULT_APP_CONFIG, projectKey: 'DEMO' };
    const plan = await provision({
      jira: adminJira(site),
      config,
      app: APP,
      store: memoryStore(),
      dryRun: true,
    });
    expect(plan.changes).toContainEqual(
      expect.objectContaining({
        step: 'workflow-scheme',
        target: 'Project DEMO',
        detail: expect.stringContaining("switch to 'AIMS workflow scheme (DEMO)'"),
      }),
    );
    const store = memoryStore();
    const result = await provision({
      jira: adminJira(site),
      config,
      app: APP,
      store,
      dryRun: false,
    });
    expect(result.state.completedAt).toBeDefined();
    expect(result.state.workflowSchemeSwitchTaskId).toBeUndefined();

    const statusOf = async (key: string): Promise<string> =>
      (await get(`/rest/api/3/issue/${key}?fields=status`)).fields.status.name;
    // In Progress is not an AI Risk status: the risk moved to the first one of its category.
    expect(await statusOf(riskKey)).toBe('Assessed');
    // Tasks and bugs keep their workflow (and status).
    expect(await statusOf('DEMO-1')).toBe('To Do');
    const transitions = await get(`/rest/api/3/issue/DEMO-1/transitions`);
    expect(transitions.transitions.map((t: { name: string }) => t.name)).toContain('Done');
    const association = await get(`/rest/api/3/workflowscheme/project?projectId=${demo.id}`);
    expect(association.values[0].workflowScheme.name).toBe('AIMS workflow scheme (DEMO)');
    expect(Object.keys(result.state.controls)).toHaveLength(38);

    const again = adminJira(site);
    const second = await provision({ jira: again, config, app: APP, store, dryRun: false });
    expect(second.changes).toEqual([]);
    expect(again.writes).toBe(0);
  });
});

describe('a team-managed project', () => {
  it('is refused, in the dry run too, with what to do instead, and nothing changes', async () => {
    const config = { ...DEFAULT_APP_CONFIG, projectKey: 'TEAM' };
    const types = await get('/rest/api/3/issuetype');
    for (const dryRun of [true, false]) {
      const store = memoryStore();
      const run = provision({ jira: adminJira(site), config, app: APP, store, dryRun });
      await expect(run).rejects.toThrow(Refusal);
      await expect(run).rejects.toThrow(
        'Project TEAM is team-managed, so the AIMS cannot be set up in it',
      );
      await run.catch((err: Refusal) => expect(err.details.join(' ')).toContain('Company-managed'));
      expect(store.active).toBeUndefined();
    }
    expect(await get('/rest/api/3/issuetype')).toEqual(types);
  });
});
