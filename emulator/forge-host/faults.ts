import { z } from 'zod';

/** Fault injection for tests and demos of the app's resilience. */
export const faultOptionsSchema = z.strictObject({
  /** Deliver every product event twice (Forge delivers at least once). */
  duplicateEvents: z.boolean().optional(),
  /** Delay each event delivery by this many milliseconds. */
  eventDelayMs: z.number().int().min(0).optional(),
  /**
   * Multiplies the platform's waits: the `retryAfter` of retries a trigger or consumer asks for,
   * async events' `delayInSeconds` and their retry backoff (tests use a small factor).
   */
  retryTimeScale: z.number().min(0).optional(),
  /** Make the app's product REST calls fail. */
  restFailures: z
    .strictObject({
      /** 429 (with Retry-After) or a 5xx status. */
      status: z.union([z.literal(429), z.number().int().min(500).max(599)]),
      retryAfterSeconds: z.number().int().min(0).optional(),
      /** Fail only the next N calls (default: every call until the faults are changed). */
      count: z.number().int().min(1).optional(),
      /** Fail only calls with this method (e.g. POST: the creates). */
      method: z.string().optional(),
      /** Fail only calls to exactly this path (without the query). */
      path: z.string().optional(),
    })
    .optional(),
  /**
   * Right after install the app user's permissions are not active yet (Forge docs
   * `events-reference/life-cycle`, "Making API requests during installation"): its next N product
   * calls as the app answer 403.
   */
  appPermissionsPendingCalls: z.number().int().min(1).optional(),
});

export type FaultOptions = z.infer<typeof faultOptionsSchema>;

/**
 * The faults in force. Each `set()` starts a new generation; work records the generation it was
 * caused in (a request, a direct call, the change that raised an event), and REST failures hit
 * only work caused in the current one. So an event delivery or retry that a change made before
 * the faults were set never consumes them, however late it runs: tests are deterministic.
 */
export class FaultState {
  private options: FaultOptions = {};
  private remainingFailures = Infinity;
  private current = 0;
  private pendingAppCalls = 0;

  constructor(options: FaultOptions = {}) {
    this.set(options);
  }

  set(options: FaultOptions): void {
    this.options = faultOptionsSchema.parse(options);
    this.remainingFailures = this.options.restFailures?.count ?? Infinity;
    this.pendingAppCalls = this.options.appPermissionsPendingCalls ?? 0;
    this.current += 1;
  }

  /** The generation of the faults in force; work caused now records it. */
  get generation(): number {
    return this.current;
  }

  get duplicateEvents(): boolean {
    return this.options.duplicateEvents ?? false;
  }

  get retryTimeScale(): number {
    return this.options.retryTimeScale ?? 1;
  }

  get eventDelayMs(): number {
    return this.options.eventDelayMs ?? 0;
  }

  /**
   * A 403 for a product call as the app while its permissions are not active yet, if one is due:
   * only for work caused in the current generation (`causedIn`).
   */
  nextAppPermissionRefusal(product: 'jira' | 'confluence', causedIn: number): Response | undefined {
    if (causedIn !== this.current || this.pendingAppCalls <= 0) return undefined;
    this.pendingAppCalls -= 1;
    const message = 'You do not have permission to perform this operation.';
    const body =
      product === 'jira'
        ? { errorMessages: [message], errors: {} }
        : { errors: [{ status: 403, code: 'FORBIDDEN', title: message, detail: null }] };
    return new Response(JSON.stringify(body), {
      status: 403,
      headers: { 'content-type': 'application/json' },
    });
  }

  /**
   * A failure response to return instead of performing a product call, if one is due: only for
   * work caused in the current generation (`causedIn`).
   */
  nextRestFailure(
    product: 'jira' | 'confluence',
    causedIn: number,
    request?: { method: string; path: string },
  ): Response | undefined {
    const f = this.options.restFailures;
    if (!f || causedIn !== this.current || this.remainingFailures <= 0) return undefined;
    if (f.method && request?.method !== f.method.toUpperCase()) return undefined;
    if (f.path && request?.path !== f.path) return undefined;
    this.remainingFailures -= 1;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (f.status === 429) headers['retry-after'] = String(f.retryAfterSeconds ?? 1);
    const message = f.status === 429 ? 'Rate limit exceeded.' : 'Internal server error';
    const body =
      product === 'jira'
        ? { errorMessages: [message], errors: {} }
        : {
            errors: [
              {
                status: f.status,
                code: f.status === 429 ? 'TOO_MANY_REQUESTS' : 'INTERNAL_SERVER_ERROR',
                title: message,
                detail: null,
              },
            ],
          };
    return new Response(JSON.stringify(body), { status: f.status, headers });
  }
}
