import { z } from 'zod';
import type { InvocationClock } from './invocation-clock';

/**
 * Simulated latency of the product REST calls the app makes through the Forge host (every
 * `requestJira` / `requestConfluence`, asUser or asApp, from functions and from Custom UI).
 * - `clock: 'real'` sleeps that long before each call (what `npm start` does with
 *   `AIMS_PRODUCT_LATENCY_MS`): the invocation's real time limit does the rest.
 * - `clock: 'virtual'` sleeps not at all: it charges the latency to the calling invocation's
 *   running time, so 150 calls at 100 ms count as 15 s against the limit without taking 15 s.
 *   Calls from a Custom UI frame (no invocation) take no time on the virtual clock.
 */
export const latencyOptionsSchema = z.strictObject({
  productMs: z.number().int().min(0).max(60_000).optional(),
  clock: z.enum(['real', 'virtual']).optional(),
});
export type LatencyOptions = z.infer<typeof latencyOptionsSchema>;

/** `AIMS_PRODUCT_LATENCY_MS` (default 0) and `AIMS_PRODUCT_LATENCY_CLOCK` (`real`, default, or `virtual`). */
export function latencyFromEnv(env: NodeJS.ProcessEnv = process.env): LatencyOptions {
  const raw = {
    productMs:
      env.AIMS_PRODUCT_LATENCY_MS === undefined ? undefined : Number(env.AIMS_PRODUCT_LATENCY_MS),
    clock: env.AIMS_PRODUCT_LATENCY_CLOCK,
  };
  const parsed = latencyOptionsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      `AIMS_PRODUCT_LATENCY_MS / AIMS_PRODUCT_LATENCY_CLOCK are not valid: ${z.prettifyError(parsed.error)}`,
    );
  }
  return parsed.data;
}

export class ProductLatency {
  private options: Required<LatencyOptions> = { productMs: 0, clock: 'real' };

  constructor(options: LatencyOptions = {}) {
    this.set(options);
  }

  set(options: LatencyOptions): void {
    const parsed = latencyOptionsSchema.parse(options);
    this.options = { productMs: parsed.productMs ?? 0, clock: parsed.clock ?? 'real' };
  }

  get productMs(): number {
    return this.options.productMs;
  }

  get clock(): 'real' | 'virtual' {
    return this.options.clock;
  }

  /** Spends one product call's latency: sleeps (real clock) or charges the invocation (virtual). */
  async spend(clock: InvocationClock | undefined): Promise<void> {
    const ms = this.options.productMs;
    if (ms === 0) return;
    if (this.options.clock === 'virtual') {
      clock?.charge(ms);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, ms));
  }
}
