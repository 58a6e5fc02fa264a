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
  /**
   * The whole site's fault mode (`AIMS_SITE_FAULTS`, site-faults.ts): each product call of the
   * app fails with a status at its rate, each event is delivered twice at its rate. Chance comes
   * from a seeded generator, so a run can be repeated exactly.
   */
  rates: z
    .strictObject({
      statuses: z
        .array(
          z.strictObject({
            status: z.union([z.literal(429), z.number().int().min(500).max(599)]),
            rate: z.number().min(0).max(1),
          }),
        )
        .default([]),
      duplicateEvents: z.number().min(0).max(1).default(0),
      seed: z.number().int().default(1),
    })
    .optional(),
});

export type FaultOptions = z.infer<typeof faultOptionsSchema>;

/** What the fault mode's rates injected: product calls failed by status, events delivered twice. */
export interface FaultCounts {
  failedCalls: Record<string, number>;
  duplicatedEvents: number;
}

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

  /** The seeded generator of the fault mode's chances (mulberry32). */
  private chance: () => number = () => 1;

  /** What the rates injected since the faults were last set. */
  injected: FaultCounts = { failedCalls: {}, duplicatedEvents: 0 };

  set(options: FaultOptions): void {
    this.options = faultOptionsSchema.parse(options);
    this.chance = seededRandom(this.options.rates?.seed ?? 1);
    this.injected = { failedCalls: {}, duplicatedEvents: 0 };
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

  /** Whether this event is delivered twice: always under `duplicateEvents`, else at its rate. */
  deliverTwice(): boolean {
    if (this.duplicateEvents) return true;
    const rate = this.options.rates?.duplicateEvents ?? 0;
    const twice = rate > 0 && this.chance() < rate;
    if (twice) this.injected.duplicatedEvents += 1;
    return twice;
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
    const drawn = this.drawnFailure();
    if (drawn) return failureResponse(product, drawn, 0);
    const f = this.options.restFailures;
    if (!f || causedIn !== this.current || this.remainingFailures <= 0) return undefined;
    if (f.method && request?.method !== f.method.toUpperCase()) return undefined;
    if (f.path && request?.path !== f.path) return undefined;
    this.remainingFailures -= 1;
    return failureResponse(product, f.status, f.retryAfterSeconds ?? 1);
  }

  /** A status drawn by the fault mode's rates for this call, if one is drawn. */
  private drawnFailure(): number | undefined {
    for (const { status, rate } of this.options.rates?.statuses ?? []) {
      if (rate > 0 && this.chance() < rate) {
        this.injected.failedCalls[status] = (this.injected.failedCalls[status] ?? 0) + 1;
        return status;
      }
    }
    return undefined;
  }
}

/** The product's answer to a call that failed with `status` (429 with its Retry-After). */
function failureResponse(
  product: 'jira' | 'confluence',
  status: number,
  retryAfterSeconds: number,
): Response {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (status === 429) headers['retry-after'] = String(retryAfterSeconds);
  const message = status === 429 ? 'Rate limit exceeded.' : 'Internal server error';
  const body =
    product === 'jira'
      ? { errorMessages: [message], errors: {} }
      : {
          errors: [
            {
              status,
              code: status === 429 ? 'TOO_MANY_REQUESTS' : 'INTERNAL_SERVER_ERROR',
              title: message,
              detail: null,
            },
          ],
        };
  return new Response(JSON.stringify(body), { status, headers });
}

/** A small seeded generator of numbers in [0, 1) (mulberry32): the same seed, the same run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
