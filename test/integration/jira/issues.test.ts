import type { ProductEvent } from '../../../emulator/core/events';
import type { RunningSite } from '../../../emulator/core/site';
import { startTestSite } from '../../support/test-site';
import type { Call } from './jira-helpers';
import { adf, createIssue, jiraCaller, obj } from './jira-helpers';

let site: RunningSite;
let call: Call;
const events: ProductEvent[] = [];

beforeAll(async () => {
  site = await startTestSite();
  call = jiraCaller(site);
  site.ctx.events.subscribe((e) => events.push(e));
});
afterAll(async () => site.close());
beforeEach(() => {
  events.length = 0;
});

describe('issue lifecycle', () => {
  it('creates an issue with key PROJECT-N, numeric id and defaults', async () => {
    const res = await call('member', 'POST', '/issue', {
      fields: {
        project: { key: 'DEMO' },
        issuetype: { name: 'Task' },
        summary: 'First',
        description: adf('Hello'),
        labels: ['a'],
        duedate: '2026-12-01',
      },
    });
    expect(res.status).toBe(201);
    const created = obj(res.body);
    expect(created.key).toMatch(/^DEMO-\d+$/);
    expect(created.id).toMatch(/^\d+$/);
    expect(created.self).toBe(`${site.url}/rest/api/3/issue/${created.id}`);
    const issue = obj((await call('member', 'GET', `/issue/${created.key}`)).body);
    expect(issue.fields).toMatchObject({
      summary: 'First',
      description: adf('Hello'),
      labels: ['a'],
      duedate: '2026-12-01',
      issuetype: { name: 'Task' },
      project: { key: 'DEMO' },
      status: { name: 'To Do', statusCategory: { key: 'new' } },
      priority: { name: 'Medium' },
      reporter: { displayName: 'Mel Member' },
      creator: { displayName: 'Mel Member' },
      assignee: null,
      resolution: null,
      resolutiondate: null,
      security: null,
      issuelinks: [],
      subtasks: [],
      comment: { comments: [], total: 0 },
    });
    expect(issue.fields.created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$/);
    expect(obj((await call('member', 'GET', `/issue/${created.id}`)).body).key).toBe(created.key);
    const event = events.find((e) => e.eventType === 'avi:jira:created:issue');
    expect(event?.payload).toMatchObject({
      eventType: 'avi:jira:created:issue',
      atlassianId: '712020:aims-member-0004',
      issue: {
        id: created.id,
        key: created.key,
        fields: {
          summary: 'First',
          issuetype: { name: 'Task' },
          project: { key: 'DEMO' },
          status: { name: 'To Do' },
        },
      },
    });
  });

  it('honours fields selection and expand', async () => {
    const { key } = await createIssue(call, 'member', {
      project: { key: 'DEMO' },
      issuetype: { name: 'Task' },
      summary: 'Select me',
      labels: ['x'],
    });
    const only = obj((await call('member', 'GET', `/issue/${key}?fields=summary,labels`)).body);
    expect(Object.keys(only.fields).sort()).toEqual(['labels', 'summary']);
    const minus = obj(
      (await call('member', 'GET', `/issue/${key}?fields=*all,-comment,-description`)).body,
    );
    expect(minus.fields.comment).toBeUndefined();
    expect(minus.fields.description).toBeUndefined();
    expect(minus.fields.summary).toBe('Select me');
    const nav = obj((await call('member', 'GET', `/issue/${key}?fields=*navigable`)).body);
    expect(nav.fields.comment).toBeUndefined();
    expect(nav.fields.status).toBeDefined();
    const expanded = obj(
      (
        await call(
          'member',
          'GET',
          `/issue/${key}?fields=summary&expand=names,schema,editmeta,changelog,transitions,renderedFields`,
        )
      ).body,
    );
    expect(expanded.names).toEqual({ summary: 'Summary' });
    expect(expanded.schema).toEqual({ summary: { type: 'string', system: 'summary' } });
    expect(expanded.editmeta.fields.summary.required).toBe(true);
    expect(expanded.changelog).toEqual({ startAt: 0, maxResults: 0, total: 0, histories: [] });
    expect(expanded.transitions.map((t: { name: string }) => t.name).length).toBeGreaterThan(0);
  });

  it('edits fields, applies label operations and records the changelog and event', async () => {
    const { key, id } = await createIssue(call, 'member', {
      project: { key: 'DEMO' },
      issuetype: { name: 'Task' },
      summary: 'Old',
      labels: ['keep', 'drop'],
    });
    events.length = 0;
    const manager = obj((await call('manager', 'GET', '/myself')).body).accountId as string;
    const res = await call('admin', 'PUT', `/issue/${key}`, {
      fields: { summary: 'New', assignee: { accountId: manager }, priority: { name: 'High' } },
      update: { labels: [{ add: 'added' }, { remove: 'drop' }] },
    });
    expect(res.status).toBe(204);
    const issue = obj((await call('member', 'GET', `/issue/${key}?expand=changelog`)).body);
    expect(issue.fields.summary).toBe('New');
    expect(issue.fields.labels).toEqual(['keep', 'added']);
    expect(issue.fields.assignee.displayName).toBe('Morgan Manager');
    expect(issue.fields.priority.name).toBe('High');
    const items = issue.changelog.histories[0].items;
    expect(items).toEqual(
      expect.arrayContaining([
        {
          field: 'summary',
          fieldtype: 'jira',
          fieldId: 'summary',
          fromString: 'Old',
          toString: 'New',
        },
        {
          field: 'assignee',
          fieldtype: 'jira',
          fieldId: 'assignee',
          to: manager,
          toString: 'Morgan Manager',
        },
        {
          field: 'labels',
          fieldtype: 'jira',
          fieldId: 'labels',
          fromString: 'keep drop',
          toString: 'keep added',
        },
      ]),
    );
    expect(issue.changelog.histories[0].author.displayName).toBe('Ada Admin');
    const page = obj((await call('member', 'GET', `/issue/${id}/changelog`)).body);
    expect(page.total).toBe(1);
    expect(page.values[0].items.length).toBe(items.length);
    const updated = events.find((e) => e.eventType === 'avi:jira:updated:issue');
    expect(updated?.payload).toMatchObject({
      atlassianId: '712020:aims-admin-0001',
      issue: { key, fields: { summary: 'New' } },
    });
    expect((updated?.payload.changelog as { items: unknown[] }).items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ fieldId: 'summary', fromString: 'Old', toString: 'New' }),
      ]),
    );
  });

  it('refuses edits of read-only fields and unsupported operations', async () => {
    const { key } = await createIssue(call, 'member', {
      project: { key: 'DEMO' },
      issuetype: { name: 'Task' },
      summary: 'RO',
    });
    const status = await call('member', 'PUT', `/issue/${key}`, {
      fields: { status: { name: 'Done' } },
    });
    expect(status.status).toBe(400);
    expect(obj(status.body).errors.status).toBe(
      "Field 'status' cannot be set. It is not on the appropriate screen, or unknown.",
    );
    const op = await call('member', 'PUT', `/issue/${key}`, {
      update: { summary: [{ add: 'x' }] },
    });
    expect(op.status).toBe(400);
    expect(obj(op.body).errors.summary).toContain("does not support operation 'add'");
    const returned = await call('member', 'PUT', `/issue/${key}?returnIssue=true`, {
      update: { summary: [{ set: 'Via update' }] },
    });
    expect(returned.status).toBe(200);
    expect(obj(returned.body).fields.summary).toBe('Via update');
  });

  it('creates subtasks under a parent and lists them', async () => {
    const parent = await createIssue(call, 'member', {
      project: { key: 'DEMO' },
      issuetype: { name: 'Task' },
      summary: 'Parent',
    });
    const child = await createIssue(call, 'member', {
      project: { key: 'DEMO' },
      issuetype: { name: 'Subtask' },
      summary: 'Child',
      parent: { key: parent.key },
    });
    const p = obj((await call('member', 'GET', `/issue/${parent.key}`)).body);
    expect(p.fields.subtasks).toEqual([
      expect.objectContaining({
        key: child.key,
        fields: expect.objectContaining({ summary: 'Child' }),
      }),
    ]);
    const c = obj((await call('member', 'GET', `/issue/${child.key}`)).body);
    expect(c.fields.parent).toMatchObject({ key: parent.key, fields: { summary: 'Parent' } });
    expect((await call('admin', 'DELETE', `/issue/${parent.key}`)).status).toBe(400);
    expect((await call('admin', 'DELETE', `/issue/${parent.key}?deleteSubtasks=true`)).status).toBe(
      204,
    );
    expect((await call('admin', 'GET', `/issue/${child.key}`)).status).toBe(404);
  });

  it('deletes an issue (admins only) and publishes the deletion', async () => {
    const { key, id } = await createIssue(call, 'member', {
      project: { key: 'DEMO' },
      issuetype: { name: 'Task' },
      summary: 'Doomed',
    });
    expect((await call('member', 'DELETE', `/issue/${key}`)).status).toBe(403);
    events.length = 0;
    expect((await call('admin', 'DELETE', `/issue/${key}`)).status).toBe(204);
    const res = await call('admin', 'GET', `/issue/${key}`);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({
      errorMessages: ['Issue does not exist or you do not have permission to see it.'],
      errors: {},
    });
    expect(events.map((e) => e.eventType)).toEqual(['avi:jira:deleted:issue']);
    expect(events[0]?.payload).toMatchObject({ issue: { id, key } });
  });

  it('creates issues in bulk, reporting failures by element', async () => {
    const res = await call('member', 'POST', '/issue/bulk', {
      issueUpdates: [
        { fields: { project: { key: 'DEMO' }, issuetype: { name: 'Task' }, summary: 'Bulk 1' } },
        { fields: { project: { key: 'DEMO' }, issuetype: { name: 'Task' } } },
      ],
    });
    expect(res.status).toBe(201);
    const body = obj(res.body);
    expect(body.issues).toHaveLength(1);
    expect(body.errors).toEqual([
      {
        status: 400,
        elementErrors: {
          errorMessages: [],
          errors: { summary: 'You must specify a summary of the issue.' },
        },
        failedElementNumber: 1,
      },
    ]);
  });
});

