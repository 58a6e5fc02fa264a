import type { RunningSite } from '../../../emulator/core/site';
import { startTestSite } from '../../support/test-site';
import type { Call } from './jira-helpers';
import { createIssue, jiraCaller, obj } from './jira-helpers';

const APP = 'ari:cloud:ecosystem::extension/1c3e9a4e-aims/8f1d-env/static';
const rule = (ruleKey: string, moduleKey: string, config: object): Record<string, unknown> => ({
  ruleKey,
  parameters: { key: `${APP}/${moduleKey}`, config: JSON.stringify(config) },
});

const REF = { open: 'ref-open', react: 'ref-react', closed: 'ref-closed' };

/** A small nonconformity-like workflow with one rule of each Forge kind. */
function createPayload(
  name: string,
  validatorKey = `${APP}/aims-transition-validator`,
): Record<string, unknown> {
  return {
    scope: { type: 'GLOBAL' },
    statuses: [
      {
        name: `${name} Open`,
        statusCategory: 'TODO',
        statusReference: REF.open,
        description: 'raised',
      },
      { name: `${name} Reacting`, statusCategory: 'IN_PROGRESS', statusReference: REF.react },
      { name: `${name} Closed`, statusCategory: 'DONE', statusReference: REF.closed },
    ],
    workflows: [
      {
        name,
        description: 'Clause 10.2 steps',
        startPointLayout: { x: 0, y: 0 },
        statuses: Object.values(REF).map((statusReference, i) => ({
          statusReference,
          properties: {},
          layout: { x: 200 * i, y: 0 },
        })),
        transitions: [
          { id: '1', name: 'Create', type: 'INITIAL', toStatusReference: REF.open, links: [] },
          {
            id: '11',
            name: 'React',
            type: 'DIRECTED',
            toStatusReference: REF.react,
            links: [{ fromStatusReference: REF.open }],
            validators: [
              {
                ruleKey: 'forge:expression-validator',
                parameters: { key: validatorKey, config: '{"step":"react"}' },
              },
            ],
          },
          {
            id: '21',
            name: 'Close',
            type: 'DIRECTED',
            toStatusReference: REF.closed,
            links: [{ fromStatusReference: REF.react }],
            conditions: {
              operation: 'ALL',
              conditions: [
                rule('forge:expression-condition', 'aims-manager-condition', {
                  group: 'aims-managers',
                }),
              ],
              conditionGroups: [],
            },
            actions: [
              rule('forge:workflow-post-function', 'aims-post-function', { step: 'close' }),
            ],
          },
          { id: '31', name: 'Reopen', type: 'GLOBAL', toStatusReference: REF.open, links: [] },
        ],
      },
    ],
  };
}

