import type { RunningSite } from '../../../emulator/core/site';
import type { ForgeHost } from '../../../emulator/forge-host';
import { callAs } from '../../support/test-site';
import { startFixtureSite } from './fixture-host';

let site: RunningSite;
let host: ForgeHost;

const WORKFLOW = 'Forge rules flow';
const forgeRule = (ruleKey: string, moduleKey: string, config?: Record<string, unknown>) => ({
  ruleKey,
  parameters: {
    key: host.extensionKey(moduleKey),
    ...(config ? { config: JSON.stringify(config) } : {}),
  },
});
const noRules = { actions: [], validators: [], triggers: [], properties: {} };

/** A screen with the summary, for the Submit transition: Jira sets only fields on a transition's screen. */
async function summaryScreen(): Promise<string> {
  const screen = await callAs(site, 'admin', 'POST', '/rest/api/3/screens', { name: 'Submit' });
  const id = String((screen.body as { id: number }).id);
  const tabs = await callAs(site, 'admin', 'GET', `/rest/api/3/screens/${id}/tabs`);
  const tab = (tabs.body as { id: number }[])[0]?.id;
  await callAs(site, 'admin', 'POST', `/rest/api/3/screens/${id}/tabs/${tab}/fields`, {
    fieldId: 'summary',
  });
  return id;
}

/** Attaches the fixture app's rules to a new workflow and gives it to project AIMS (which has no issues yet). */
async function provisionWorkflow(): Promise<void> {
  const screenId = await summaryScreen();
  const created = await callAs(site, 'admin', 'POST', '/rest/api/3/workflows/create', {
    scope: { type: 'GLOBAL' },
    statuses: [
      { name: 'Open', statusCategory: 'TODO', statusReference: 'open', description: '' },
      { name: 'Review', statusCategory: 'IN_PROGRESS', statusReference: 'review', description: '' },
      { name: 'Closed', statusCategory: 'DONE', statusReference: 'closed', description: '' },
    ],
    workflows: [
      {
        name: WORKFLOW,
        description: 'Workflow with the fixture app rules',
        statuses: ['open', 'review', 'closed'].map((statusReference) => ({
          statusReference,
          properties: {},
        })),
        transitions: [
          {
            ...noRules,
            id: '1',
            name: 'Create',
            type: 'INITIAL',
            toStatusReference: 'open',
            links: [],
          },
          {
            ...noRules,
            id: '11',
            name: 'Submit',
            type: 'DIRECTED',
            toStatusReference: 'review',
            links: [{ fromStatusReference: 'open', fromPort: 0, toPort: 1 }],
            validators: [
              forgeRule('forge:expression-validator', 'blocked-validator'),
              forgeRule('forge:expression-validator', 'summary-validator'),
            ],
            actions: [
              forgeRule('forge:workflow-post-function', 'after-transition', { notify: 'owner' }),
            ],
            transitionScreen: { ruleKey: 'system:transition-screen', parameters: { screenId } },
          },
          {
            ...noRules,
            id: '21',
            name: 'Approve',
            type: 'DIRECTED',
            toStatusReference: 'closed',
            links: [{ fromStatusReference: 'review', fromPort: 0, toPort: 1 }],
            conditions: {
              operation: 'ALL',
              conditions: [forgeRule('forge:expression-condition', 'managers-only')],
              conditionGroups: [],
            },
          },
        ],
      },
    ],
  });
  if (created.status !== 200 && created.status !== 201) {
    throw new Error(`workflow create failed: ${created.status} ${JSON.stringify(created.body)}`);
  }
  const scheme = await callAs(site, 'admin', 'POST', '/rest/api/3/workflowscheme', {
    name: 'Forge rules scheme',
    defaultWorkflow: WORKFLOW,
  });
  if (scheme.status !== 201)
    throw new Error(`scheme failed: ${scheme.status} ${JSON.stringify(scheme.body)}`);
  const project = await callAs(site, 'admin', 'GET', '/rest/api/3/project/AIMS');
  const assigned = await callAs(site, 'admin', 'PUT', '/rest/api/3/workflowscheme/project', {
    projectId: (project.body as { id: string }).id,
    workflowSchemeId: String((scheme.body as { id: number | string }).id),
  });
  if (assigned.status !== 204)
    throw new Error(`assign failed: ${assigned.status} ${JSON.stringify(assigned.body)}`);
}

