import type { AppRuntime } from './app-runtime';
import type { DeliveryLog } from './event-delivery';

const INTERVAL_MS = {
  fiveMinute: 5 * 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
} as const;

/** The event type scheduled trigger runs are logged under in the host's delivery log. */
export const SCHEDULED_TRIGGER_EVENT = 'scheduledTrigger';

/**
 * The status Forge records for a scheduled trigger's result (Forge docs: function-reference/
 * scheduled-trigger, "Response"): the handler must answer a response object with an integer
 * `statusCode` (204 is success, 5xx an error); anything else, a bare `return` included, is
 * recorded as `424 Failed dependency`.
 */
export function scheduledStatusCode(result: unknown): number {
  if (!result || typeof result !== 'object') return 424;
  const { statusCode } = result as { statusCode?: unknown };
  return typeof statusCode === 'number' && Number.isInteger(statusCode) ? statusCode : 424;
}

/**
 * Runs `scheduledTrigger` modules: on demand (`run(moduleKey)`, used by the shell and tests) and,
 * when started, at their `interval`. The handler gets `{ context: { cloudId, moduleKey }, contextToken }`
 * and `{ principal: undefined, installContext }`. A result that is not a response object, or a 5xx
 * statusCode, is a failure (Forge records it, never retries): it goes to the delivery log as failed.
 */
export class ScheduledTriggers {
  private timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly runtime: AppRuntime,
    private readonly log: DeliveryLog[] = [],
  ) {}

  async run(moduleKey: string): Promise<{ statusCode: number; result: unknown }> {
    const mod = this.runtime.manifest.scheduledTriggers.find((t) => t.key === moduleKey);
    if (!mod) throw new Error(`No scheduledTrigger module '${moduleKey}' in manifest.yml`);
    const request = {
      context: { cloudId: this.runtime.identity.cloudId, moduleKey },
      contextToken: Buffer.from(JSON.stringify({ moduleKey, at: Date.now() })).toString(
        'base64url',
      ),
    };
    const result = await this.runtime.invoke(
      mod.function,
      [request, { principal: undefined, installContext: this.runtime.installContext }],
      // 55 s, or the function's timeoutSeconds (invocation-limits.ts).
      { moduleKey, kind: 'scheduledTrigger' },
    );
    const statusCode = scheduledStatusCode(result);
    const failed = statusCode === 424 || statusCode >= 500;
    this.log.push({
      moduleKey,
      eventType: SCHEDULED_TRIGGER_EVENT,
      ok: !failed,
      ...(failed
        ? {
            error:
              statusCode === 424
                ? '424 Failed dependency: the function did not answer a response object with a statusCode'
                : `the function answered ${statusCode}`,
          }
        : {}),
    });
    return { statusCode, result };
  }

  /** Starts real timers for every scheduled trigger (not in tests). */
  start(): void {
    this.stop();
    for (const mod of this.runtime.manifest.scheduledTriggers) {
      const timer = setInterval(() => {
        this.run(mod.key).catch((err: unknown) => {
          console.error(
            `[forge-host] scheduled trigger ${mod.key} failed: ${err instanceof Error ? err.message : String(err)}`,
          );
        });
      }, INTERVAL_MS[mod.interval]);
      timer.unref();
      this.timers.push(timer);
    }
  }

  stop(): void {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
  }
}
