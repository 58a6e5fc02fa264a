/**
 * A project with issues changes workflow scheme only through the switch (PUT is refused: "only
 * when there are no issues in the project"): 303 to a task that, once complete, has moved every
 * issue whose status the new workflow lacks to its mapped status. Team-managed projects take no
 * scheme at all.
 */
import type { RunningSite } from '../../../emulator/core/site';
import { basicAuth, startTestSite } from '../../support/test-site';
import type { Call } from './jira-helpers';
import { finishedTask, jiraCaller, obj, ok } from './jira-helpers';

let site: RunningSite;
let call: Call;
let demoId: string;
let taskTypeId: string;
let schemeId: string;
const status: Record<string, string> = {};

beforeAll(async () => {
  site = await startTestSite();
  call = jiraCaller(site);
  demoId = String((await ok(call, 'GET', '/project/DEMO')).id);
  const types = (await ok(call, 'GET', '/issuetype')) as unknown as { id: string; name: string }[];
  taskTypeId = types.find((t) => t.name === 'Task')?.id ?? '';
  const created = await ok(call, 'POST', '/workflows/create', {
    scope: { type: 'GLOBAL' },
    statuses: [
      { name: 'Open', statusCategory: 'TODO', statusReference: 'open' },
      { name: 'Reviewing', statusCategory: 'IN_PROGRESS', statusReference: 'reviewing' },
      { name: 'Closed', statusCategory: 'DONE', statusReference: 'closed' },
    ],
    workflows: [
      {
        name: 'Review flow',
        statuses: ['open', 'reviewing', 'closed'].map((statusReference) => ({
          statusReference,
          properties: {},
        })),
        transitions: [
          { id: '1', name: 'Create', type: 'INITIAL', toStatusReference: 'open', links: [] },
          { id: '11', name: 'Review', type: 'GLOBAL', toStatusReference: 'reviewing', links: [] },
        ],
      },
    ],
  });
  for (const s of created.statuses as { id: string; name: string }[]) status[s.name] = s.id;
  schemeId = String(
    (
      await ok(call, 'POST', '/workflowscheme', {
        name: 'Review scheme',
        defaultWorkflow: 'jira',
        issueTypeMappings: { [taskTypeId]: 'Review flow' },
      })
    ).id,
  );
  // DEMO-1 (a Task) is In Progress, DEMO-2 (a Bug) stays in To Do.
  await ok(call, 'POST', '/issue/DEMO-1/transitions', { transition: { id: '21' } });
});
afterAll(async () => site.close());

/** The switch of DEMO to the review scheme, Task's In Progress mapped to `inProgressTo`. */
const switchBody = (inProgressTo: string | undefined): Record<string, unknown> => ({
  projectId: demoId,
  targetSchemeId: schemeId,
  mappingsByIssueTypeOverride: [
    {
      issueTypeId: taskTypeId,
      statusMappings: [
        { oldStatusId: '10000', newStatusId: status.Open },
        { oldStatusId: '3', newStatusId: inProgressTo },
        { oldStatusId: '10001', newStatusId: status.Closed },
      ],
    },
  ],
});

const statusOf = async (key: string): Promise<string> =>
  obj((await call('admin', 'GET', `/issue/${key}?fields=status`)).body).fields.status.name;

describe('switching the workflow scheme of a project that has issues', () => {
  it('refuses PUT /workflowscheme/project, which only serves projects without issues', async () => {
    const res = await call('admin', 'PUT', '/workflowscheme/project', {
      projectId: demoId,
      workflowSchemeId: schemeId,
    });
    expect(res.status).toBe(400);
    expect(obj(res.body).errorMessages[0]).toContain('the project has issues');
  });

  it('needs a mapping for each status the new workflow lacks, and one into it', async () => {
    const missing = await call('admin', 'POST', '/workflowscheme/project/switch', {
      projectId: demoId,
      targetSchemeId: schemeId,
    });
    expect(missing.status).toBe(400);
    const messages: string[] = obj(missing.body).errorMessages;
    expect(messages).toHaveLength(3);
    expect(messages[0]).toContain("Issue type 'Task'");
    expect(messages.join(' ')).toMatch(/'To Do'.*'In Progress'.*'Done'/);

    // In Progress (3) is not a status of the new workflow.
    const outside = await call('admin', 'POST', '/workflowscheme/project/switch', switchBody('3'));
    expect(obj(outside.body).errorMessages).toEqual([
      expect.stringContaining("is not in the workflow 'Review flow'"),
    ]);
    expect(await statusOf('DEMO-1')).toBe('In Progress');
  });

  it('refuses a caller without Administer Jira', async () => {
    const res = await call('member', 'POST', '/workflowscheme/project/switch', {
      projectId: demoId,
      targetSchemeId: schemeId,
    });
    expect(res.status).toBe(401);
  });

  it('answers 303 to a task that moves issues to their mapped statuses, then uses the scheme', async () => {
    const res = await fetch(`${site.url}/rest/api/3/workflowscheme/project/switch`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        Authorization: basicAuth('admin'),
        Accept: 'application/json',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(switchBody(status.Reviewing)),
    });
    expect(res.status).toBe(303);
    const task = (await res.json()) as { id: string; self: string; status: string };
    expect(res.headers.get('location')).toBe(task.self);
    expect(task.self).toBe(`${site.url}/rest/api/3/task/${task.id}`);
    expect(['ENQUEUED', 'RUNNING', 'COMPLETE']).toContain(task.status);

    const done = await finishedTask(call, task.id);
    expect(done).toMatchObject({ status: 'COMPLETE', progress: 100 });
    expect(done.message).toContain('1 issue(s) moved');
    expect(await statusOf('DEMO-1')).toBe('Reviewing');
    expect(await statusOf('DEMO-2')).toBe('To Do');
    const history = obj((await call('admin', 'GET', '/issue/DEMO-1/changelog')).body).values;
    expect(history[history.length - 1].items).toEqual([
      expect.objectContaining({
        field: 'status',
        fromString: 'In Progress',
        toString: 'Reviewing',
      }),
    ]);
    const association = await ok(call, 'GET', `/workflowscheme/project?projectId=${demoId}`);
    expect(association.values[0].workflowScheme).toMatchObject({ name: 'Review scheme' });
    // Only the creator of a task or a Jira admin may follow it.
    expect((await call('member', 'GET', `/task/${task.id}`)).status).toBe(403);
  });
});

describe('a team-managed project', () => {
  it('takes no workflow scheme, by PUT or by switch', async () => {
    const team = String((await ok(call, 'GET', '/project/TEAM')).id);
    const message = 'Workflow schemes can only be assigned to classic projects.';
    const put = await call('admin', 'PUT', '/workflowscheme/project', {
      projectId: team,
      workflowSchemeId: schemeId,
    });
    expect(put).toMatchObject({ status: 400, body: { errorMessages: [message] } });
    const switched = await call('admin', 'POST', '/workflowscheme/project/switch', {
      projectId: team,
      targetSchemeId: schemeId,
    });
    expect(switched).toMatchObject({ status: 400, body: { errorMessages: [message] } });
    const listed = await ok(call, 'GET', `/workflowscheme/project?projectId=${team}`);
    expect(listed.values).toEqual([]);
  });
});
