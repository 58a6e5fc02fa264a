/**
 * Screens as Jira Cloud enforces them: a request may set only the fields on the screen of its
 * operation (the create or edit screen of the issue's project and type, or the transition's
 * screen), else 400 with Jira's "cannot be set" error keyed by the field; createmeta and editmeta
 * offer exactly those fields, in screen order. A new custom field is on no screen.
 */
import type { RunningSite } from '../../../emulator/core/site';
import { startTestSite } from '../../support/test-site';
import type { Call } from './jira-helpers';
import { adf, createIssue, createScreen, jiraCaller, obj, ok } from './jira-helpers';

const T = 'com.atlassian.jira.plugin.system.customfieldtypes:';
const cannotBeSet = (id: string): string =>
  `Field '${id}' cannot be set. It is not on the appropriate screen, or unknown.`;

let site: RunningSite;
let call: Call;

beforeAll(async () => {
  site = await startTestSite();
  call = jiraCaller(site);
});
afterAll(async () => site.close());

async function customField(name: string, type = 'textfield'): Promise<string> {
  return String((await ok(call, 'POST', '/field', { name, type: T + type })).id);
}

async function createmetaIds(project: string, typeId: string): Promise<string[]> {
  const meta = await ok(call, 'GET', `/issue/createmeta/${project}/issuetypes/${typeId}`);
  return meta.fields.map((f: { fieldId: string }) => f.fieldId);
}

describe('a new custom field', () => {
  it('is on no screen: setting it is refused and createmeta leaves it out until it is added', async () => {
    const field = await customField('Audit reference');
    const task = (await ok(call, 'GET', '/issuetype')) as unknown as { id: string; name: string }[];
    const taskId = task.find((t) => t.name === 'Task')?.id ?? '';
    const refused = await call('member', 'POST', '/issue', {
      fields: {
        project: { key: 'DEMO' },
        issuetype: { id: taskId },
        summary: 'Off screen',
        [field]: 'A-1',
      },
    });
    expect(refused).toMatchObject({
      status: 400,
      body: { errorMessages: [], errors: { [field]: cannotBeSet(field) } },
    });
    expect(await createmetaIds('DEMO', taskId)).not.toContain(field);

    await ok(call, 'POST', `/screens/addToDefault/${field}`);
    expect(await createmetaIds('DEMO', taskId)).toContain(field);
    const created = await createIssue(call, 'member', {
      project: { key: 'DEMO' },
      issuetype: { id: taskId },
      summary: 'On screen',
      [field]: 'A-1',
    });
    const issue = obj((await call('member', 'GET', `/issue/${created.key}?fields=${field}`)).body);
    expect(issue.fields[field]).toBe('A-1');
    // Twice on one screen is refused (404 for addToDefault: "already present").
    expect((await call('admin', 'POST', `/screens/addToDefault/${field}`)).status).toBe(404);
  });
});

describe('the fields a screen can still take (availableFields)', () => {
  it('lists every field that is on none of its tabs, and none Jira keeps off screens', async () => {
    const risk = await customField('Residual risk note');
    const owner = await customField('Control owner note');
    const screenId = await createScreen(call, 'Two tabs', ['summary', risk]);
    const second = await ok(call, 'POST', `/screens/${screenId}/tabs`, { name: 'More' });
    await ok(call, 'POST', `/screens/${screenId}/tabs/${second.id}/fields`, { fieldId: owner });
    const available = (await ok(
      call,
      'GET',
      `/screens/${screenId}/availableFields`,
    )) as unknown as {
      id: string;
      name: string;
    }[];
    const ids = available.map((f) => f.id);
    expect(ids).not.toContain(risk);
    expect(ids).not.toContain(owner); // on the second tab: a field is on a screen once
    expect(ids).not.toContain('summary');
    expect(ids).toEqual(expect.arrayContaining(['description', 'labels']));
    expect(ids).not.toContain('status');
    expect(available.find((f) => f.id === 'description')?.name).toBe('Description');
    expect((await call('admin', 'GET', '/screens/999999/availableFields')).status).toBe(404);
    expect((await call('member', 'GET', `/screens/${screenId}/availableFields`)).status).toBe(403);
  });
});

