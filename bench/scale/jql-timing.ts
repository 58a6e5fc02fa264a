/**
 * How fast the emulator answers JQL at the bench site's size: the first page of each query
 * (100 issues with two fields) and its approximate count, over HTTP as the AIMS manager, median
 * of a few runs. The emulator must not be what makes a path slow (≤ 100 ms at 50 000 issues for
 * project, issue type, status, key and select-field queries).
 */
import { performance } from 'node:perf_hooks';
import { callAs } from '../../test/support/test-site';
import type { BenchSite } from './bench-site';

export interface JqlTiming {
  size: number;
  query: string;
  jql: string;
  hits: number;
  pageMs: number;
  countMs: number;
}

const RUNS = 5;

/** The JQL the bench times, one of each kind the emulator indexes (and text, which it does not). */
export function jqlQueries(b: BenchSite): { query: string; jql: string }[] {
  const { hubControl } = b.seeder.fixturesMade;
  return [
    { query: 'project', jql: 'project = AIMS' },
    { query: 'issue type, by key', jql: 'project = AIMS AND issuetype = "AI Risk" ORDER BY key' },
    { query: 'status', jql: 'project = AIMS AND status = "Treated - Monitoring"' },
    { query: 'status category', jql: 'project = AIMS AND statusCategory != Done ORDER BY key' },
    { query: 'key', jql: 'key in (AIMS-100, AIMS-700) ORDER BY key' },
    {
      query: 'select field',
      jql: 'project = AIMS AND issuetype = "AI Risk" AND "Inherent risk level" = High ORDER BY key',
    },
    {
      query: 'dates',
      jql: 'project = AIMS AND issuetype = Nonconformity AND created >= -90d AND (resolutiondate is EMPTY OR resolutiondate >= -30d)',
    },
    { query: 'linkedIssues()', jql: `issue in linkedIssues("${hubControl.key}")` },
    { query: 'text (not indexed)', jql: 'project = AIMS AND summary ~ "risk 4242"' },
  ];
}

const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function timed(
  b: BenchSite,
  path: string,
  body: unknown,
): Promise<{ ms: number; body: unknown }> {
  const start = performance.now();
  const res = await callAs(b.site, 'manager', 'POST', path, body);
  const ms = performance.now() - start;
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return { ms, body: res.body };
}

export async function timeJql(b: BenchSite, size: number): Promise<JqlTiming[]> {
  const out: JqlTiming[] = [];
  for (const { query, jql } of jqlQueries(b)) {
    const page: number[] = [];
    const count: number[] = [];
    let hits = 0;
    for (let i = 0; i < RUNS; i++) {
      page.push(
        (
          await timed(b, '/rest/api/3/search/jql', {
            jql,
            fields: ['summary', 'status'],
            maxResults: 100,
          })
        ).ms,
      );
      const counted = await timed(b, '/rest/api/3/search/approximate-count', { jql });
      count.push(counted.ms);
      hits = (counted.body as { count: number }).count;
    }
    out.push({ size, query, jql, hits, pageMs: median(page), countMs: median(count) });
  }
  return out;
}
