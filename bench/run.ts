/**
 * `npm run bench` (optionally `npm run bench -- scale ui` for some parts): prints every figure and
 * writes them down — the micro-benchmarks to docs/benchmarks.md, the scale bench to
 * bench/results.json and docs/performance.md, the Custom UI and `npm start` figures to
 * docs/performance.md (between its `<!-- bench:… -->` markers).
 *
 * `npm run bench -- --path soa.view` (repeatable) runs the scale bench for those paths alone: it
 * prints their figures and requests by route at each size and replaces only their lines in
 * bench/results.json; docs/performance.md is left as the last whole run wrote it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { buildStatic } from '../scripts/build-static';
import { writeDocSection } from './doc-sections';
import { benchDomain } from './domain.bench';
import { benchEmulatorSearch } from './emulator-search.bench';
import { benchJqlCompile } from './jql-compile.bench';
import { benchProvisioning } from './provisioning.bench';
import type { BenchSection } from './report';
import { machineLine, markdownTables } from './report';
import { resultLine, scaleMarkdown } from './scale/scale-report';
import type { ScalePath } from './scale/scale-paths';
import { SCALE_PATHS } from './scale/scale-paths';
import type { ScaleResult } from './scale/scale.bench';
import { SIZES, benchScale } from './scale/scale.bench';
import { startupMarkdown } from './startup/startup-report';
import { benchStartup } from './startup/startup.bench';
import { uiMarkdown } from './ui/ui-report';
import { benchUi } from './ui/ui.bench';

const BENCHMARKS_DOC = path.resolve(__dirname, '../docs/benchmarks.md');
const PERFORMANCE_DOC = path.resolve(__dirname, '../docs/performance.md');
const RESULTS = path.resolve(__dirname, 'results.json');

const PARTS = ['micro', 'scale', 'ui', 'startup'] as const;
type Part = (typeof PARTS)[number];

const BENCHMARKS: { title: string; run: () => Promise<BenchSection['results']> }[] = [
  { title: 'Domain (src/domain, pure TypeScript)', run: benchDomain },
  { title: 'JQL compile (emulator/jira/jql)', run: benchJqlCompile },
  { title: 'Jira emulator at large-site scale (HTTP, in-memory site)', run: benchEmulatorSearch },
  { title: 'The app through the Forge host: provisioning', run: benchProvisioning },
];

const ABOUT = `How to run: \`npm run bench\` (all parts, a few minutes) or \`npm run bench -- micro\` for
these tables alone; the scale bench, the Custom UI and \`npm start\` figures are in
[performance.md](performance.md).
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
  time (the latency charged to each invocation; the app's own time is in the scale bench), for the queued run and for the
  old way (every step in one invocation, against the resolver's 25 s).`;

const stamp = (at: Date, seconds: string, machine: string): string =>
  `Latest run: ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${seconds} s, on ${machine} (load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')}).`;

async function micro(machine: string): Promise<void> {
  const started = new Date();
  const sections: BenchSection[] = [];
  for (const bench of BENCHMARKS) {
    const section = { title: bench.title, results: await bench.run() };
    sections.push(section);
    console.log(`${markdownTables([section])}\n`);
  }
  const seconds = ((Date.now() - started.getTime()) / 1000).toFixed(0);
  const doc = [
    '# Benchmarks',
    '',
    stamp(started, seconds, machine),
    '',
    ABOUT,
    '',
    markdownTables(sections),
    '',
  ].join('\n');
  const style = (await resolveConfig(BENCHMARKS_DOC)) ?? {};
  fs.writeFileSync(BENCHMARKS_DOC, await format(doc, { ...style, parser: 'markdown' }));
}

/** Times a part, prints its Markdown and writes it into its section of docs/performance.md. */
async function toPerformanceDoc(
  section: Part,
  machine: string,
  measure: () => Promise<string>,
): Promise<void> {
  const started = new Date();
  const tables = await measure();
  const seconds = ((Date.now() - started.getTime()) / 1000).toFixed(0);
  const markdown = `${stamp(started, seconds, machine)}\n\n${tables}`;
  console.log(`\n${markdown}\n`);
  await writeDocSection(PERFORMANCE_DOC, section, markdown);
}

const log = (line: string): void => console.log(line);

const scale = (machine: string): Promise<void> =>
  toPerformanceDoc('scale', machine, async () => {
    const run = await benchScale(log, SIZES);
    fs.writeFileSync(RESULTS, `${JSON.stringify(run.results.map(resultLine), null, 2)}\n`);
    return scaleMarkdown(run, SIZES);
  });

const ui = (machine: string): Promise<void> =>
  toPerformanceDoc('ui', machine, async () => {
    await buildStatic({ quiet: true });
    return uiMarkdown(await benchUi(log));
  });