describe('comments', () => {
  it('adds, reads, edits and deletes ADF comments', async () => {
    const { key } = await createIssue(call, 'member', {
      project: { key: 'DEMO' },
      issuetype: { name: 'Task' },
      summary: 'Commented',
    });
    events.length = 0;
    const created = await call('member', 'POST', `/issue/${key}/comment`, {
      body: adf('First comment'),
    });
    expect(created.status).toBe(201);
    const c = obj(created.body);
    expect(c).toMatchObject({ body: adf('First comment'), author: { displayName: 'Mel Member' } });
    expect(events.find((e) => e.eventType === 'avi:jira:commented:issue')?.payload).toMatchObject({
      issue: { key },
      comment: { id: c.id },
    });
    const list = obj((await call('auditor', 'GET', `/issue/${key}/comment`)).body);
    expect(list).toMatchObject({
      startAt: 0,
      total: 1,
      comments: [expect.objectContaining({ id: c.id })],
    });
    expect(obj((await call('auditor', 'GET', `/issue/${key}/comment/${c.id}`)).body).id).toBe(c.id);
    expect(
      (await call('auditor', 'PUT', `/issue/${key}/comment/${c.id}`, { body: adf('hijack') }))
        .status,
    ).toBe(403);
    const edited = await call('member', 'PUT', `/issue/${key}/comment/${c.id}`, {
      body: adf('Edited'),
    });
    expect(obj(edited.body).body).toEqual(adf('Edited'));
    expect(obj((await call('member', 'GET', `/issue/${key}`)).body).fields.comment.total).toBe(1);
    const empty = await call('member', 'POST', `/issue/${key}/comment`, {
      body: { type: 'doc', version: 1, content: [] },
    });
    expect(empty.status).toBe(400);
    expect(obj(empty.body).errors.comment).toBe('Comment body can not be empty!');
    expect((await call('member', 'DELETE', `/issue/${key}/comment/${c.id}`)).status).toBe(204);
    expect((await call('member', 'GET', `/issue/${key}/comment/${c.id}`)).status).toBe(404);
  });
});

