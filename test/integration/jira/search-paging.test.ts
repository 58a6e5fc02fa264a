/**
 * Page sizes of /search/jql as Jira Cloud answers them (the spec's `maxResults`: "The greatest
 * number of items returned per page is achieved when requesting `id` or `key` only. It returns max
 * 5000 issues"; with fields, at most 100), and paging through a large result with nextPageToken.
 */
import type { RunningSite } from '../../../emulator/core/site';
import { jiraModels } from '../../../emulator/jira/models/jira-models';
import { startTestSite } from '../../support/test-site';
import type { Call } from './jira-helpers';
import { createIssue, jiraCaller, obj } from './jira-helpers';

const ISSUES = 5_150;
const JQL = 'project = AIMS AND labels = paging ORDER BY key';

let site: RunningSite;
let call: Call;
const keys: string[] = [];

beforeAll(async () => {
  site = await startTestSite();
  call = jiraCaller(site);
  const first = await createIssue(call, 'admin', {
    project: { key: 'AIMS' },
    issuetype: { name: 'Task' },
    summary: 'Paging subject',
    labels: ['paging'],
  });
  // The rest are copies written straight to the store (5 000 REST creates would take minutes).
  const m = jiraModels(site.ctx);
  const template = m.store.find(first.key);
  if (!template) throw new Error('no template issue');
  keys.push(template.key);
  site.ctx.db.transaction(() => {
    for (let i = 1; i < ISSUES; i += 1) {
      const key = m.store.nextKey(template.projectId, 'AIMS');
      m.store.put({ ...template, id: m.store.nextId(), key, summary: `Paging subject ${i}` });
      keys.push(key);
    }
  })();
}, 60_000);
afterAll(async () => site.close());

interface Page {
  issues: { id: string; key: string; fields?: Record<string, unknown> }[];
  isLast: boolean;
  nextPageToken?: string;
}

async function page(body: Record<string, unknown>): Promise<Page> {
  const res = await call('member', 'POST', '/search/jql', { jql: JQL, ...body });
  if (res.status !== 200) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  return obj(res.body) as Page;
}

describe('page sizes', () => {
  it.each([
    ['no fields (ids only)', {}],
    ['fields id', { fields: ['id'] }],
    ['fields key', { fields: ['key'] }],
    ['fields id and key', { fields: ['id,key'] }],
  ])('answers up to 5000 issues a page with %s', async (_what, body) => {
    const first = await page({ ...body, maxResults: 10_000 });
    expect(first.issues).toHaveLength(5000);
    expect(first.isLast).toBe(false);
    const second = await page({ ...body, maxResults: 10_000, nextPageToken: first.nextPageToken });
    expect(second.issues.map((i) => i.key)).toEqual(keys.slice(5000));
    expect(second.isLast).toBe(true);
  });

  it.each([
    ['a field', { fields: ['summary'] }],
    ['all fields', { fields: ['*all'] }],
    ['a field besides the key', { fields: ['key', 'labels'] }],
    ['an issue property', { properties: ['aims'] }],
    ['an expansion', { expand: 'names' }],
  ])('answers at most 100 issues a page when asked for %s', async (_what, body) => {
    const first = await page({ ...body, maxResults: 1000 });
    expect(first.issues).toHaveLength(100);
    expect(first.issues.map((i) => i.key)).toEqual(keys.slice(0, 100));
  });

  it('answers fewer when asked for fewer', async () => {
    expect((await page({ fields: ['summary'], maxResults: 7 })).issues).toHaveLength(7);
  });
});

describe('paging through a large result', () => {
  it('gives every issue once, in order, page after page', async () => {
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const p = await page({ fields: ['summary'], maxResults: 100, nextPageToken: token });
      seen.push(...p.issues.map((i) => i.key));
      token = p.isLast ? undefined : p.nextPageToken;
    } while (token);
    expect(seen).toEqual(keys);
  });

  it('shows on the next page an issue created after the first', async () => {
    const first = await page({ fields: ['key'], maxResults: 5000 });
    const created = await createIssue(call, 'admin', {
      project: { key: 'AIMS' },
      issuetype: { name: 'Task' },
      summary: 'Created while paging',
      labels: ['paging'],
    });
    const second = await page({
      fields: ['key'],
      maxResults: 5000,
      nextPageToken: first.nextPageToken,
    });
    expect(second.issues.map((i) => i.key)).toEqual([...keys.slice(5000), created.key]);
  });
});
