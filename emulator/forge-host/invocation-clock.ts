import { performance } from 'node:perf_hooks';

/**
 * The running time of one invocation against its limit. On the real clock it is the real time
 * since it started. On the virtual clock it is only the simulated time charged to it (product
 * latency): nothing real — not the emulator answering the calls in the same process, not a busy
 * shared machine — so an invocation's parts and time boxes come out the same on any machine (the
 * app's own time is measured by the bench, as CPU time, and added to its "charged" figures).
 * When the total reaches the limit the invocation is stopped, as Forge stops the function:
 * `expired` rejects with the timeout error, and `stoppedBy` tells the platform to refuse anything
 * the function still tries.
 */
export class InvocationClock {
  private readonly startedAt = performance.now();
  private charged = 0;
  private timer: NodeJS.Timeout | undefined;
  private finished = false;
  private stopped: Error | undefined;
  private rejectExpired: (err: Error) => void = () => undefined;
  /** Rejects with the timeout error when the invocation reaches its limit; never resolves. */
  readonly expired: Promise<never>;

  constructor(
    readonly limitMs: number,
    private readonly timeoutError: () => Error,
    /** 'virtual': only charged time counts (see the class comment). */
    readonly mode: 'real' | 'virtual' = 'real',
  ) {
    this.expired = new Promise<never>((_, reject) => {
      this.rejectExpired = reject;
    });
    this.expired.catch(() => undefined);
    this.arm();
  }

  /** Real time since the start, or on the virtual clock the time charged, in milliseconds. */
  elapsedMs(): number {
    return this.mode === 'virtual' ? this.charged : performance.now() - this.startedAt;
  }

  remainingMs(): number {
    return Math.max(0, this.limitMs - this.elapsedMs());
  }

  /** Simulated time spent (product latency on the virtual clock); stops it at the limit. */
  charge(ms: number): void {
    if (this.finished || this.stopped) return;
    this.charged += ms;
    if (this.elapsedMs() >= this.limitMs) this.stop();
    else this.arm();
  }

  /** The error the invocation was stopped with, once it ran out of time. */
  get stoppedBy(): Error | undefined {
    return this.stopped;
  }

  /** The invocation returned or threw: no more timing. */
  finish(): void {
    this.finished = true;
    clearTimeout(this.timer);
  }

  private stop(): void {
    if (this.stopped || this.finished) return;
    clearTimeout(this.timer);
    this.stopped = this.timeoutError();
    this.rejectExpired(this.stopped);
  }

  private arm(): void {
    clearTimeout(this.timer);
    // On the virtual clock time passes only by charges (each checked in `charge`).
    if (this.mode === 'virtual') return;
    this.timer = setTimeout(() => this.stop(), this.remainingMs());
  }
}
