/**
 * The scale bench: one site grown to 1 000, 10 000 and 50 000 AIMS issues; at each size every
 * path of ./scale-paths.ts is measured once (./path-meter.ts) and the emulator's JQL is timed.
 * Each path runs once unmeasured at the first size, so module loading is not in its figures.
 */
import { performance } from 'node:perf_hooks';
import { BenchSite } from './bench-site';
import type { JqlTiming } from './jql-timing';
import { timeJql } from './jql-timing';
import type { PathMeasure } from './path-meter';
import type { ScalePath } from './scale-paths';
import { SCALE_PATHS } from './scale-paths';
import { SiteFacts } from './site-facts';

export const SIZES = [1_000, 10_000, 50_000] as const;

/** One line of bench/results.json. */
export interface ScaleResult extends Omit<PathMeasure, 'byRoute'> {
  path: string;
  size: number;
  minimum: number;
  naive: number;
  /** App time plus 100 ms per request on the longest chain of dependent requests (s). */
  chargedS: number;
  byRoute: Record<string, number>;
}

export interface ScaleRun {
  results: ScaleResult[];
  jql: JqlTiming[];
  /** Seconds to build each size (from the previous one). */
  growthS: Record<number, number>;
  setupS: number;
}

/** Forge charges every product request with its latency; the bench assumes 100 ms each. */
export const REQUEST_LATENCY_MS = 100;

async function measurePath(
  bench: BenchSite,
  facts: SiteFacts,
  path: ScalePath,
  size: number,
): Promise<ScaleResult> {
  await path.prepare?.(bench);
  facts.forget();
  // The minimum and naive counts are taken before the run (a trigger changes what it reads).
  const minimum = path.minimum(facts, bench);
  const naive = path.naive(facts, bench);
  const { measure } = await bench.meter.measure(() => path.run(bench));
  return {
    path: path.id,
    size,
    minimum,
    naive,
    ...measure,
    chargedS: (measure.appMs + measure.chainedRequests * REQUEST_LATENCY_MS) / 1000,
  };
}

export async function benchScale(
  log: (line: string) => void,
  sizes: readonly number[] = SIZES,
  paths: readonly ScalePath[] = SCALE_PATHS,
): Promise<ScaleRun> {
  const started = performance.now();
  const bench = await BenchSite.start();
  const facts = new SiteFacts(bench);
  const setupS = (performance.now() - started) / 1000;
  log(`site with the app installed and its pages in ${setupS.toFixed(1)} s`);
  const results: ScaleResult[] = [];
  const jql: JqlTiming[] = [];
  const growthS: Record<number, number> = {};
  try {
    for (const [index, size] of sizes.entries()) {
      const growStart = performance.now();
      const added = bench.seeder.growTo(size);
      growthS[size] = (performance.now() - growStart) / 1000;
      log(`${size} issues (${added} added in ${growthS[size].toFixed(1)} s)`);
      for (const path of paths) {
        if (index === 0) {
          await path.prepare?.(bench);
          await path.run(bench);
        }
        const result = await measurePath(bench, facts, path, size);
        results.push(result);
        log(
          `  ${path.id}: ${result.requests} requests (minimum ${result.minimum}), app ${result.appMs.toFixed(0)} ms, wall ${result.wallMs.toFixed(0)} ms`,
        );
      }
      jql.push(...(await timeJql(bench, size)));
    }
  } finally {
    await bench.close();
  }
  return { results, jql, growthS, setupS };
}
