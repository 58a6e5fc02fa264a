import type { RunningSite } from '../../../emulator/core/site';
import { startTestSite } from '../../support/test-site';
import type { Call } from './jira-helpers';
import { adf, createIssue, jiraCaller, obj, ok } from './jira-helpers';

const T = 'com.atlassian.jira.plugin.system.customfieldtypes:';
let site: RunningSite;
let call: Call;
const ids = {
  likelihood: '',
  controls: '',
  rootCause: '',
  ref: '',
  due: '',
  at: '',
  owner: '',
  score: '',
  tags: '',
  link: '',
};

beforeAll(async () => {
  site = await startTestSite();
  call = jiraCaller(site);
  const make = async (name: string, type: string): Promise<string> => {
    const res = await call('admin', 'POST', '/field', {
      name,
      type: T + type,
      searcherKey: `${T}multiselectsearcher`,
    });
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    const id = obj(res.body).id as string;
    // A new field is on no screen: put it on the Default Screen, as Jira's "add to screens" does.
    await ok(call, 'POST', `/screens/addToDefault/${id}`);
    return id;
  };
  ids.likelihood = await make('Likelihood', 'select');
  ids.controls = await make('Controls', 'multiselect');
  ids.rootCause = await make('Root cause', 'textarea');
  ids.ref = await make('Clause reference', 'textfield');
  ids.due = await make('Review date', 'datepicker');
  ids.at = await make('Detected at', 'datetime');
  ids.owner = await make('Risk owner', 'userpicker');
  ids.score = await make('Score', 'float');
  ids.tags = await make('Tags', 'labels');
  ids.link = await make('Evidence URL', 'url');
});
afterAll(async () => site.close());

async function globalContext(fieldId: string): Promise<string> {
  const res = obj((await call('admin', 'GET', `/field/${fieldId}/context`)).body);
  return res.values[0].id as string;
}

describe('custom fields', () => {
  it('creates fields with Jira ids and schemas, listed by GET /field and /field/search', async () => {
    expect(ids.likelihood).toMatch(/^customfield_10\d{3}$/);
    const fields = obj((await call('member', 'GET', '/field')).body);
    const likelihood = fields.find((f: { id: string }) => f.id === ids.likelihood);
    expect(likelihood).toMatchObject({
      name: 'Likelihood',
      custom: true,
      schema: { type: 'option', custom: `${T}select` },
      clauseNames: expect.arrayContaining(['Likelihood']),
    });
    expect(fields.find((f: { id: string }) => f.id === 'summary')).toMatchObject({
      custom: false,
      schema: { type: 'string', system: 'summary' },
    });
    const search = obj((await call('admin', 'GET', '/field/search?type=custom&query=likeli')).body);
    expect(search.values.map((f: { id: string }) => f.id)).toEqual([ids.likelihood]);
    expect(search.total).toBe(1);
  });

  it('refuses unknown field types and non-admins', async () => {
    const bad = await call('admin', 'POST', '/field', { name: 'X', type: `${T}cascadingselect` });
    expect(bad.status).toBe(400);
    expect(obj(bad.body).errors.type).toContain('not supported');
    expect((await call('member', 'POST', '/field', { name: 'X', type: `${T}select` })).status).toBe(
      403,
    );
  });

  it('gives each new field a global context and manages options', async () => {
    const contexts = obj((await call('admin', 'GET', `/field/${ids.likelihood}/context`)).body);
    expect(contexts.values).toEqual([
      expect.objectContaining({ isGlobalContext: true, isAnyIssueType: true }),
    ]);
    const ctxId = contexts.values[0].id as string;
    const created = await call(
      'admin',
      'POST',
      `/field/${ids.likelihood}/context/${ctxId}/option`,
      {
        options: [{ value: 'Rare' }, { value: 'Likely' }, { value: 'Certain', disabled: false }],
      },
    );
    expect(created.status).toBe(200);
    expect(obj(created.body).options.map((o: { value: string }) => o.value)).toEqual([
      'Rare',
      'Likely',
      'Certain',
    ]);
    const dup = await call('admin', 'POST', `/field/${ids.likelihood}/context/${ctxId}/option`, {
      options: [{ value: 'Rare' }],
    });
    expect(dup.status).toBe(400);
    const certain = obj(created.body).options[2];
    const updated = await call('admin', 'PUT', `/field/${ids.likelihood}/context/${ctxId}/option`, {
      options: [{ id: certain.id, value: 'Almost certain' }],
    });
    expect(obj(updated.body).options).toEqual([
      { id: certain.id, value: 'Almost certain', disabled: false },
    ]);
    const listed = obj(
      (await call('admin', 'GET', `/field/${ids.likelihood}/context/${ctxId}/option`)).body,
    );
    expect(listed.values.map((o: { value: string }) => o.value)).toEqual([
      'Rare',
      'Likely',
      'Almost certain',
    ]);
    const ctrlCtx = await globalContext(ids.controls);
    await call('admin', 'POST', `/field/${ids.controls}/context/${ctrlCtx}/option`, {
      options: [{ value: 'A.2.2' }, { value: 'A.6.2.4' }],
    });
    expect(
      (
        await call(
          'admin',
          'GET',
          `/field/${ids.ref}/context/${await globalContext(ids.ref)}/option`,
        )
      ).status,
    ).toBe(400);
  });

  it('creates a project-scoped context', async () => {
    const aims = obj((await call('admin', 'GET', '/project/AIMS')).body);
    const res = await call('admin', 'POST', `/field/${ids.score}/context`, {
      name: 'AIMS scores',
      projectIds: [aims.id],
      issueTypeIds: [],
    });
    expect(res.status).toBe(201);
    expect(obj(res.body)).toMatchObject({
      name: 'AIMS scores',
      projectIds: [aims.id],
      issueTypeIds: [],
    });
    const again = await call('admin', 'POST', `/field/${ids.score}/context`, {
      name: 'Again',
      projectIds: [aims.id],
    });
    expect(again.status).toBe(400);
  });
});

