import type { RunningSite } from '../../../emulator/core/site';
import { startTestSite } from '../../support/test-site';
import type { Call } from './jira-helpers';
import { jiraCaller, obj } from './jira-helpers';

let site: RunningSite;
let call: Call;

beforeAll(async () => {
  site = await startTestSite();
  call = jiraCaller(site);
});
afterAll(async () => site.close());

describe('authentication', () => {
  it('answers 401 with Jira error shape without credentials', async () => {
    const res = await fetch(`${site.url}/rest/api/3/myself`);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ errorMessages: [expect.any(String)], errors: {} });
  });

  it('answers 401 for a wrong token', async () => {
    const res = await fetch(`${site.url}/rest/api/3/myself`, {
      headers: {
        Authorization: `Basic ${Buffer.from('admin@example.com:nope').toString('base64')}`,
      },
    });
    expect(res.status).toBe(401);
  });
});

describe('users', () => {
  it('GET /myself describes the caller', async () => {
    const res = await call('manager', 'GET', '/myself?expand=groups');
    expect(res.status).toBe(200);
    const me = obj(res.body);
    expect(me).toMatchObject({
      emailAddress: 'manager@example.com',
      displayName: 'Morgan Manager',
      accountType: 'atlassian',
      active: true,
    });
    expect(me.groups.items.map((g: { name: string }) => g.name)).toContain('aims-managers');
  });

  it('finds users by query, by accountId and in bulk', async () => {
    const search = obj((await call('member', 'GET', '/user/search?query=avery')).body);
    expect(search).toHaveLength(1);
    const accountId = search[0].accountId as string;
    expect(
      obj((await call('member', 'GET', `/user?accountId=${accountId}`)).body).displayName,
    ).toBe('Avery Auditor');
    expect((await call('member', 'GET', '/user?accountId=nobody')).status).toBe(404);
    const bulk = obj(
      (
        await call(
          'member',
          'GET',
          `/user/bulk?accountId=${accountId}&accountId=712020:aims-admin-0001`,
        )
      ).body,
    );
    expect(bulk.values.map((u: { displayName: string }) => u.displayName)).toEqual([
      'Avery Auditor',
      'Ada Admin',
    ]);
    expect(bulk.total).toBe(2);
    const all = obj((await call('member', 'GET', '/users/search')).body);
    expect(all.length).toBeGreaterThanOrEqual(4);
  });
});

describe('projects', () => {
  it('lists the projects a user may browse (member cannot see SEC)', async () => {
    const adminKeys = obj((await call('admin', 'GET', '/project')).body).map(
      (p: { key: string }) => p.key,
    );
    expect(adminKeys).toEqual(expect.arrayContaining(['DEMO', 'AIMS', 'SEC']));
    const memberKeys = obj((await call('member', 'GET', '/project')).body).map(
      (p: { key: string }) => p.key,
    );
    expect(memberKeys).toEqual(expect.arrayContaining(['DEMO', 'AIMS']));
    expect(memberKeys).not.toContain('SEC');
    expect((await call('member', 'GET', '/project/SEC')).status).toBe(404);
    expect((await call('manager', 'GET', '/project/SEC')).status).toBe(200);
  });

  it('says which projects are team-managed (style next-gen, simplified)', async () => {
    const team = obj((await call('member', 'GET', '/project/TEAM')).body);
    expect(team).toMatchObject({ key: 'TEAM', style: 'next-gen', simplified: true });
    const demo = obj((await call('member', 'GET', '/project/DEMO')).body);
    expect(demo).toMatchObject({ style: 'classic', simplified: false });
  });

  it('pages /project/search and returns a project with its issue types', async () => {
    const page = obj((await call('admin', 'GET', '/project/search?maxResults=2')).body);
    expect(page).toMatchObject({ startAt: 0, maxResults: 2, total: 4, isLast: false });
    expect(page.values.map((p: { key: string }) => p.key)).toEqual(['AIMS', 'DEMO']);
    expect(page.nextPage).toContain('startAt=2');
    const demo = obj((await call('member', 'GET', '/project/demo')).body);
    expect(demo.key).toBe('DEMO');
    expect(demo.issueTypes.map((t: { name: string }) => t.name)).toEqual([
      'Task',
      'Bug',
      'Epic',
      'Subtask',
    ]);
    expect(demo.lead.displayName).toBe('Ada Admin');
  });

  it('lists statuses per issue type', async () => {
    const res = await call('member', 'GET', '/project/DEMO/statuses');
    expect(res.status).toBe(200);
    const task = obj(res.body).find((t: { name: string }) => t.name === 'Task');
    expect(task.statuses.map((s: { name: string }) => s.name)).toEqual(
      expect.arrayContaining(['To Do', 'In Progress', 'Done']),
    );
  });

  it('shows security levels only to members of the level, schemes only to admins', async () => {
    expect(
      obj((await call('auditor', 'GET', '/project/AIMS/securitylevel')).body).levels.map(
        (l: { name: string }) => l.name,
      ),
    ).toEqual(['Confidential']);
    expect(obj((await call('member', 'GET', '/project/AIMS/securitylevel')).body).levels).toEqual(
      [],
    );
    expect((await call('member', 'GET', '/issuesecurityschemes')).status).toBe(403);
    const schemes = obj(
      (await call('admin', 'GET', '/issuesecurityschemes')).body,
    ).issueSecuritySchemes;
    expect(schemes[0]).toMatchObject({
      name: 'AIMS security',
      levels: [expect.objectContaining({ name: 'Confidential' })],
    });
  });
});

