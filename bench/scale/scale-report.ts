/** The scale bench's figures as Markdown tables and as bench/results.json lines. */
import type { AimsKind } from './aims-mix';
import { aimsMix } from './aims-mix';
import type { JqlTiming } from './jql-timing';
import type { ScaleResult, ScaleRun } from './scale.bench';
import { PENDING_PATHS, SCALE_PATHS } from './scale-paths';

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const ms = (n: number): string => (n >= 100 ? int(n) : n.toFixed(1));
const ratio = (a: number, b: number): string =>
  b > 0 ? `${(a / b).toFixed(a / b >= 10 ? 0 : 2)}×` : '—';
/** Fewer requests than the minimum: the path did not read all it shows (a silent truncation). */
const toMinimum = (r: ScaleResult): string =>
  r.requests < r.minimum
    ? `**${ratio(r.requests, r.minimum)} incomplete**`
    : ratio(r.requests, r.minimum);

/** One line of bench/results.json: the fields first, then the rest of the measure. */
export function resultLine(r: ScaleResult): Record<string, unknown> {
  const round = (n: number): number => Math.round(n * 10) / 10;
  return {
    path: r.path,
    size: r.size,
    requests: r.requests,
    minimum: r.minimum,
    naive: r.naive,
    appMs: round(r.appMs),
    heapMb: round(r.heapMb),
    wallMs: round(r.wallMs),
    emulatorMs: round(r.emulatorMs),
    appBusyMs: round(r.appBusyMs),
    chainedRequests: r.chainedRequests,
    chargedS: Math.round(r.chargedS * 100) / 100,
  };
}

function sizeTable(size: number, results: readonly ScaleResult[]): string {
  const rows = SCALE_PATHS.map((p) => results.find((r) => r.path === p.id && r.size === size))
    .filter((r): r is ScaleResult => r !== undefined)
    .map(
      (r) =>
        `| ${r.path} | ${int(r.requests)} | ${int(r.minimum)} | ${toMinimum(r)} | ${int(r.naive)} | ${ratio(r.requests, r.naive)} | ${ms(r.appMs)} | ${ms(r.wallMs)} | ${ms(r.emulatorMs)} | ${r.heapMb.toFixed(1)} | ${r.chargedS.toFixed(1)} |`,
    );
  const pending = PENDING_PATHS.map((p) => `| ${p.id} | — | — | — | — | — | — | — | — | — | — |`);
  return [
    `#### ${int(size)} AIMS issues`,
    '',
    '| path | requests | minimum | ÷ minimum | naive | ÷ naive | app ms | wall ms | emulator ms | heap MB | charged s |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    ...pending,
  ].join('\n');
}

function jqlTable(timings: readonly JqlTiming[], sizes: readonly number[]): string {
  const queries = [...new Set(timings.map((t) => t.query))];
  const head = sizes.map((s) => `hits @${int(s)} | page ms | count ms`).join(' | ');
  const rows = queries.map((q) => {
    const cells = sizes.map((s) => {
      const t = timings.find((x) => x.query === q && x.size === s);
      return t ? `${int(t.hits)} | ${ms(t.pageMs)} | ${ms(t.countMs)}` : '— | — | —';
    });
    const jql = timings.find((x) => x.query === q)?.jql ?? '';
    return `| ${q} | \`${jql}\` | ${cells.join(' | ')} |`;
  });
  return [
    `| query | JQL | ${head} |`,
    `| --- | --- | ${sizes.map(() => '---: | ---: | ---:').join(' | ')} |`,
    ...rows,
  ].join('\n');
}

function routesAt(size: number, results: readonly ScaleResult[]): string {
  return results
    .filter((r) => r.size === size)
    .map((r) => {
      const routes = Object.entries(r.byRoute)
        .sort((a, b) => b[1] - a[1])
        .map(([route, n]) => `${route} ×${n}`)
        .join(', ');
      return `- **${r.path}** (${r.requests}): ${routes}`;
    })
    .join('\n');
}

const KIND_NAMES: Record<AimsKind, string> = {
  annexControls: 'AI Controls (Annex A)',
  orgControls: 'AI Controls (organization)',
  systems: 'AI Systems',
  impactAssessments: 'AI Impact Assessments',
  risks: 'AI Risks',
  audits: 'Audits',
  findings: 'Audit Findings',
  nonconformities: 'Nonconformities',
  correctiveActions: 'Corrective Actions',
  actions: 'AIMS Actions',
  objectives: 'AI Objectives',
};

/** How many issues of each type the sites hold (./aims-mix.ts). */
export function mixTable(sizes: readonly number[]): string {
  const mixes = sizes.map(aimsMix);
  const rows = (Object.keys(KIND_NAMES) as AimsKind[]).map(
    (kind) => `| ${KIND_NAMES[kind]} | ${mixes.map((m) => int(m[kind])).join(' | ')} |`,
  );
  return [
    `| issue type | ${sizes.map(int).join(' | ')} |`,
    `| --- | ${sizes.map(() => '---:').join(' | ')} |`,
    ...rows,
  ].join('\n');
}

/** The generated part of docs/performance.md for the scale bench. */
export function scaleMarkdown(run: ScaleRun, sizes: readonly number[]): string {
  const largest = Math.max(...sizes);
  const growth = sizes.map((s) => `${int(s)}: ${(run.growthS[s] ?? 0).toFixed(1)} s`).join(', ');
  return [
    `Site set up (app installed, pages created) in ${run.setupS.toFixed(1)} s; grown to ${growth}.`,
    '',
    mixTable(sizes),
    '',
    sizes.map((s) => sizeTable(s, run.results)).join('\n\n'),
    '',
    '#### JQL on the emulator (first page of 100 with two fields, and the approximate count; median of 5)',
    '',
    jqlTable(run.jql, sizes),
    '',
    `#### Requests by route at ${int(largest)} issues`,
    '',
    routesAt(largest, run.results),
  ].join('\n');
}
