/**
 * `npx tsx bench/jql-timings.ts [--size N] [--runs R]`: how long the emulator's JQL takes over a
 * site of N AIMS issues (default 50 000), measured so that a loaded machine does not distort it —
 * the CPU time the process spent answering the search (`process.cpuUsage` from the request's
 * arrival at the server to the end of its response, bench/scale/path-meter.ts), next to the
 * server's wall time and the caller's. R runs (default 25) of each query's first page (100
 * issues, two fields) and of its approximate count; prints median and p95 of each as a Markdown
 * table (issue 13 item 4: ≤ 100 ms for project, issue type, status, key and select fields).
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { callAs } from '../test/support/test-site';
import { BenchSite } from './scale/bench-site';
import { jqlQueries } from './scale/jql-timing';

interface Sample {
  cpuMs: number;
  serverMs: number;
  wallMs: number;
}

const argValue = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} takes a positive integer`);
  return value;
};

const quantile = (xs: readonly number[], q: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
};

async function sample(bench: BenchSite, path: string, body: unknown): Promise<Sample> {
  let status = 0;
  let wallMs = 0;
  // Timed inside the meter's run: it starts with a full GC, which is not the search's time.
  const { measure } = await bench.meter.measure(async () => {
    const start = performance.now();
    status = (await callAs(bench.site, 'manager', 'POST', path, body)).status;
    wallMs = performance.now() - start;
  });
  if (status !== 200) throw new Error(`${path}: ${status}`);
  return { cpuMs: measure.emulatorCpuMs, serverMs: measure.emulatorMs, wallMs };
}

const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const cells = (xs: readonly Sample[], pick: (s: Sample) => number): string[] => {
  const values = xs.map(pick);
  return [ms(quantile(values, 0.5)), ms(quantile(values, 0.95))];
};

async function main(): Promise<void> {
  const size = argValue('--size', 50_000);
  const runs = argValue('--runs', 25);
  const bench = await BenchSite.start();
  try {
    bench.seeder.growTo(size);
    const at = new Date().toISOString().slice(0, 16).replace('T', ' ');
    const load = os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ');
    console.log(
      `JQL on the emulator at ${size.toLocaleString('en-US')} AIMS issues, ${runs} runs each (${at} UTC, load average ${load})\n`,
    );
    console.log(
      '| query | hits | page CPU ms (median / p95) | page server ms | page wall ms | count CPU ms | count server ms |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const { query, jql } of jqlQueries(bench)) {
      const page: Sample[] = [];
      const count: Sample[] = [];
      let hits = 0;
      // One unmeasured run: the first search of a query compiles and caches what later ones reuse.
      await callAs(bench.site, 'manager', 'POST', '/rest/api/3/search/jql', { jql });
      for (let i = 0; i < runs; i++) {
        page.push(
          await sample(bench, '/rest/api/3/search/jql', {
            jql,
            fields: ['summary', 'status'],
            maxResults: 100,
          }),
        );
        count.push(await sample(bench, '/rest/api/3/search/approximate-count', { jql }));
      }
      const counted = await callAs(
        bench.site,
        'manager',
        'POST',
        '/rest/api/3/search/approximate-count',
        { jql },
      );
      hits = (counted.body as { count: number }).count;
      const pair = (xs: readonly Sample[], pick: (s: Sample) => number) =>
        cells(xs, pick).join(' / ');
      console.log(
        `| ${query} | ${hits.toLocaleString('en-US')} | ${pair(page, (s) => s.cpuMs)} | ${pair(page, (s) => s.serverMs)} | ${pair(page, (s) => s.wallMs)} | ${pair(count, (s) => s.cpuMs)} | ${pair(count, (s) => s.serverMs)} |`,
      );
    }
  } finally {
    await bench.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