describe('issue types and schemes', () => {
  it('seeds the standard issue types with hierarchy levels', async () => {
    const types = obj((await call('member', 'GET', '/issuetype')).body);
    const byName = Object.fromEntries(
      types.map((t: { name: string; hierarchyLevel: number }) => [t.name, t.hierarchyLevel]),
    );
    expect(byName).toMatchObject({ Epic: 1, Task: 0, Bug: 0, Subtask: -1 });
  });

  it('creates an issue type (admin only), refuses a duplicate name and updates it', async () => {
    expect((await call('member', 'POST', '/issuetype', { name: 'AI Risk' })).status).toBe(403);
    const created = await call('admin', 'POST', '/issuetype', {
      name: 'AI Risk',
      description: 'A risk',
      type: 'standard',
    });
    expect(created.status).toBe(201);
    const id = obj(created.body).id as string;
    expect(obj(created.body)).toMatchObject({ name: 'AI Risk', subtask: false, hierarchyLevel: 0 });
    const dup = await call('admin', 'POST', '/issuetype', { name: 'ai risk' });
    expect(dup.status).toBe(409);
    const updated = await call('admin', 'PUT', `/issuetype/${id}`, { description: 'An AI risk' });
    expect(obj(updated.body).description).toBe('An AI risk');
    expect(obj((await call('admin', 'GET', `/issuetype/${id}`)).body).name).toBe('AI Risk');
    expect((await call('admin', 'GET', '/issuetype/99999')).status).toBe(404);
  });

  it("adds a type to a project's scheme so the project offers it", async () => {
    const project = obj((await call('admin', 'GET', '/project/AIMS')).body);
    const type = obj((await call('admin', 'POST', '/issuetype', { name: 'AI System' })).body);
    const before = obj(
      (await call('admin', 'GET', `/issuetype/project?projectId=${project.id}`)).body,
    );
    expect(before.map((t: { name: string }) => t.name)).not.toContain('AI System');
    const assoc = obj(
      (await call('admin', 'GET', `/issuetypescheme/project?projectId=${project.id}`)).body,
    );
    const schemeId = assoc.values[0].issueTypeScheme.id as string;
    expect(assoc.values[0].projectIds).toEqual([project.id]);
    expect(
      (
        await call('admin', 'PUT', `/issuetypescheme/${schemeId}/issuetype`, {
          issueTypeIds: [type.id],
        })
      ).status,
    ).toBe(204);
    expect(
      (
        await call('admin', 'PUT', `/issuetypescheme/${schemeId}/issuetype`, {
          issueTypeIds: [type.id],
        })
      ).status,
    ).toBe(400);
    const after = obj(
      (await call('admin', 'GET', `/issuetype/project?projectId=${project.id}`)).body,
    );
    expect(after.map((t: { name: string }) => t.name)).toContain('AI System');
  });

  it('renames an issue type in place: its issues keep it, JQL knows it by the new name only', async () => {
    const project = obj((await call('admin', 'GET', '/project/AIMS')).body);
    const type = obj((await call('admin', 'POST', '/issuetype', { name: 'Audit' })).body);
    const assoc = obj(
      (await call('admin', 'GET', `/issuetypescheme/project?projectId=${project.id}`)).body,
    );
    const schemeId = assoc.values[0].issueTypeScheme.id as string;
    await call('admin', 'PUT', `/issuetypescheme/${schemeId}/issuetype`, {
      issueTypeIds: [type.id],
    });
    const issue = obj(
      (
        await call('admin', 'POST', '/issue', {
          fields: { project: { key: 'AIMS' }, issuetype: { id: type.id }, summary: 'Q3 audit' },
        })
      ).body,
    );
    const taken = obj((await call('admin', 'POST', '/issuetype', { name: 'Taken' })).body);

    // Jira administrators only; no content, a name over 60 characters or a taken name (any case)
    // is refused and changes nothing.
    expect((await call('manager', 'PUT', `/issuetype/${type.id}`, { name: 'X' })).status).toBe(403);
    expect((await call('admin', 'PUT', `/issuetype/${type.id}`, {})).status).toBe(400);
    expect(
      (await call('admin', 'PUT', `/issuetype/${type.id}`, { name: 'A'.repeat(61) })).status,
    ).toBe(400);
    const clash = await call('admin', 'PUT', `/issuetype/${type.id}`, { name: 'taken' });
    expect(clash.status).toBe(409);
    expect(obj(clash.body).errors).toEqual({
      name: 'An issue type with this name already exists.',
    });
    expect(obj((await call('admin', 'GET', `/issuetype/${taken.id}`)).body).name).toBe('Taken');

    const renamed = await call('admin', 'PUT', `/issuetype/${type.id}`, { name: 'AIMS Audit' });
    expect(renamed.status).toBe(200);
    expect(obj(renamed.body)).toMatchObject({ id: type.id, name: 'AIMS Audit' });
    const read = obj((await call('member', 'GET', `/issue/${issue.key}?fields=issuetype`)).body);
    expect(read.fields.issuetype).toMatchObject({ id: type.id, name: 'AIMS Audit' });
    const search = (jql: string) =>
      call('admin', 'POST', '/search/jql', { jql, fields: ['summary'] });
    const found = await search('project = AIMS AND issuetype = "AIMS Audit"');
    expect(obj(found.body).issues.map((i: { key: string }) => i.key)).toEqual([issue.key]);
    const old = await search('project = AIMS AND issuetype = "Audit"');
    expect(old.status).toBe(400);
    expect(obj(old.body).errorMessages[0]).toContain("'Audit'");
  });

  it('creates a scheme and assigns it to a project', async () => {
    const types = obj((await call('admin', 'GET', '/issuetype')).body);
    const task = types.find((t: { name: string }) => t.name === 'Task');
    const created = await call('admin', 'POST', '/issuetypescheme', {
      name: 'Tasks only',
      issueTypeIds: [task.id],
      defaultIssueTypeId: task.id,
    });
    expect(created.status).toBe(201);
    const schemeId = obj(created.body).issueTypeSchemeId as string;
    const list = obj((await call('admin', 'GET', `/issuetypescheme?id=${schemeId}`)).body);
    expect(list.values).toEqual([
      {
        id: schemeId,
        name: 'Tasks only',
        description: '',
        defaultIssueTypeId: task.id,
        isDefault: false,
      },
    ]);
    const sec = obj((await call('admin', 'GET', '/project/SEC')).body);
    expect(
      (
        await call('admin', 'PUT', '/issuetypescheme/project', {
          issueTypeSchemeId: schemeId,
          projectId: sec.id,
        })
      ).status,
    ).toBe(204);
    const offered = obj(
      (await call('admin', 'GET', `/issuetype/project?projectId=${sec.id}`)).body,
    );
    expect(offered.map((t: { name: string }) => t.name)).toEqual(['Task']);
    // DEMO has a Bug issue, so a Task-only scheme cannot be assigned there.
    const demo = obj((await call('admin', 'GET', '/project/DEMO')).body);
    expect(
      (
        await call('admin', 'PUT', '/issuetypescheme/project', {
          issueTypeSchemeId: schemeId,
          projectId: demo.id,
        })
      ).status,
    ).toBe(400);
  });
});

