import type { RunningSite } from '../emulator/core/site';
import type { SeededLogin } from '../test/support/test-site';
import { callAs, startTestSite } from '../test/support/test-site';
import type { BenchResult } from './timing';
import { measure } from './timing';

const ISSUES = 2000;
const BATCH = 50;
/** Every 4th issue goes to SEC, which the member cannot browse. */
const RESTRICTED_EVERY = 4;
const LINKED = 50;
const PAGE = 100;
const FIELDS = ['summary', 'status', 'priority'];
const JQL = 'labels = bench ORDER BY key ASC';

async function ok<T>(call: Promise<{ status: number; body: unknown }>): Promise<T> {
  const res = await call;
  if (res.status >= 300) throw new Error(`HTTP ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as T;
}

const issueUpdate = (i: number) => ({
  fields: {
    project: { key: i % RESTRICTED_EVERY === 0 ? 'SEC' : 'DEMO' },
    issuetype: { name: 'Task' },
    summary: `Bench issue ${i}`,
    labels: ['bench'],
  },
});

/** Pages through every hit of `jql` with nextPageToken; returns the number of issues read. */
async function readAll(site: RunningSite, login: SeededLogin, jql: string): Promise<number> {
  let seen = 0;
  let nextPageToken: string | undefined;
  do {
    const page = await ok<{ issues: unknown[]; nextPageToken?: string }>(
      callAs(site, login, 'POST', '/rest/api/3/search/jql', {
        jql,
        fields: FIELDS,
        maxResults: PAGE,
        ...(nextPageToken ? { nextPageToken } : {}),
      }),
    );
    seen += page.issues.length;
    nextPageToken = page.nextPageToken;
  } while (nextPageToken);
  return seen;
}

/** Jira emulator at "large site" scale: bulk create, paged JQL search, counts, linkedIssues. */
export async function benchEmulatorSearch(): Promise<BenchResult[]> {
  const site = await startTestSite();
  try {
    const keys: string[] = [];
    const results: BenchResult[] = [];
    results.push(
      await measure(
        `create ${ISSUES} issues (POST /issue/bulk, ${BATCH} per call)`,
        { iterations: ISSUES / BATCH, items: BATCH },
        async (call) => {
          const updates = Array.from({ length: BATCH }, (_, j) => issueUpdate(call * BATCH + j));
          const body = await ok<{ issues: { key: string }[]; errors: unknown[] }>(
            callAs(site, 'admin', 'POST', '/rest/api/3/issue/bulk', { issueUpdates: updates }),
          );
          if (body.errors.length > 0) throw new Error(JSON.stringify(body.errors[0]));
          keys.push(...body.issues.map((i) => i.key));
        },
      ),
    );

    const visibleToMember = ISSUES - ISSUES / RESTRICTED_EVERY;
    for (const [login, expected] of [
      ['admin', ISSUES],
      ['member', visibleToMember],
    ] as const) {
      results.push(
        await measure(
          `JQL search, all pages of ${PAGE}, 3 fields, as ${login}`,
          {
            iterations: 3,
            warmup: 1,
            items: expected,
            note: `${Math.ceil(expected / PAGE)} requests per run`,
          },
          async () => {
            const seen = await readAll(site, login, JQL);
            if (seen !== expected) throw new Error(`${login} read ${seen} issues, not ${expected}`);
          },
        ),
      );
    }

    for (const [login, expected] of [
      ['admin', ISSUES],
      ['member', visibleToMember],
    ] as const) {
      results.push(
        await measure(
          `approximate-count of ${ISSUES} issues, as ${login}`,
          { iterations: 20, warmup: 2 },
          async () => {
            const { count } = await ok<{ count: number }>(
              callAs(site, login, 'POST', '/rest/api/3/search/approximate-count', { jql: JQL }),
            );
            if (count !== expected) throw new Error(`${login} counted ${count}, not ${expected}`);
          },
        ),
      );
    }

    const hub = keys.find((_, i) => i % RESTRICTED_EVERY !== 0) ?? '';
    const linked = keys.filter((k) => k !== hub).slice(0, LINKED);
    for (const key of linked) {
      await ok(
        callAs(site, 'admin', 'POST', '/rest/api/3/issueLink', {
          type: { name: 'Relates' },
          inwardIssue: { key: hub },
          outwardIssue: { key },
        }),
      );
    }
    results.push(
      await measure(
        `issue in linkedIssues(${hub}) (${LINKED} links, among ${ISSUES})`,
        { iterations: 20, warmup: 2 },
        async () => {
          const page = await ok<{ issues: unknown[] }>(
            callAs(site, 'admin', 'POST', '/rest/api/3/search/jql', {
              jql: `issue in linkedIssues("${hub}")`,
              fields: FIELDS,
              maxResults: PAGE,
            }),
          );
          if (page.issues.length !== LINKED) throw new Error(`${page.issues.length} linked issues`);
        },
      ),
    );
    return results;
  } finally {
    await site.close();
  }
}
