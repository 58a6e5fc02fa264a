/** `npm start` timings as a Markdown table. */
import type { StartupResult } from './startup.bench';

/** The run of median total time (of an odd number of runs; the upper one of an even number). */
function medianRun(runs: readonly StartupResult[]): StartupResult | undefined {
  return [...runs].sort((a, b) => a.totalS - b.totalS)[Math.floor(runs.length / 2)];
}

/** One row per kind of start: its median run's phases, and every run's total. */
export function startupMarkdown(results: readonly StartupResult[]): string {
  const kinds = [...new Set(results.map((r) => r.kind))];
  const rows = kinds.map((kind) => {
    const runs = results.filter((r) => r.kind === kind);
    const r = medianRun(runs);
    if (!r) throw new Error(`no ${kind} start`);
    const phases = r.phases
      .filter(
        (p, i, all) =>
          !/up to date|built in/.test(p.line) ||
          i === all.findIndex((q) => /up to date|built in/.test(q.line)),
      )
      .map((p) => `${p.atS.toFixed(1)} s: ${p.line.replace(/\|/g, '\\|')}`)
      .join('<br>');
    const all = runs.map((x) => x.totalS.toFixed(1)).join(', ');
    return `| ${r.kind} | ${r.totalS.toFixed(1)} | ${all} | ${phases} |`;
  });
  return [
    '| start | median ready after s | runs s | on the way (the median run) |',
    '| --- | ---: | --- | --- |',
    ...rows,
  ].join('\n');
}