const startup = (machine: string): Promise<void> =>
  toPerformanceDoc('startup', machine, async () => {
    await buildStatic({ quiet: true });
    return startupMarkdown(await benchStartup(log));
  });

const RUNNERS: Record<Part, (machine: string) => Promise<void>> = { micro, scale, ui, startup };

/**
 * `results` in place of the lines of their paths at the sizes measured in bench/results.json
 * (the others kept, other sizes of those paths too).
 */
function replaceResultLines(results: readonly ScaleResult[]): void {
  const ids = new Set(results.map((r) => r.path));
  const sizes = new Set(results.map((r) => r.size));
  const lines = JSON.parse(fs.readFileSync(RESULTS, 'utf8')) as { path: string; size: number }[];
  const fresh = new Map(results.map((r) => [`${r.path} ${r.size}`, resultLine(r)]));
  const kept = lines.flatMap((line) => {
    if (!ids.has(line.path) || !sizes.has(line.size)) return [line];
    const key = `${line.path} ${line.size}`;
    const replacement = fresh.get(key);
    fresh.delete(key);
    return replacement ? [replacement] : [];
  });
  fs.writeFileSync(RESULTS, `${JSON.stringify([...kept, ...fresh.values()], null, 2)}\n`);
}

/** The scale bench for some paths alone (`--path ID`, repeatable). */
async function scalePaths(ids: readonly string[], sizes: readonly number[]): Promise<void> {
  const unknown = ids.filter((id) => !SCALE_PATHS.some((p) => p.id === id));
  if (unknown.length > 0)
    throw new Error(
      `Unknown path(s) ${unknown.join(', ')}: choose from ${SCALE_PATHS.map((p) => p.id).join(', ')}`,
    );
  const paths: ScalePath[] = SCALE_PATHS.filter((p) => ids.includes(p.id));
  const run = await benchScale(log, sizes, paths);
  for (const r of run.results) {
    const ratio = (r.requests / r.minimum).toFixed(2);
    const routes = Object.entries(r.byRoute)
      .sort(([, a], [, b]) => b - a)
      .map(([route, n]) => `${route} ×${n}`)
      .join(', ');
    log(
      `${r.path} at ${r.size}: ${r.requests} requests, minimum ${r.minimum} (${ratio}×), naive ${r.naive}, app ${r.appMs.toFixed(1)} ms, heap ${r.heapMb.toFixed(1)} MB, charged ${r.chargedS.toFixed(1)} s\n  ${routes}`,
    );
  }
  replaceResultLines(run.results);
}

/** The sizes `--size N` (repeatable) asks for, each one of the bench's sizes. */
function sizeOf(value: string | undefined): number {
  const size = Number(value);
  if (!(SIZES as readonly number[]).includes(size))
    throw new Error(`--size needs one of ${SIZES.join(', ')}`);
  return size;
}

/** The values of `--path ID` and `--size N`, and the other arguments. */
function splitArguments(args: readonly string[]): {
  pathIds: string[];
  sizes: number[];
  rest: string[];
} {
  const pathIds: string[] = [];
  const sizes: number[] = [];
  const rest: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--size') {
      i += 1;
      sizes.push(sizeOf(args[i]));
      continue;
    }
    if (arg !== '--path') {
      rest.push(arg);
      continue;
    }
    i += 1;
    const id = args[i];
    if (id === undefined) throw new Error('--path needs a path id, e.g. soa.view');
    pathIds.push(id);
  }
  return { pathIds, sizes, rest };
}

async function main(): Promise<void> {
  const { pathIds, sizes, rest } = splitArguments(process.argv.slice(2));
  const asked = rest.filter((a): a is Part => (PARTS as readonly string[]).includes(a));
  const unknown = rest.filter((a) => !(PARTS as readonly string[]).includes(a));
  if (unknown.length > 0)
    throw new Error(`Unknown bench part(s) ${unknown.join(', ')}: choose from ${PARTS.join(', ')}`);
  if (sizes.length > 0 && pathIds.length === 0) throw new Error('--size goes with --path');
  if (pathIds.length > 0) {
    if (asked.some((p) => p !== 'scale'))
      throw new Error('--path chooses paths of the scale bench: give no other part with it');
    console.log(`AIMS scale bench (${pathIds.join(', ')}) — ${new Date().toISOString()}\n`);
    await scalePaths(pathIds, sizes.length > 0 ? [...sizes].sort((a, b) => a - b) : SIZES);
    return;
  }
  const parts = asked.length > 0 ? asked : [...PARTS];
  const started = Date.now();
  const machine = machineLine();
  console.log(`AIMS benchmarks (${parts.join(', ')}) — ${new Date().toISOString()}\n${machine}\n`);
  for (const part of parts) {
    console.log(`## ${part}\n`);
    await RUNNERS[part](machine);
  }
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
