import { performance } from 'node:perf_hooks';

/**
 * The running time of one invocation against its limit: the real time since it started plus any
 * simulated time charged to it (product latency on the virtual clock). When the total reaches the
 * limit the invocation is stopped, as Forge stops the function: `expired` rejects with the timeout
 * error, and `stoppedBy` tells the platform to refuse anything the function still tries.
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
  ) {
    this.expired = new Promise<never>((_, reject) => {
      this.rejectExpired = reject;
    });
    this.expired.catch(() => undefined);
    this.arm();
  }

  /** Real time since the start plus simulated time charged, in milliseconds. */
  elapsedMs(): number {
    return performance.now() - this.startedAt + this.charged;
  }

  remainingMs(): number {
    return Math.max(0, this.limitMs - this.elapsedMs());
  }

  /** Simulated time spent (virtual clock); stops the invocation when it crosses the limit. */
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
    this.timer = setTimeout(() => this.stop(), this.remainingMs());
  }
}
