import { performance } from 'node:perf_hooks';

/** One row of the benchmark table. */
export interface BenchResult {
  name: string;
  /** Measured samples (warm-up excluded). */
  n: number;
  /** Per operation (a sample of a batch is divided by the batch size). */
  medianMs: number;
  p95Ms: number;
  /** Operations per second, or items per second when each operation handles `items` items. */
  rate: number;
  unit: 'ops/s' | 'items/s';
  note?: string;
}

export interface MeasureOptions {
  iterations: number;
  warmup?: number;
  /** Calls per sample, for operations too fast to time one by one. */
  batch?: number;
  /** Items one call handles (issues created, issues paged…): the rate is then items/s. */
  items?: number;
  note?: string;
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/** Summarises per-operation durations (ms) into a table row. */
export function summarise(
  name: string,
  samplesMs: readonly number[],
  options: Pick<MeasureOptions, 'items' | 'note'> = {},
): BenchResult {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const medianMs = percentile(sorted, 50);
  const items = options.items ?? 1;
  return {
    name,
    n: sorted.length,
    medianMs,
    p95Ms: percentile(sorted, 95),
    rate: (items * 1000) / medianMs,
    unit: options.items === undefined ? 'ops/s' : 'items/s',
    ...(options.note ? { note: options.note } : {}),
  };
}

/** Runs `fn` `warmup` times untimed, then `iterations` timed samples of `batch` calls each. */
export async function measure(
  name: string,
  options: MeasureOptions,
  fn: (iteration: number) => unknown,
): Promise<BenchResult> {
  const batch = options.batch ?? 1;
  // Synchronous work is not awaited, so microbenchmarks do not time the microtask queue.
  const call = async (i: number): Promise<void> => {
    const out = fn(i);
    if (out instanceof Promise) await out;
  };
  for (let i = 0; i < (options.warmup ?? 0); i++) await call(i);
  const samples: number[] = [];
  for (let i = 0; i < options.iterations; i++) {
    const start = performance.now();
    for (let j = 0; j < batch; j++) {
      const out = fn(i * batch + j);
      if (out instanceof Promise) await out;
    }
    samples.push((performance.now() - start) / batch);
  }
  return summarise(name, samples, options);
}

/** Times a single run of something that can only happen once (e.g. a first provisioning). */
export async function timeOnce<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}