describe('custom field values on issues', () => {
  it('stores and returns each type of value', async () => {
    const manager = obj((await call('manager', 'GET', '/myself')).body).accountId as string;
    const issue = await createIssue(call, 'admin', {
      project: { key: 'DEMO' },
      issuetype: { name: 'Task' },
      summary: 'Risk with values',
      [ids.likelihood]: { value: 'Likely' },
      [ids.controls]: [{ value: 'A.2.2' }, { value: 'A.6.2.4' }],
      [ids.rootCause]: adf('Training data drift'),
      [ids.ref]: '6.1.2',
      [ids.due]: '2026-12-31',
      [ids.at]: '2026-11-01T10:00:00.000+0000',
      [ids.owner]: { accountId: manager },
      [ids.score]: 12.5,
      [ids.tags]: ['ai', 'risk'],
      [ids.link]: 'https://example.com/evidence',
    });
    const got = obj((await call('member', 'GET', `/issue/${issue.key}?expand=names,schema`)).body);
    const f = got.fields;
    expect(f[ids.likelihood]).toMatchObject({ value: 'Likely', id: expect.any(String) });
    expect(f[ids.controls].map((o: { value: string }) => o.value)).toEqual(['A.2.2', 'A.6.2.4']);
    expect(f[ids.rootCause]).toEqual(adf('Training data drift'));
    expect(f[ids.ref]).toBe('6.1.2');
    expect(f[ids.due]).toBe('2026-12-31');
    expect(f[ids.at]).toBe('2026-11-01T10:00:00.000+0000');
    expect(f[ids.owner]).toMatchObject({ accountId: manager, displayName: 'Morgan Manager' });
    expect(f[ids.score]).toBe(12.5);
    expect(f[ids.tags]).toEqual(['ai', 'risk']);
    expect(f[ids.link]).toBe('https://example.com/evidence');
    expect(got.names[ids.likelihood]).toBe('Likelihood');
    expect(got.schema[ids.likelihood]).toMatchObject({ type: 'option', custom: `${T}select` });
  });

  it('selects an option by id and clears a value with null', async () => {
    const ctxId = await globalContext(ids.likelihood);
    const options = obj(
      (await call('admin', 'GET', `/field/${ids.likelihood}/context/${ctxId}/option`)).body,
    ).values;
    const rare = options.find((o: { value: string }) => o.value === 'Rare');
    const issue = await createIssue(call, 'admin', {
      project: { key: 'DEMO' },
      issuetype: { name: 'Task' },
      summary: 'By id',
      [ids.likelihood]: { id: rare.id },
    });
    expect(
      obj((await call('admin', 'GET', `/issue/${issue.key}?fields=${ids.likelihood}`)).body).fields[
        ids.likelihood
      ].value,
    ).toBe('Rare');
    expect(
      (await call('admin', 'PUT', `/issue/${issue.key}`, { fields: { [ids.likelihood]: null } }))
        .status,
    ).toBe(204);
    expect(
      obj((await call('admin', 'GET', `/issue/${issue.key}?fields=${ids.likelihood}`)).body).fields[
        ids.likelihood
      ],
    ).toBeNull();
  });

  it('answers Jira-style field errors and creates nothing', async () => {
    const before = obj(
      (await call('admin', 'POST', '/search/approximate-count', { jql: 'project = DEMO' })).body,
    ).count;
    const res = await call('admin', 'POST', '/issue', {
      fields: {
        project: { key: 'DEMO' },
        issuetype: { name: 'Task' },
        summary: 'Bad values',
        [ids.likelihood]: { value: 'Sometimes' },
        [ids.due]: '31/12/2026',
        [ids.score]: 'high',
        [ids.owner]: { accountId: 'ghost' },
        [ids.tags]: ['has space'],
        labels: ['ok', 'not ok'],
        customfield_99999: 'x',
        description: 'plain text is not ADF',
      },
    });
    expect(res.status).toBe(400);
    const body = obj(res.body);
    expect(body.errorMessages).toEqual([]);
    expect(body.errors).toEqual({
      [ids.likelihood]: "Option value 'Sometimes' is not valid",
      [ids.due]: 'Error parsing date string: 31/12/2026',
      [ids.score]: 'Operation value must be a number',
      [ids.owner]: 'Specified user does not exist or you do not have required permissions',
      [ids.tags]: "The label 'has space' contains spaces which is invalid.",
      labels: "The label 'not ok' contains spaces which is invalid.",
      customfield_99999:
        "Field 'customfield_99999' cannot be set. It is not on the appropriate screen, or unknown.",
      description:
        'Operation value must be an Atlassian Document (see the Atlassian Document Format)',
    });
    const after = obj(
      (await call('admin', 'POST', '/search/approximate-count', { jql: 'project = DEMO' })).body,
    ).count;
    expect(after).toBe(before);
  });

  it('requires project, issue type and summary', async () => {
    const res = await call('admin', 'POST', '/issue', { fields: {} });
    expect(res.status).toBe(400);
    expect(obj(res.body).errors).toEqual({
      project: 'Specify a valid project ID or key',
      issuetype: 'Specify an issue type',
    });
    const noSummary = await call('admin', 'POST', '/issue', {
      fields: { project: { key: 'DEMO' }, issuetype: { name: 'Task' } },
    });
    expect(obj(noSummary.body).errors).toEqual({
      summary: 'You must specify a summary of the issue.',
    });
    const subtask = await call('admin', 'POST', '/issue', {
      fields: { project: { key: 'DEMO' }, issuetype: { name: 'Subtask' }, summary: 's' },
    });
    expect(obj(subtask.body).errors.parent).toBe(
      'Issue type is a sub-task but parent issue key or id not specified.',
    );
  });

  it('uses the options of a project-specific context in that project', async () => {
    const aims = obj((await call('admin', 'GET', '/project/AIMS')).body);
    const created = await call('admin', 'POST', `/field/${ids.likelihood}/context`, {
      name: 'AIMS scale',
      projectIds: [aims.id],
    });
    const ctxId = obj(created.body).id as string;
    await call('admin', 'POST', `/field/${ids.likelihood}/context/${ctxId}/option`, {
      options: [{ value: 'Low' }, { value: 'High' }],
    });
    const base = { project: { key: 'AIMS' }, issuetype: { name: 'Task' }, summary: 'Scoped' };
    const wrong = await call('admin', 'POST', '/issue', {
      fields: { ...base, [ids.likelihood]: { value: 'Rare' } },
    });
    expect(wrong.status).toBe(400);
    expect(obj(wrong.body).errors[ids.likelihood]).toBe("Option value 'Rare' is not valid");
    const ok = await call('admin', 'POST', '/issue', {
      fields: { ...base, [ids.likelihood]: { value: 'High' } },
    });
    expect(ok.status).toBe(201);
    const demo = await call('admin', 'POST', '/issue', {
      fields: { ...base, project: { key: 'DEMO' }, [ids.likelihood]: { value: 'High' } },
    });
    expect(demo.status).toBe(400);
  });

  it('describes fields in createmeta and editmeta', async () => {
    const types = obj((await call('member', 'GET', '/issue/createmeta/DEMO/issuetypes')).body);
    expect(types.issueTypes.map((t: { name: string }) => t.name)).toEqual([
      'Task',
      'Bug',
      'Epic',
      'Subtask',
    ]);
    const task = types.issueTypes[0];
    const meta = obj(
      (await call('member', 'GET', `/issue/createmeta/DEMO/issuetypes/${task.id}`)).body,
    );
    const byId = Object.fromEntries(meta.fields.map((f: { fieldId: string }) => [f.fieldId, f]));
    expect(byId.summary).toMatchObject({ required: true, operations: ['set'] });
    expect(byId.labels.operations).toEqual(['add', 'set', 'remove']);
    expect(byId[ids.likelihood].allowedValues.map((o: { value: string }) => o.value)).toEqual([
      'Rare',
      'Likely',
      'Almost certain',
    ]);
    const issue = await createIssue(call, 'member', {
      project: { key: 'DEMO' },
      issuetype: { id: task.id },
      summary: 'meta',
    });
    const edit = obj((await call('member', 'GET', `/issue/${issue.key}/editmeta`)).body);
    expect(Object.keys(edit.fields)).toEqual(
      expect.arrayContaining(['summary', 'labels', ids.likelihood]),
    );
    expect(edit.fields.project).toBeUndefined();
  });
});