describe('screens per issue type (screen schemes and an issue type screen scheme)', () => {
  let project: string;
  let bugId: string;
  let taskId: string;
  let severity: string;
  let cause: string;

  beforeAll(async () => {
    const types = (await ok(call, 'GET', '/issuetype')) as unknown as {
      id: string;
      name: string;
    }[];
    bugId = types.find((t) => t.name === 'Bug')?.id ?? '';
    taskId = types.find((t) => t.name === 'Task')?.id ?? '';
    project = String((await ok(call, 'GET', '/project/AIMS')).id);
    severity = await customField('Severity');
    cause = await customField('Cause', 'textarea');
    // Bugs: created with summary + severity, edited with summary, description + cause.
    const create = await createScreen(call, 'Bug create', ['summary', severity]);
    const edit = await createScreen(call, 'Bug edit', ['summary', 'description', cause]);
    const scheme = await ok(call, 'POST', '/screenscheme', {
      name: 'Bug screens',
      screens: { default: Number(edit), create: Number(create) },
    });
    const itss = await ok(call, 'POST', '/issuetypescreenscheme', {
      name: 'AIMS issue type screens',
      issueTypeMappings: [
        { issueTypeId: 'default', screenSchemeId: '1' },
        { issueTypeId: bugId, screenSchemeId: String(scheme.id) },
      ],
    });
    const assigned = await call('admin', 'PUT', '/issuetypescreenscheme/project', {
      issueTypeScreenSchemeId: String(itss.id),
      projectId: project,
    });
    expect(assigned.status).toBe(204);
  });

  it("creates with the type's create screen: its fields in order, nothing else", async () => {
    expect(await createmetaIds('AIMS', bugId)).toEqual([
      'issuetype',
      'project',
      'parent',
      'summary',
      severity,
    ]);
    // Other types keep the Default Screen (the `default` row).
    expect(await createmetaIds('AIMS', taskId)).toEqual(
      expect.arrayContaining(['summary', 'description', 'assignee', 'labels']),
    );
    const refused = await call('member', 'POST', '/issue', {
      fields: {
        project: { key: 'AIMS' },
        issuetype: { id: bugId },
        summary: 'Bug',
        description: adf('not on the create screen'),
        labels: ['x'],
      },
    });
    expect(obj(refused.body).errors).toEqual({
      description: cannotBeSet('description'),
      labels: cannotBeSet('labels'),
    });
    expect(
      (await call('admin', 'POST', '/search/approximate-count', { jql: 'project = AIMS' })).body,
    ).toEqual({ count: 0 });
  });

  it("edits with the type's edit screen, and editmeta offers exactly its fields", async () => {
    const { key } = await createIssue(call, 'member', {
      project: { key: 'AIMS' },
      issuetype: { id: bugId },
      summary: 'Bug',
      [severity]: 'High',
    });
    const editmeta = await ok(call, 'GET', `/issue/${key}/editmeta`);
    expect(Object.keys(editmeta.fields)).toEqual([
      'issuetype',
      'parent',
      'summary',
      'description',
      cause,
    ]);
    const refused = await call('member', 'PUT', `/issue/${key}`, {
      fields: { [severity]: 'Low' },
      update: { labels: [{ add: 'triaged' }] },
    });
    expect(obj(refused.body).errors).toEqual({
      [severity]: cannotBeSet(severity),
      labels: cannotBeSet('labels'),
    });
    expect(
      (await call('member', 'PUT', `/issue/${key}`, { fields: { [cause]: adf('A typo.') } }))
        .status,
    ).toBe(204);
    const issue = obj((await call('member', 'GET', `/issue/${key}?fields=${severity}`)).body);
    expect(issue.fields[severity]).toBe('High');
  });
});

