import crypto from 'node:crypto';
import type { AppRuntime } from '../app-runtime';
import type { Installation } from '../installations';
import type { DeliveryLog } from '../event-delivery';
import { retryRequest } from '../event-delivery';
import type { ConsumerModule } from '../manifest';
import type { PendingWork } from '../pending-work';
import type { Concurrency } from './concurrency-limiter';
import { ConcurrencyLimiter } from './concurrency-limiter';

/** One event as `Queue.push()` sends it (@forge/events `PushEvent`). */
export interface PushedEvent {
  body: Record<string, unknown>;
  delayInSeconds?: number;
  concurrency?: Concurrency;
}

export interface JobStats {
  success: number;
  inProgress: number;
  failed: number;
}

interface Job {
  queueName: string;
  cancelled: boolean;
  stats: JobStats;
}

/** The retention window: an event is retried for 24 hours after it was pushed, then dropped. */
const RETENTION_MS = 24 * 3_600_000;
/** The longest wait before a retry ("The maximum `retryAfter` value is 900 seconds"). */
const MAX_RETRY_AFTER_SECONDS = 900;

/**
 * Retries after an app-level error (a throw or a time-out): exponential backoff, "with intervals
 * reaching up to approximately 15 minutes" (the docs give no base; the emulator starts at 2 s).
 */
const backoffSeconds = (retryCount: number): number =>
  Math.min(2 ** (retryCount + 1), MAX_RETRY_AFTER_SECONDS);

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Forge's async events (`runtime-reference/async-events-api`): events pushed to a queue invoke
 * the queue's `consumer` function with an `AsyncEvent` (`body`, `queueName`, `jobId`, `eventId`,
 * `retryContext` on retries), as the app (no user), under the consumer limit (55 s or the
 * function's `timeoutSeconds`). Delivery is at least once: after `delayInSeconds`; a returned
 * `InvocationError` is retried after its `retryAfter`; a throw or time-out is retried with
 * backoff; retries stop when the 24-hour retention window is over. `concurrency` keys bound how
 * many events run at once. The `duplicateEvents` fault delivers every event twice, concurrently.
 * Job stats and cancellation follow `JobProgress`. Waits are multiplied by `retryTimeScale`.
 */
export class AsyncEventQueue {
  private readonly jobs = new Map<string, Job>();
  private readonly limiter = new ConcurrencyLimiter();

  constructor(
    private readonly runtime: AppRuntime,
    private readonly pending: PendingWork,
    private readonly log: DeliveryLog[],
  ) {}

  consumerOf(queueName: string): ConsumerModule | undefined {
    return this.runtime.manifest.consumers.find((c) => c.queue === queueName);
  }

  /**
   * Accepts a push of a job's events (the caller checked the queue has a consumer); the consumer
   * runs in the fault generation the push was made in (`causedIn`, see FaultState), in the
   * installation that pushed (each installation has its own queue).
   */
  push(
    queueName: string,
    jobId: string,
    events: PushedEvent[],
    causedIn: number,
    installation?: Installation,
  ): void {
    const consumer = this.consumerOf(queueName);
    if (!consumer) throw new Error(`No consumer listens to queue '${queueName}'`);
    const job: Job = {
      queueName,
      cancelled: false,
      stats: { success: 0, inProgress: events.length, failed: 0 },
    };
    this.jobs.set(jobId, job);
    const copies = this.runtime.faults.deliverTwice() ? 2 : 1;
    for (const event of events) {
      const eventId = crypto.randomUUID();
      const pushedAt = new Date();
      this.pending.track(
        (async () => {
          const outcomes = await Promise.all(
            Array.from({ length: copies }, () =>
              this.deliver(job, jobId, consumer, event, {
                eventId,
                pushedAt,
                causedIn,
                installation,
              }),
            ),
          );
          job.stats.inProgress -= 1;
          if (outcomes.includes('delivered')) job.stats.success += 1;
          else if (outcomes.includes('failed')) job.stats.failed += 1;
        })(),
      );
    }
  }

  stats(queueName: string, jobId: string): JobStats | undefined {
    const job = this.jobs.get(jobId);
    return job && job.queueName === queueName ? { ...job.stats } : undefined;
  }

  /** Cancels a job: its events not started yet (retries included) are not processed. */
  cancel(queueName: string, jobId: string): boolean {
    const job = this.jobs.get(jobId);
    if (!job || job.queueName !== queueName) return false;
    job.cancelled = true;
    return true;
  }

  private async deliver(
    job: Job,
    jobId: string,
    consumer: ConsumerModule,
    event: PushedEvent,
    push: { eventId: string; pushedAt: Date; causedIn: number; installation?: Installation },
  ): Promise<'delivered' | 'failed' | 'cancelled'> {
    const { eventId, pushedAt, causedIn, installation } = push;
    const scale = this.runtime.faults.retryTimeScale;
    let ageMs = (event.delayInSeconds ?? 0) * 1000;
    await sleep(ageMs * scale);
    let retryContext: Record<string, unknown> | undefined;
    for (let retryCount = 0; ; retryCount += 1) {
      if (job.cancelled) return 'cancelled';
      const asyncEvent = {
        ...structuredClone(event),
        queueName: job.queueName,
        jobId,
        eventId,
        ...(retryContext ? { retryContext } : {}),
      };
      const started = Date.now();
      let retry: { afterSeconds: number; reason: string; data?: unknown };
      try {
        const result = await this.limiter.run(event.concurrency, () =>
          this.runtime.invoke(
            consumer.function,
            [asyncEvent, { principal: undefined, installContext: this.runtime.installContext }],
            {
              moduleKey: consumer.key,
              kind: 'consumer',
              faultGeneration: causedIn,
              ...(installation ? { installation } : {}),
            },
          ),
        );
        const asked = retryRequest(result);
        if (!asked) {
          this.log.push({ moduleKey: consumer.key, eventType: `queue:${job.queueName}`, ok: true });
          return 'delivered';
        }
        retry = {
          afterSeconds: Math.min(Math.max(asked.retryAfter ?? 1, 1), MAX_RETRY_AFTER_SECONDS),
          reason: asked.retryReason ?? 'FUNCTION_RETRY_REQUEST',
          data: asked.retryData,
        };
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        console.error(`[forge-host] consumer ${consumer.key} failed (will retry): ${message}`);
        const timedOut = err instanceof Error && err.name === 'FUNCTION_TIME_OUT';
        retry = {
          afterSeconds: backoffSeconds(retryCount),
          reason: timedOut ? 'FUNCTION_TIME_OUT' : 'FUNCTION_ERROR',
        };
      }
      ageMs += Date.now() - started + retry.afterSeconds * 1000;
      if (ageMs >= RETENTION_MS) {
        this.log.push({
          moduleKey: consumer.key,
          eventType: `queue:${job.queueName}`,
          ok: false,
          error: `dropped after its 24-hour retention window (${retryCount + 1} attempts, last: ${retry.reason})`,
        });
        return 'failed';
      }
      await sleep(retry.afterSeconds * 1000 * scale);
      retryContext = {
        retryCount: retryCount + 1,
        retryReason: retry.reason,
        retryData: retry.data,
        retentionWindow: {
          startTime: pushedAt.toISOString(),
          remainingTimeMs: RETENTION_MS - ageMs,
        },
      };
    }
  }
}
