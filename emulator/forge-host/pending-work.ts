/** Tracks in-flight asynchronous work (event deliveries) so tests can wait for it to settle. */
export class PendingWork {
  private readonly pending = new Set<Promise<unknown>>();

  track<T>(work: Promise<T>): void {
    const p = work.finally(() => this.pending.delete(p));
    this.pending.add(p);
    p.catch(() => undefined);
  }

  /** Resolves when no work is pending, including work started while waiting. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) {
      await Promise.allSettled([...this.pending]);
    }
  }
}
