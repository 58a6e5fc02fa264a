import type { RunningSite } from '../../../emulator/core/site';
import { startTestSite } from '../../support/test-site';
import type { Call } from './jira-helpers';
import { adf, createIssue, jiraCaller, obj } from './jira-helpers';

const NOT_VISIBLE = {
  errorMessages: ['Issue does not exist or you do not have permission to see it.'],
  errors: {},
};
let site: RunningSite;
let call: Call;
let secret: { id: string; key: string };
let open: { id: string; key: string };
let secIssue: { id: string; key: string };
let levelId: string;

beforeAll(async () => {
  site = await startTestSite();
  call = jiraCaller(site);
  levelId = obj((await call('manager', 'GET', '/project/AIMS/securitylevel')).body).levels[0]
    .id as string;
  secret = await createIssue(call, 'manager', {
    project: { key: 'AIMS' },
    issuetype: { name: 'Task' },
    summary: 'Confidential risk',
    security: { id: levelId },
    labels: ['perm'],
  });
  open = await createIssue(call, 'manager', {
    project: { key: 'AIMS' },
    issuetype: { name: 'Task' },
    summary: 'Open risk',
    labels: ['perm'],
  });
  secIssue = await createIssue(call, 'manager', {
    project: { key: 'SEC' },
    issuetype: { name: 'Task' },
    summary: 'Incident',
  });
  await call('manager', 'POST', '/issueLink', {
    type: { name: 'Relates' },
    inwardIssue: { key: open.key },
    outwardIssue: { key: secret.key },
  });
  await call('manager', 'POST', '/issueLink', {
    type: { name: 'Relates' },
    inwardIssue: { key: open.key },
    outwardIssue: { key: secIssue.key },
  });
});
afterAll(async () => site.close());

