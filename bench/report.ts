import os from 'node:os';
import type { BenchResult } from './timing';

export interface BenchSection {
  title: string;
  results: BenchResult[];
}

/** The machine the figures were taken on. */
export function machineLine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`;
}

const ms = (x: number): string =>
  x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x >= 0.01 ? x.toFixed(3) : x.toPrecision(2);

const rate = (x: number): string =>
  x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(x >= 10 ? 1 : 2);

/** A Markdown table per section (it reads well in a terminal too). */
export function markdownTables(sections: readonly BenchSection[]): string {
  return sections
    .map((section) => {
      const rows = section.results.map(
        (r) =>
          `| ${r.name} | ${r.n} | ${ms(r.medianMs)} | ${ms(r.p95Ms)} | ${rate(r.rate)} ${r.unit} | ${r.note ?? ''} |`,
      );
      return [
        `### ${section.title}`,
        '',
        '| benchmark | n | median ms | p95 ms | rate | note |',
        '| --- | ---: | ---: | ---: | ---: | --- |',
        ...rows,
      ].join('\n');
    })
    .join('\n\n');
}
