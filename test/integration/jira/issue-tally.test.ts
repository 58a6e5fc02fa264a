/**
 * tallyIssues on the emulated Jira: every issue is counted (overlapping buckets included) and the
 * request count is the fewest the sizes allow — one request when the issues fit in one page, the
 * remaining pages when reading is cheaper than one count per bucket, the counts otherwise.
 */
import type { RunningSite } from '../../../emulator/core/site';
import { tallyIssues } from '../../../src/jira/issue-tally';
import { jql } from '../../../src/jira/jql-builder';
import type { JqlClause } from '../../../src/jira/jql-builder';
import { ProductClient } from '../../../src/jira/product-client';
import { basicAuth, callAs, jsonOk, startTestSite } from '../../support/test-site';

jest.setTimeout(120_000);

let site: RunningSite;
let requests: string[] = [];

/** Jira REST as the admin, each request's path written down. */
function adminJira(): ProductClient {
  return new ProductClient(async (path, init) => {
    requests.push(path.value.replace(/\?.*$/, ''));
    const res = await fetch(site.url + path.value, {
      method: init?.method ?? 'GET',
      headers: { ...(init?.headers ?? {}), Authorization: basicAuth('admin') },
      body: init?.body as string | undefined,
    });
    return res as unknown as Awaited<ReturnType<ConstructorParameters<typeof ProductClient>[0]>>;
  });
}

/** n tasks labelled `group`, the i-th also `odd` or `even`, and every third `third`. */
async function createTasks(group: string, n: number): Promise<void> {
  for (let i = 0; i < n; i += 50) {
    await jsonOk(
      callAs(site, 'admin', 'POST', '/rest/api/3/issue/bulk', {
        issueUpdates: Array.from({ length: Math.min(50, n - i) }, (_, j) => ({
          fields: {
            project: { key: 'AIMS' },
            issuetype: { name: 'Task' },
            summary: `Tally ${group} ${i + j}`,
            labels: [group, (i + j) % 2 ? 'odd' : 'even', ...((i + j) % 3 ? [] : ['third'])],
          },
        })),
      }),
    );
  }
}

const clause = (text: string): JqlClause => text as JqlClause;

/** Buckets by label: odd, even and (overlapping both) third. */
function tallyOf(group: string, bucketIds: readonly string[]) {
  requests = [];
  return tallyIssues(adminJira(), {
    jql: jql.and(clause('project = AIMS'), clause(`labels = ${group}`)),
    buckets: bucketIds.map((id) => ({ id, jql: clause(`labels = ${id}`) })),
    fields: ['labels'],
    bucketOf: (issue) =>
      ((issue.fields as { labels?: string[] } | undefined)?.labels ?? []).filter((l) =>
        bucketIds.includes(l),
      ),
  });
}

const expected = (n: number) => ({
  odd: Math.floor(n / 2),
  even: Math.ceil(n / 2),
  third: Math.ceil(n / 3),
});

beforeAll(async () => {
  site = await startTestSite();
  await createTasks('small', 60);
  await createTasks('large', 250);
});
afterAll(async () => site.close());

it('counts issues that fit in one page from that page: one request', async () => {
  const tally = await tallyOf('small', ['odd', 'even', 'third']);
  expect(Object.fromEntries(tally.counts)).toEqual(expected(60));
  expect(tally).toMatchObject({ total: 60, method: 'read' });
  expect(requests).toEqual(['/rest/api/3/search/jql']);
});

it('reads the remaining pages when that takes fewer requests than a count per bucket', async () => {
  const tally = await tallyOf('large', ['odd', 'even', 'third']);
  expect(Object.fromEntries(tally.counts)).toEqual(expected(250));
  expect(tally).toMatchObject({ total: 250, method: 'read' });
  // the first page, the count of all, the two pages left (3 pages ≤ 3 buckets)
  expect(requests).toEqual([
    '/rest/api/3/search/jql',
    '/rest/api/3/search/approximate-count',
    '/rest/api/3/search/jql',
    '/rest/api/3/search/jql',
  ]);
});

it('counts each bucket when that takes fewer requests than reading on', async () => {
  const tally = await tallyOf('large', ['third']);
  expect(Object.fromEntries(tally.counts)).toEqual({ third: expected(250).third });
  expect(tally).toMatchObject({ total: 250, method: 'count' });
  // the first page, the count of all, then one count (two pages left > one bucket)
  expect(requests).toEqual([
    '/rest/api/3/search/jql',
    '/rest/api/3/search/approximate-count',
    '/rest/api/3/search/approximate-count',
  ]);
});
