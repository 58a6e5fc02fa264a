/** A push's `concurrency`: at most `limit` events with the same `key` are processed at once. */
export interface Concurrency {
  key: string;
  limit: number;
}

/**
 * Forge's concurrency control for async events (`runtime-reference/async-events-api`,
 * "Controlling processing concurrency"): counters per key, scoped to the installation and shared
 * by every queue. Work without a concurrency setting runs unbounded.
 */
export class ConcurrencyLimiter {
  private readonly running = new Map<string, number>();
  private readonly waiting = new Map<string, (() => void)[]>();

  async run<T>(concurrency: Concurrency | undefined, work: () => Promise<T>): Promise<T> {
    if (!concurrency) return work();
    await this.acquire(concurrency);
    try {
      return await work();
    } finally {
      this.release(concurrency.key);
    }
  }

  private async acquire({ key, limit }: Concurrency): Promise<void> {
    while ((this.running.get(key) ?? 0) >= limit) {
      await new Promise<void>((resolve) => {
        const queue = this.waiting.get(key) ?? [];
        queue.push(resolve);
        this.waiting.set(key, queue);
      });
    }
    this.running.set(key, (this.running.get(key) ?? 0) + 1);
  }

  private release(key: string): void {
    this.running.set(key, (this.running.get(key) ?? 1) - 1);
    const next = this.waiting.get(key)?.shift();
    next?.();
  }
}