async function createIssue(summary: string): Promise<string> {
  const res = await callAs(site, 'admin', 'POST', '/rest/api/3/issue', {
    fields: { project: { key: 'AIMS' }, issuetype: { name: 'Task' }, summary },
  });
  if (res.status !== 201)
    throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { key: string }).key;
}

const transitionNames = async (
  login: 'member' | 'manager' | 'admin',
  key: string,
): Promise<string[]> => {
  const res = await callAs(site, login, 'GET', `/rest/api/3/issue/${key}/transitions`);
  return (res.body as { transitions: { name: string }[] }).transitions.map((t) => t.name);
};

beforeAll(async () => {
  ({ site, host } = await startFixtureSite());
  await provisionWorkflow();
});

afterAll(async () => {
  await host.waitForIdle();
  host.close();
  await site.close();
});

describe('Forge workflow rules through Jira REST', () => {
  it("a function validator refuses POST /transitions with Jira's 400 and its message; nothing changes", async () => {
    const key = await createIssue('BLOCKED by the supplier');
    const res = await callAs(site, 'member', 'POST', `/rest/api/3/issue/${key}/transitions`, {
      transition: { id: '11' },
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      errorMessages: [`${key} is BLOCKED: remove BLOCKED from the summary first.`],
      errors: {},
    });
    const issue = await callAs(site, 'admin', 'GET', `/rest/api/3/issue/${key}?fields=status`);
    expect((issue.body as { fields: { status: { name: string } } }).fields.status.name).toBe(
      'Open',
    );
  });

  it('an expression validator refuses a transition-screen change with the manifest message', async () => {
    const key = await createIssue('Harmless');
    const res = await callAs(site, 'admin', 'POST', `/rest/api/3/issue/${key}/transitions`, {
      transition: { id: '11' },
      fields: { summary: 'forbidden' },
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      errorMessages: ["The summary must not be 'forbidden'."],
      errors: {},
    });
  });

  it('a passing transition runs the post function afterwards with its configuration', async () => {
    const key = await createIssue('Ready for review');
    const res = await callAs(site, 'member', 'POST', `/rest/api/3/issue/${key}/transitions`, {
      transition: { id: '11' },
    });
    expect(res.status).toBe(204);
    await host.waitForIdle();
    const [stored] = (await host.invokeFunction('kvs-script', {
      steps: [{ op: 'get', key: `post:${key}` }],
    })) as unknown[];
    expect(stored).toMatchObject({
      transition: { id: 11, name: 'Submit' },
      configuration: { notify: 'owner' },
    });
  });

  it('an expression condition hides the transition from a member but offers it to a manager', async () => {
    const key = await createIssue('Awaiting approval');
    expect(
      (
        await callAs(site, 'admin', 'POST', `/rest/api/3/issue/${key}/transitions`, {
          transition: { id: '11' },
        })
      ).status,
    ).toBe(204);
    expect(await transitionNames('member', key)).not.toContain('Approve');
    expect(await transitionNames('manager', key)).toContain('Approve');
    const asMember = await callAs(site, 'member', 'POST', `/rest/api/3/issue/${key}/transitions`, {
      transition: { id: '21' },
    });
    expect(asMember.status).toBe(400);
    expect(
      (
        await callAs(site, 'manager', 'POST', `/rest/api/3/issue/${key}/transitions`, {
          transition: { id: '21' },
        })
      ).status,
    ).toBe(204);
  });
});