describe('Jira workflows over REST', () => {
  let site: RunningSite;
  let call: Call;

  beforeAll(async () => {
    site = await startTestSite();
    call = jiraCaller(site);
  });
  afterAll(async () => site.close());

  it('lists the status categories and the seeded statuses', async () => {
    const categories = await call('member', 'GET', '/statuscategory');
    expect(categories.status).toBe(200);
    expect((categories.body as { key: string }[]).map((c) => c.key)).toEqual([
      'undefined',
      'new',
      'indeterminate',
      'done',
    ]);
    const done = await call('member', 'GET', '/statuscategory/done');
    expect(obj(done.body)).toMatchObject({ id: 3, key: 'done', name: 'Done', colorName: 'green' });

    const statuses = await call('member', 'GET', '/status');
    expect(statuses.status).toBe(200);
    expect(statuses.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: '10000',
          name: 'To Do',
          statusCategory: expect.objectContaining({ key: 'new' }),
        }),
        expect.objectContaining({ id: '3', name: 'In Progress' }),
        expect.objectContaining({
          id: '10001',
          name: 'Done',
          statusCategory: expect.objectContaining({ key: 'done' }),
        }),
      ]),
    );
    expect(obj((await call('member', 'GET', '/status/in%20progress')).body).id).toBe('3');
    expect((await call('member', 'GET', '/status/Nope')).status).toBe(404);
  });

  it('creates statuses and a workflow with Forge rules, then reads them back', async () => {
    expect(
      (await call('member', 'POST', '/workflows/create', createPayload('NC flow'))).status,
    ).toBe(401);

    const created = await call('admin', 'POST', '/workflows/create', createPayload('NC flow'));
    expect(created.status).toBe(200);
    const body = obj(created.body);
    expect(body.statuses).toHaveLength(3);
    for (const s of body.statuses) {
      expect(s.id).toMatch(/^\d+$/);
      expect(s.statusReference).toBe(s.id);
      expect(s.scope).toEqual({ type: 'GLOBAL' });
    }
    const idOf = (name: string): string =>
      body.statuses.find((s: { name: string }) => s.name === name).id;
    const [workflow] = body.workflows;
    expect(workflow).toMatchObject({
      name: 'NC flow',
      isEditable: true,
      version: { versionNumber: 0 },
    });
    expect(workflow.statuses.map((s: { statusReference: string }) => s.statusReference)).toEqual([
      idOf('NC flow Open'),
      idOf('NC flow Reacting'),
      idOf('NC flow Closed'),
    ]);
    const close = workflow.transitions.find((t: { name: string }) => t.name === 'Close');
    expect(close).toMatchObject({
      id: '21',
      type: 'DIRECTED',
      toStatusReference: idOf('NC flow Closed'),
      links: [{ fromStatusReference: idOf('NC flow Reacting') }],
      conditions: {
        operation: 'ALL',
        conditions: [
          {
            id: expect.any(String),
            ruleKey: 'forge:expression-condition',
            parameters: {
              key: `${APP}/aims-manager-condition`,
              config: '{"group":"aims-managers"}',
            },
          },
        ],
      },
      actions: [
        {
          ruleKey: 'forge:workflow-post-function',
          parameters: { key: `${APP}/aims-post-function` },
        },
      ],
    });

    const search = await call(
      'admin',
      'GET',
      '/workflows/search?queryString=nc%20FLOW&expand=values.transitions',
    );
    expect(search.status).toBe(200);
    const page = obj(search.body);
    expect(page).toMatchObject({ startAt: 0, total: 1, isLast: true });
    expect(page.values[0].id).toBe(workflow.id);
    expect(page.values[0].transitions).toHaveLength(4);
    expect(page.values[0].transitions[1].validators[0]).toMatchObject({
      ruleKey: 'forge:expression-validator',
      parameters: { key: `${APP}/aims-transition-validator`, config: '{"step":"react"}' },
    });
    expect(page.statuses.map((s: { name: string }) => s.name).sort()).toEqual([
      'NC flow Closed',
      'NC flow Open',
      'NC flow Reacting',
    ]);
    const plain = obj((await call('admin', 'GET', '/workflows/search?queryString=NC%20flow')).body);
    expect(plain.values[0].transitions).toBeUndefined();

    const byName = obj(
      (await call('admin', 'POST', '/workflows', { workflowNames: ['NC flow'] })).body,
    );
    expect(byName.workflows.map((w: { id: string }) => w.id)).toEqual([workflow.id]);

    const statusSearch = obj(
      (await call('admin', 'GET', '/statuses/search?searchString=nc%20flow%20open')).body,
    );
    expect(statusSearch.values).toEqual([
      {
        id: idOf('NC flow Open'),
        name: 'NC flow Open',
        description: 'raised',
        statusCategory: 'TODO',
        scope: { type: 'GLOBAL' },
      },
    ]);
  });

  it('refuses a bad payload as a whole, and the validation endpoint names each problem', async () => {
    const bad = createPayload('Broken flow', 'not-an-extension-ari');
    const refused = await call('admin', 'POST', '/workflows/create', bad);
    expect(refused.status).toBe(400);
    expect(obj(refused.body).errorMessages).toEqual([
      expect.stringContaining(
        "forge:expression-validator rule needs parameters.key = 'ari:cloud:ecosystem::extension/",
      ),
    ]);
    const after = obj((await call('admin', 'GET', '/workflows/search?queryString=Broken')).body);
    expect(after.total).toBe(0);
    expect(
      obj((await call('admin', 'GET', '/statuses/search?searchString=Broken')).body).total,
    ).toBe(0);

    const validation = await call('admin', 'POST', '/workflows/create/validation', {
      payload: bad,
    });
    expect(validation.status).toBe(200);
    expect(obj(validation.body).errors).toEqual([
      expect.objectContaining({
        level: 'ERROR',
        type: 'RULE',
        code: 'INVALID_FORGE_RULE',
        elementReference: { transitionId: '11' },
      }),
    ]);
    const ok = await call('admin', 'POST', '/workflows/create/validation', {
      payload: createPayload('Fine flow'),
    });
    expect(obj(ok.body).errors).toEqual([]);

    const duplicate = await call('admin', 'POST', '/workflows/create', createPayload('NC flow'));
    expect(duplicate.status).toBe(400);
    expect(obj(duplicate.body).errorMessages).toEqual(
      expect.arrayContaining([
        "A status with the name 'NC flow Open' already exists.",
        "A workflow with the name 'NC flow' already exists.",
      ]),
    );
  });

  it('updates a workflow with the current version and refuses a stale one with 409', async () => {
    const read = obj(
      (await call('admin', 'POST', '/workflows', { workflowNames: ['NC flow'] })).body,
    );
    const current = read.workflows[0];
    const statuses = read.statuses.map((s: Record<string, string>) => ({
      id: s.id,
      name: s.name,
      statusCategory: s.statusCategory,
      statusReference: s.statusReference,
    }));
    const update = {
      statuses,
      workflows: [
        {
          id: current.id,
          version: current.version,
          description: 'Clause 10.2 steps, revised',
          statuses: current.statuses,
          transitions: current.transitions.filter((t: { name: string }) => t.name !== 'Reopen'),
        },
      ],
    };
    const updated = await call('admin', 'POST', '/workflows/update', update);
    expect(updated.status).toBe(200);
    const wf = obj(updated.body).workflows[0];
    expect(wf).toMatchObject({
      description: 'Clause 10.2 steps, revised',
      version: { id: current.version.id, versionNumber: 1 },
    });
    expect(wf.transitions.map((t: { id: string }) => t.id)).toEqual(['1', '11', '21']);

    const stale = await call('admin', 'POST', '/workflows/update', update);
    expect(stale.status).toBe(409);
    expect(obj(stale.body).errorMessages[0]).toMatch(
      /^Workflow version and version token must match/,
    );

    const jira = obj((await call('admin', 'POST', '/workflows', { workflowNames: ['jira'] })).body)
      .workflows[0];
    const readOnly = await call('admin', 'POST', '/workflows/update', {
      workflows: [
        {
          id: jira.id,
          version: jira.version,
          statuses: jira.statuses,
          transitions: jira.transitions,
        },
      ],
    });
    expect(readOnly.status).toBe(400);
    expect(obj(readOnly.body).errorMessages).toEqual([
      "The workflow 'jira' is read-only and cannot be edited.",
    ]);
  });

  it('binds the workflow to a project through a workflow scheme; new issues follow it', async () => {
    const aims = obj((await call('admin', 'GET', '/project/AIMS')).body);
    const demo = obj((await call('admin', 'GET', '/project/DEMO')).body);
    const types = (await call('admin', 'GET', '/issuetype')).body as { id: string; name: string }[];
    const task = types.find((t) => t.name === 'Task');
    if (!task) throw new Error('no Task type');

    expect((await call('member', 'POST', '/workflowscheme', { name: 'x' })).status).toBe(403);
    const unknownWorkflow = await call('admin', 'POST', '/workflowscheme', {
      name: 'Broken scheme',
      issueTypeMappings: { [task.id]: 'No such workflow' },
    });
    expect(unknownWorkflow.status).toBe(400);
    expect(obj(unknownWorkflow.body).errorMessages).toEqual([
      "The workflow 'No such workflow' does not exist.",
    ]);

    const created = await call('admin', 'POST', '/workflowscheme', {
      name: 'AIMS workflow scheme',
      description: 'test',
      defaultWorkflow: 'jira',
      issueTypeMappings: { [task.id]: 'NC flow' },
    });
    expect(created.status).toBe(201);
    const scheme = obj(created.body);
    expect(scheme).toMatchObject({
      id: expect.any(Number),
      name: 'AIMS workflow scheme',
      defaultWorkflow: 'jira',
      draft: false,
    });
    expect(
      obj((await call('admin', 'GET', `/workflowscheme/${scheme.id}`)).body).issueTypeMappings,
    ).toEqual({ [task.id]: 'NC flow' });
    const list = obj((await call('admin', 'GET', '/workflowscheme?maxResults=10')).body);
    expect(list.values.map((s: { name: string }) => s.name)).toContain('AIMS workflow scheme');

    // DEMO already has issues: Jira only assigns a scheme to a project without issues.
    const toDemo = await call('admin', 'PUT', '/workflowscheme/project', {
      projectId: demo.id,
      workflowSchemeId: String(scheme.id),
    });
    expect(toDemo.status).toBe(400);
    expect(obj(toDemo.body).errorMessages[0]).toMatch(/project has issues/);

    const toAims = await call('admin', 'PUT', '/workflowscheme/project', {
      projectId: aims.id,
      workflowSchemeId: String(scheme.id),
    });
    expect(toAims.status).toBe(204);
    const associations = obj(
      (
        await call(
          'admin',
          'GET',
          `/workflowscheme/project?projectId=${aims.id}&projectId=${demo.id}`,
        )
      ).body,
    );
    expect(associations.values).toEqual(
      expect.arrayContaining([
        {
          projectIds: [aims.id],
          workflowScheme: expect.objectContaining({ id: scheme.id, name: 'AIMS workflow scheme' }),
        },
        {
          projectIds: [demo.id],
          workflowScheme: expect.not.objectContaining({ id: expect.anything() }),
        },
      ]),
    );

    // The scheme is active now: neither edited in place nor deleted.
    expect(
      (await call('admin', 'PUT', `/workflowscheme/${scheme.id}`, { description: 'changed' }))
        .status,
    ).toBe(400);
    expect((await call('admin', 'DELETE', `/workflowscheme/${scheme.id}`)).status).toBe(400);

    // A Task created in AIMS starts in the workflow's initial status and offers its transitions.
    const issue = await createIssue(call, 'admin', {
      project: { key: 'AIMS' },
      issuetype: { id: task.id },
      summary: 'NC 1',
    });
    const fields = obj(
      (await call('admin', 'GET', `/issue/${issue.key}?fields=status`)).body,
    ).fields;
    expect(fields.status.name).toBe('NC flow Open');
    const transitions = obj(
      (await call('admin', 'GET', `/issue/${issue.key}/transitions`)).body,
    ).transitions;
    expect(transitions.map((t: { id: string; name: string }) => [t.id, t.name])).toEqual([
      ['11', 'React'],
    ]);
    const active = (await call('member', 'GET', '/status')).body as { name: string }[];
    expect(active.map((s) => s.name)).toEqual(
      expect.arrayContaining(['NC flow Open', 'NC flow Closed']),
    );
  });
});