describe('issue security levels', () => {
  it('shows the Confidential issue to managers, auditors and admins, with its level', async () => {
    for (const login of ['manager', 'auditor', 'admin'] as const) {
      const res = await call(login, 'GET', `/issue/${secret.key}?fields=security`);
      expect(res.status).toBe(200);
      expect(obj(res.body).fields.security).toMatchObject({ id: levelId, name: 'Confidential' });
    }
  });

  it('finds issues by their security level in JQL (`level`), as the searcher may see them', async () => {
    const search = async (login: 'manager' | 'member', jql: string) =>
      (
        obj((await call(login, 'POST', '/search/jql', { jql, fields: ['key'] })).body).issues as {
          key: string;
        }[]
      ).map((i) => i.key);
    const restricted = 'labels = perm AND level is not EMPTY';
    expect(await search('manager', restricted)).toEqual([secret.key]);
    expect(await search('manager', 'labels = perm AND level is EMPTY')).toEqual([open.key]);
    expect(await search('manager', 'labels = perm AND level = Confidential')).toEqual([secret.key]);
    expect(await search('member', restricted)).toEqual([]);
  });

  it('hides the Confidential issue from member on every read', async () => {
    const paths = [
      `/issue/${secret.key}`,
      `/issue/${secret.id}`,
      `/issue/${secret.key}/comment`,
      `/issue/${secret.key}/properties`,
      `/issue/${secret.key}/transitions`,
      `/issue/${secret.key}/changelog`,
      `/issue/${secret.key}/editmeta`,
    ];
    for (const path of paths) {
      const res = await call('member', 'GET', path);
      expect({ path, status: res.status, body: res.body }).toEqual({
        path,
        status: 404,
        body: NOT_VISIBLE,
      });
    }
    expect(
      (await call('member', 'POST', `/issue/${secret.key}/comment`, { body: adf('x') })).status,
    ).toBe(404);
    expect(
      (await call('member', 'PUT', `/issue/${secret.key}`, { fields: { summary: 'x' } })).status,
    ).toBe(404);
    expect(
      (
        await call('member', 'POST', `/issue/${secret.key}/transitions`, {
          transition: { id: '31' },
        })
      ).status,
    ).toBe(404);
    expect(
      (await call('member', 'PUT', `/issue/${secret.key}/properties/k`, { a: 1 })).status,
    ).toBe(404);
  });

  it('leaves it out of member searches and counts', async () => {
    const jql = 'project = AIMS AND labels = perm ORDER BY key ASC';
    const member = obj(
      (await call('member', 'POST', '/search/jql', { jql, fields: ['summary'] })).body,
    );
    expect(member.issues.map((i: { key: string }) => i.key)).toEqual([open.key]);
    const auditor = obj(
      (await call('auditor', 'POST', '/search/jql', { jql, fields: ['summary'] })).body,
    );
    expect(auditor.issues.map((i: { key: string }) => i.key)).toEqual([secret.key, open.key]);
    expect(
      obj((await call('member', 'POST', '/search/approximate-count', { jql })).body).count,
    ).toBe(1);
    expect(
      obj((await call('auditor', 'POST', '/search/approximate-count', { jql })).body).count,
    ).toBe(2);
    const byKey = obj(
      (await call('member', 'GET', `/search/jql?jql=${encodeURIComponent(`key = ${secret.key}`)}`))
        .body,
    );
    expect(byKey.issues).toEqual([]);
  });

  it('omits links to issues the user cannot see', async () => {
    const forMember = obj(
      (await call('member', 'GET', `/issue/${open.key}?fields=issuelinks`)).body,
    ).fields.issuelinks;
    expect(forMember).toEqual([]);
    const forManager = obj(
      (await call('manager', 'GET', `/issue/${open.key}?fields=issuelinks`)).body,
    ).fields.issuelinks;
    expect(
      forManager.map((l: { outwardIssue: { key: string } }) => l.outwardIssue.key).sort(),
    ).toEqual([secIssue.key, secret.key].sort());
    const linked = `issue in linkedIssues(${open.key})`;
    expect(
      obj((await call('member', 'POST', '/search/approximate-count', { jql: linked })).body).count,
    ).toBe(0);
    expect(
      obj((await call('manager', 'POST', '/search/approximate-count', { jql: linked })).body).count,
    ).toBe(2);
    const linkId = forManager[0].id as string;
    expect((await call('member', 'GET', `/issueLink/${linkId}`)).status).toBe(404);
    expect(
      (
        await call('member', 'POST', '/issueLink', {
          type: { name: 'Relates' },
          inwardIssue: { key: open.key },
          outwardIssue: { key: secret.key },
        })
      ).status,
    ).toBe(404);
  });

  it('does not let a member set a level they are not in', async () => {
    const res = await call('member', 'POST', '/issue', {
      fields: {
        project: { key: 'AIMS' },
        issuetype: { name: 'Task' },
        summary: 'x',
        security: { id: levelId },
      },
    });
    expect(res.status).toBe(400);
    expect(obj(res.body).errors.security).toContain('Confidential');
    const demo = await call('admin', 'POST', '/issue', {
      fields: {
        project: { key: 'DEMO' },
        issuetype: { name: 'Task' },
        summary: 'x',
        security: { id: levelId },
      },
    });
    expect(obj(demo.body).errors.security).toContain('cannot be set');
  });
});

describe('project browse permission', () => {
  it('keeps SEC out of reach for member', async () => {
    expect(await call('member', 'GET', `/issue/${secIssue.key}`)).toMatchObject({
      status: 404,
      body: NOT_VISIBLE,
    });
    const create = await call('member', 'POST', '/issue', {
      fields: { project: { key: 'SEC' }, issuetype: { name: 'Task' }, summary: 'x' },
    });
    expect(create.status).toBe(400);
    expect(obj(create.body).errors.project).toBe('Specify a valid project ID or key');
    const search = await call('member', 'POST', '/search/jql', { jql: 'project = SEC' });
    expect(search.status).toBe(400);
    expect(obj(search.body).errorMessages).toEqual([
      "The value 'SEC' does not exist for the field 'project'.",
    ]);
    expect((await call('member', 'GET', '/issue/createmeta/SEC/issuetypes')).status).toBe(400);
  });

  it('lets the app user see everything', async () => {
    const app = site.ctx.users.all().find((u) => u.accountType === 'app');
    if (!app) throw new Error('no app user');
    const res = await fetch(`${site.url}/rest/api/3/issue/${secret.key}`, {
      headers: {
        Authorization: `Basic ${Buffer.from(`${app.accountId}:${app.apiToken}`).toString('base64')}`,
      },
    });
    expect(res.status).toBe(200);
  });
});
