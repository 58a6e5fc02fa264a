import type { RunningSite } from '../../../emulator/core/site';
import { startTestSite } from '../../support/test-site';
import type { Call } from './jira-helpers';
import { createIssue, jiraCaller, obj, ok } from './jira-helpers';

const T = 'com.atlassian.jira.plugin.system.customfieldtypes:';
let site: RunningSite;
let call: Call;
let likelihood: string;
const keys: string[] = [];

beforeAll(async () => {
  site = await startTestSite();
  call = jiraCaller(site);
  likelihood = obj(
    (await call('admin', 'POST', '/field', { name: 'Likelihood', type: `${T}select` })).body,
  ).id as string;
  await ok(call, 'POST', `/screens/addToDefault/${likelihood}`);
  const ctxId = obj((await call('admin', 'GET', `/field/${likelihood}/context`)).body).values[0]
    .id as string;
  await call('admin', 'POST', `/field/${likelihood}/context/${ctxId}/option`, {
    options: [{ value: 'Rare' }, { value: 'Likely' }],
  });
  for (let i = 1; i <= 7; i += 1) {
    const issue = await createIssue(call, 'admin', {
      project: { key: 'AIMS' },
      issuetype: { name: i === 7 ? 'Bug' : 'Task' },
      summary: `Search subject ${i}`,
      labels: i % 2 ? ['odd'] : ['even'],
      [likelihood]: { value: i <= 3 ? 'Likely' : 'Rare' },
    });
    keys.push(issue.key);
  }
});
afterAll(async () => site.close());

describe('JQL search', () => {
  it('pages through results with an opaque nextPageToken', async () => {
    const jql = 'project = AIMS ORDER BY key ASC';
    const first = obj(
      (await call('member', 'POST', '/search/jql', { jql, maxResults: 3, fields: ['summary'] }))
        .body,
    );
    expect(first.issues.map((i: { key: string }) => i.key)).toEqual(keys.slice(0, 3));
    expect(first.isLast).toBe(false);
    expect(typeof first.nextPageToken).toBe('string');
    expect(first.nextPageToken).not.toMatch(/^\d+$/); // opaque, not the offset
    const second = obj(
      (
        await call('member', 'POST', '/search/jql', {
          jql,
          maxResults: 3,
          fields: ['summary'],
          nextPageToken: first.nextPageToken,
        })
      ).body,
    );
    expect(second.issues.map((i: { key: string }) => i.key)).toEqual(keys.slice(3, 6));
    const query = new URLSearchParams({
      jql,
      maxResults: '3',
      fields: 'summary',
      nextPageToken: second.nextPageToken as string,
    });
    const third = obj((await call('member', 'GET', `/search/jql?${query.toString()}`)).body);
    expect(third.issues.map((i: { key: string }) => i.key)).toEqual(keys.slice(6));
    expect(third.isLast).toBe(true);
    expect(third.nextPageToken).toBeUndefined();
    const foreign = await call('member', 'POST', '/search/jql', {
      jql: 'project = DEMO',
      nextPageToken: first.nextPageToken,
    });
    expect(foreign.status).toBe(400);
  });

  it('returns only ids by default and the requested fields otherwise', async () => {
    const ids = obj(
      (await call('member', 'GET', `/search/jql?jql=${encodeURIComponent('project = AIMS')}`)).body,
    );
    expect(ids.issues[0]).toEqual({
      expand: expect.any(String),
      id: expect.any(String),
      self: expect.any(String),
      key: expect.any(String),
      fields: {},
    });
    const some = obj(
      (
        await call('member', 'POST', '/search/jql', {
          jql: 'project = AIMS',
          fields: ['summary', likelihood],
          expand: 'names',
        })
      ).body,
    );
    expect(Object.keys(some.issues[0].fields).sort()).toEqual([likelihood, 'summary'].sort());
    expect(some.names).toEqual({ summary: 'Summary', [likelihood]: 'Likelihood' });
  });

  it('filters by custom field by name and cf[id], labels, type and text, ordering as asked', async () => {
    const count = async (jql: string): Promise<number> =>
      obj((await call('member', 'POST', '/search/approximate-count', { jql })).body)
        .count as number;
    const numeric = likelihood.replace('customfield_', '');
    expect(await count('project = AIMS AND Likelihood = Likely')).toBe(3);
    expect(await count(`project = AIMS AND cf[${numeric}] = Rare`)).toBe(4);
    expect(await count('project = AIMS AND labels = odd')).toBe(4);
    expect(await count('project = AIMS AND issuetype = Bug')).toBe(1);
    expect(await count('project = AIMS AND summary ~ "subject 5"')).toBeGreaterThanOrEqual(1);
    expect(await count('project = AIMS AND status = "To Do" AND assignee IS EMPTY')).toBe(7);
    const desc = obj(
      (
        await call('member', 'POST', '/search/jql', {
          jql: 'project = AIMS ORDER BY key DESC',
          maxResults: 2,
        })
      ).body,
    );
    expect(desc.issues.map((i: { key: string }) => i.key)).toEqual([keys[6], keys[5]]);
  });

  it('answers Jira errors for bad and unbounded queries', async () => {
    const bad = await call('member', 'POST', '/search/jql', { jql: 'project = AIMS AND' });
    expect(bad.status).toBe(400);
    expect(obj(bad.body).errorMessages[0]).toMatch(/Error in the JQL Query/);
    const unknown = await call('member', 'POST', '/search/jql', { jql: 'nosuchfield = 1' });
    expect(obj(unknown.body).errorMessages).toEqual([
      "Field 'nosuchfield' does not exist or you do not have permission to view it.",
    ]);
    const unbounded = await call('member', 'POST', '/search/jql', { jql: '' });
    expect(unbounded.status).toBe(400);
    expect(obj(unbounded.body).errorMessages[0]).toContain('Unbounded JQL');
    expect(
      (await call('member', 'POST', '/search/approximate-count', { jql: 'ORDER BY created' }))
        .status,
    ).toBe(400);
  });
});
