/** `npm start` timings as a Markdown table. */
import type { StartupResult } from './startup.bench';

export function startupMarkdown(results: readonly StartupResult[]): string {
  const rows = results.map((r) => {
    const phases = r.phases
      .filter(
        (p, i, all) =>
          !/up to date|built in/.test(p.line) ||
          i === all.findIndex((q) => /up to date|built in/.test(q.line)),
      )
      .map((p) => `${p.atS.toFixed(1)} s: ${p.line.replace(/\|/g, '\\|')}`)
      .join('<br>');
    return `| ${r.kind} | ${r.totalS.toFixed(1)} | ${phases} |`;
  });
  return ['| start | ready after s | on the way |', '| --- | ---: | --- |', ...rows].join('\n');
}