describe('issue properties', () => {
  it('sets, lists, reads and deletes properties', async () => {
    const { key } = await createIssue(call, 'member', {
      project: { key: 'DEMO' },
      issuetype: { name: 'Task' },
      summary: 'Props',
    });
    expect(
      (await call('member', 'PUT', `/issue/${key}/properties/aims.state`, { step: 'react', n: 1 }))
        .status,
    ).toBe(201);
    expect(
      (await call('member', 'PUT', `/issue/${key}/properties/aims.state`, { step: 'cause', n: 2 }))
        .status,
    ).toBe(200);
    expect(obj((await call('member', 'GET', `/issue/${key}/properties`)).body).keys).toEqual([
      { self: expect.stringContaining('/properties/aims.state'), key: 'aims.state' },
    ]);
    expect((await call('member', 'GET', `/issue/${key}/properties/aims.state`)).body).toEqual({
      key: 'aims.state',
      value: { step: 'cause', n: 2 },
    });
    expect((await call('member', 'DELETE', `/issue/${key}/properties/aims.state`)).status).toBe(
      204,
    );
    expect((await call('member', 'GET', `/issue/${key}/properties/aims.state`)).status).toBe(404);
  });
});

describe('issue links', () => {
  it('links two issues in both directions and publishes link events', async () => {
    const a = await createIssue(call, 'member', {
      project: { key: 'DEMO' },
      issuetype: { name: 'Task' },
      summary: 'Blocker',
    });
    const b = await createIssue(call, 'member', {
      project: { key: 'DEMO' },
      issuetype: { name: 'Bug' },
      summary: 'Blocked',
    });
    events.length = 0;
    const res = await call('member', 'POST', '/issueLink', {
      type: { name: 'Blocks' },
      inwardIssue: { key: a.key },
      outwardIssue: { key: b.key },
    });
    expect(res.status).toBe(201);
    const location = res.headers.get('location') ?? '';
    const linkId = location.split('/').pop() ?? '';
    const aLinks = obj((await call('member', 'GET', `/issue/${a.key}?fields=issuelinks`)).body)
      .fields.issuelinks;
    expect(aLinks).toEqual([
      expect.objectContaining({
        id: linkId,
        type: expect.objectContaining({ name: 'Blocks', outward: 'blocks' }),
        outwardIssue: expect.objectContaining({
          key: b.key,
          fields: expect.objectContaining({
            summary: 'Blocked',
            status: expect.any(Object),
            issuetype: expect.any(Object),
            priority: expect.any(Object),
          }),
        }),
      }),
    ]);
    const bLinks = obj((await call('member', 'GET', `/issue/${b.key}?fields=issuelinks`)).body)
      .fields.issuelinks;
    expect(bLinks[0].inwardIssue.key).toBe(a.key);
    const link = obj((await call('member', 'GET', `/issueLink/${linkId}`)).body);
    expect(link).toMatchObject({
      id: linkId,
      inwardIssue: { key: a.key },
      outwardIssue: { key: b.key },
    });
    const created = events.find((e) => e.eventType === 'avi:jira:created:issuelink');
    expect(created?.payload).toMatchObject({
      id: linkId,
      sourceIssueId: a.id,
      destinationIssueId: b.id,
      issueLinkType: { name: 'Blocks' },
    });
    expect(
      (
        await call('member', 'POST', '/issueLink', {
          type: { name: 'Nope' },
          inwardIssue: { key: a.key },
          outwardIssue: { key: b.key },
        })
      ).status,
    ).toBe(404);
    expect((await call('member', 'DELETE', `/issueLink/${linkId}`)).status).toBe(204);
    expect(events.some((e) => e.eventType === 'avi:jira:deleted:issuelink')).toBe(true);
    expect(
      obj((await call('member', 'GET', `/issue/${a.key}?fields=issuelinks`)).body).fields
        .issuelinks,
    ).toEqual([]);
  });
});