describe('the screens API', () => {
  it('lists, creates and fills screens as an admin only, with Jira’s refusals', async () => {
    const page = await ok(call, 'GET', '/screens?maxResults=3&orderBy=id');
    expect(page.values.map((s: { name: string }) => s.name)).toEqual([
      'Default Screen',
      'Workflow Screen',
      'Resolve Issue Screen',
    ]);
    expect((await call('member', 'GET', '/screens')).status).toBe(403);
    expect((await call('member', 'POST', '/screens', { name: 'Mine' })).status).toBe(403);
    const screen = await ok(call, 'POST', '/screens', { name: 'Review screen' });
    expect(
      obj((await call('admin', 'POST', '/screens', { name: 'review SCREEN' })).body).errorMessages,
    ).toEqual(['The name is used by another screen.']);
    const [tab] = (await call('admin', 'GET', `/screens/${screen.id}/tabs`)).body as {
      id: number;
      name: string;
    }[];
    expect(tab?.name).toBe('Field Tab');
    const renamed = await ok(call, 'PUT', `/screens/${screen.id}/tabs/${tab?.id}`, {
      name: 'Review',
    });
    expect(renamed).toEqual({ id: tab?.id, name: 'Review' });
    const second = await ok(call, 'POST', `/screens/${screen.id}/tabs`, { name: 'Outcome' });
    const fields = `/screens/${screen.id}/tabs/${second.id}/fields`;
    expect(await ok(call, 'POST', fields, { fieldId: 'duedate' })).toEqual({
      id: 'duedate',
      name: 'Due date',
    });
    expect((await call('admin', 'POST', fields, { fieldId: 'customfield_99999' })).status).toBe(
      404,
    );
    expect((await call('admin', 'POST', fields, { fieldId: 'status' })).status).toBe(400);
    // A field is on a screen once, whichever tab.
    const again = await call('admin', 'POST', `/screens/${screen.id}/tabs/${tab?.id}/fields`, {
      fieldId: 'duedate',
    });
    expect(again.status).toBe(400);
    expect((await call('admin', 'GET', fields)).body).toEqual([
      { id: 'duedate', name: 'Due date' },
    ]);
  });

  it('refuses an issue type screen scheme for a team-managed project', async () => {
    const team = await ok(call, 'GET', '/project/TEAM');
    const res = await call('admin', 'PUT', '/issuetypescreenscheme/project', {
      issueTypeScreenSchemeId: '1',
      projectId: String(team.id),
    });
    expect(res).toMatchObject({
      status: 400,
      body: {
        errorMessages: ['Only classic projects can have issue type screen schemes assigned.'],
      },
    });
  });

  it('checks issue type screen scheme mappings: one default, no repeats, known schemes', async () => {
    const base = { name: 'Checked', issueTypeMappings: [] as unknown[] };
    expect((await call('admin', 'POST', '/issuetypescreenscheme', base)).status).toBe(400);
    const repeated = await call('admin', 'POST', '/issuetypescreenscheme', {
      ...base,
      issueTypeMappings: [
        { issueTypeId: 'default', screenSchemeId: '1' },
        { issueTypeId: 'default', screenSchemeId: '1' },
      ],
    });
    expect(obj(repeated.body).errorMessages).toEqual([
      'One or more issue type IDs are repeated, an issue type ID can only be specified once.',
    ]);
    const unknown = await call('admin', 'POST', '/issuetypescreenscheme', {
      ...base,
      issueTypeMappings: [{ issueTypeId: 'default', screenSchemeId: '424242' }],
    });
    expect(unknown.status).toBe(404);
    const created = await ok(call, 'POST', '/issuetypescreenscheme', {
      ...base,
      issueTypeMappings: [{ issueTypeId: 'default', screenSchemeId: '1' }],
    });
    const appendDefault = await call(
      'admin',
      'PUT',
      `/issuetypescreenscheme/${created.id}/mapping`,
      {
        issueTypeMappings: [{ issueTypeId: 'default', screenSchemeId: '1' }],
      },
    );
    expect(obj(appendDefault.body).errorMessages).toEqual(['A default mapping cannot be added.']);
    const items = await ok(
      call,
      'GET',
      `/issuetypescreenscheme/mapping?issueTypeScreenSchemeId=${created.id}`,
    );
    expect(items.values).toEqual([
      { issueTypeId: 'default', issueTypeScreenSchemeId: String(created.id), screenSchemeId: '1' },
    ]);
  });
});