describe('reference data', () => {
  it('seeds priorities, resolutions and link types', async () => {
    const priorities = obj((await call('member', 'GET', '/priority')).body);
    expect(priorities.map((p: { name: string }) => p.name)).toEqual([
      'Highest',
      'High',
      'Medium',
      'Low',
      'Lowest',
    ]);
    expect(priorities.find((p: { isDefault: boolean }) => p.isDefault).name).toBe('Medium');
    const resolutions = obj((await call('member', 'GET', '/resolution')).body);
    expect(resolutions.map((r: { name: string }) => r.name)).toContain('Done');
    const linkTypes = obj((await call('member', 'GET', '/issueLinkType')).body).issueLinkTypes;
    expect(linkTypes.map((t: { name: string }) => t.name)).toEqual([
      'Blocks',
      'Cloners',
      'Duplicate',
      'Relates',
    ]);
  });

  it('manages link types (admin only)', async () => {
    expect(
      (
        await call('member', 'POST', '/issueLinkType', {
          name: 'Mitigates',
          inward: 'is mitigated by',
          outward: 'mitigates',
        })
      ).status,
    ).toBe(403);
    const created = await call('admin', 'POST', '/issueLinkType', {
      name: 'Mitigates',
      inward: 'is mitigated by',
      outward: 'mitigates',
    });
    expect(created.status).toBe(201);
    const id = obj(created.body).id as string;
    expect(
      (
        await call('admin', 'POST', '/issueLinkType', {
          name: 'Mitigates',
          inward: 'a',
          outward: 'b',
        })
      ).status,
    ).toBe(400);
    expect(
      obj((await call('admin', 'PUT', `/issueLinkType/${id}`, { outward: 'reduces' })).body)
        .outward,
    ).toBe('reduces');
    expect(obj((await call('member', 'GET', `/issueLinkType/${id}`)).body)).toMatchObject({
      name: 'Mitigates',
      inward: 'is mitigated by',
      outward: 'reduces',
    });
    expect((await call('admin', 'DELETE', `/issueLinkType/${id}`)).status).toBe(204);
    expect((await call('admin', 'GET', `/issueLinkType/${id}`)).status).toBe(404);
  });
});

describe('mypermissions', () => {
  it('requires the permissions parameter', async () => {
    expect((await call('member', 'GET', '/mypermissions')).status).toBe(400);
  });

  it('answers per project', async () => {
    const sec = obj(
      (
        await call(
          'member',
          'GET',
          '/mypermissions?projectKey=SEC&permissions=BROWSE_PROJECTS,CREATE_ISSUES',
        )
      ).body,
    );
    expect(sec.permissions.BROWSE_PROJECTS.havePermission).toBe(false);
    expect(sec.permissions.CREATE_ISSUES.havePermission).toBe(false);
    const demo = obj(
      (
        await call(
          'member',
          'GET',
          '/mypermissions?projectKey=DEMO&permissions=BROWSE_PROJECTS,ADMINISTER',
        )
      ).body,
    );
    expect(demo.permissions.BROWSE_PROJECTS).toMatchObject({
      key: 'BROWSE_PROJECTS',
      type: 'PROJECT',
      havePermission: true,
    });
    expect(demo.permissions.ADMINISTER.havePermission).toBe(false);
    const admin = obj((await call('admin', 'GET', '/mypermissions?permissions=ADMINISTER')).body);
    expect(admin.permissions.ADMINISTER.havePermission).toBe(true);
  });
});
