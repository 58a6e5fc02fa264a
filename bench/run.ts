import fs from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { benchDomain } from './domain.bench';
import { benchEmulatorSearch } from './emulator-search.bench';
import { benchJqlCompile } from './jql-compile.bench';
import { benchProvisioning } from './provisioning.bench';
import type { BenchSection } from './report';
import { machineLine, markdownTables } from './report';

const DOC = path.resolve(__dirname, '../docs/benchmarks.md');

const BENCHMARKS: { title: string; run: () => Promise<BenchSection['results']> }[] = [
  { title: 'Domain (src/domain, pure TypeScript)', run: benchDomain },
  { title: 'JQL compile (emulator/jira/jql)', run: benchJqlCompile },
  { title: 'Jira emulator at large-site scale (HTTP, in-memory site)', run: benchEmulatorSearch },
  { title: 'The app through the Forge host: provisioning', run: benchProvisioning },
];

const ABOUT = `How to run: \`npm run bench\` (about a minute; prints the tables and rewrites this file).
Each benchmark warms up, then times a fixed number of samples with \`performance.now()\`;
"median ms" and "p95 ms" are per operation (fast operations are timed in batches and divided),
"rate" is operations per second, or items per second where one operation handles many items
(issues created, issues read). Sites are in-memory (SQLite \`:memory:\`); HTTP goes over
loopback with \`fetch\`, like the Forge host's product calls. Figures from a shared 2-core
machine vary from run to run; compare orders of magnitude, not digits.

- Emulator: 2000 issues (every 4th in SEC, which the member cannot browse), created with
  \`POST /rest/api/3/issue/bulk\` in calls of 50; then \`POST /rest/api/3/search/jql\` paging
  with \`nextPageToken\` through all of them (pages of 100, fields summary/status/priority) as
  admin (2000 hits) and as member (1500 hits), \`/search/approximate-count\`, and
  \`issue in linkedIssues(KEY)\` for an issue with 50 links.
- Domain: the Statement of Applicability for 38 Annex A + 200 organization controls and 2000
  risks, its canonical content hash, the clause 10.2 guards, risk scoring.
- JQL: \`compileJql\` per call (the engine has no cache; every search compiles its query) and,
  for comparison, a cache hit of a memo keyed by the query text.
- Provisioning: the admin page's "Provision" (the admin resolver's \`startProvisioning\`, then
  the run's parts on the async events queue until it completes) on the Forge host running the
  real app, on a fresh site and then again on the provisioned site; "REST calls" counts the
  Jira/Confluence requests the site answered during the run (the admin check included). Then on
  a fresh site with 100 ms per product call on the virtual clock: there "median ms" is simulated
  time (real work plus the latency charged to each invocation), for the queued run and for the
  old way (every step in one invocation, against the resolver's 25 s).`;

async function main(): Promise<void> {
  const started = new Date();
  const machine = machineLine();
  console.log(`AIMS benchmarks — ${started.toISOString()}\n${machine}\n`);
  const sections: BenchSection[] = [];
  for (const bench of BENCHMARKS) {
    const section = { title: bench.title, results: await bench.run() };
    sections.push(section);
    console.log(`${markdownTables([section])}\n`);
  }
  const seconds = ((Date.now() - started.getTime()) / 1000).toFixed(0);
  console.log(`Done in ${seconds} s. Written to ${path.relative(process.cwd(), DOC)}.`);
  const doc = [
    '# Benchmarks',
    '',
    `Latest run: ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${seconds} s, on ${machine}.`,
    '',
    ABOUT,
    '',
    markdownTables(sections),
    '',
  ].join('\n');
  const style = (await resolveConfig(DOC)) ?? {};
  fs.writeFileSync(DOC, await format(doc, { ...style, parser: 'markdown' }));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
