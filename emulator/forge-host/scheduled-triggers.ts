import type { AppRuntime } from './app-runtime';

const INTERVAL_MS = {
  fiveMinute: 5 * 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
} as const;

/**
 * Runs `scheduledTrigger` modules: on demand (`run(moduleKey)`, used by the shell and tests) and,
 * when started, at their `interval`. The handler gets `{ context: { cloudId, moduleKey }, contextToken }`
 * and `{ principal: undefined, installContext }`; a result other than a response object, or a 5xx
 * statusCode, counts as a failure (Forge records 424 / error), which is reported, never retried.
 */
export class ScheduledTriggers {
  private timers: NodeJS.Timeout[] = [];

  constructor(private readonly runtime: AppRuntime) {}

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
    const statusCode =
      result &&
      typeof result === 'object' &&
      typeof (result as { statusCode?: unknown }).statusCode === 'number'
        ? (result as { statusCode: number }).statusCode
        : result === undefined
          ? 204
          : 424;
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
