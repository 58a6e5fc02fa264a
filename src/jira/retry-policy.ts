/**
 * When a product call that failed in passing is tried again, and how long to wait first.
 * 429: the platform did not process the request, so any call may be repeated, after the
 * `Retry-After` the product sent (Forge docs `events-reference/product_events`, "Retry for app
 * level errors", waits for exactly that header).
 * 5xx and timeouts: the request may have been processed, so only idempotent calls are repeated,
 * after a capped exponential backoff with full jitter. Clock and randomness are injectable so
 * tests neither sleep nor depend on chance.
 */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Backoff of the first retry before jitter; doubles each retry. */
  baseDelayMs: number;
  /** No backoff is longer than this. */
  maxDelayMs: number;
  /**
   * A `Retry-After` longer than this is not waited for inside the invocation (Forge functions
   * run at most 25 s by default, limits-invocation): the error goes to the caller, with the wait.
   */
  maxRetryAfterMs: number;
  sleep(ms: number): Promise<void>;
  /** A number in [0, 1). */
  random(): number;
}

export const defaultRetryPolicy: RetryPolicy = {
  // Six attempts: a call fails for good only when five retries in a row met a rate limit or an
  // outage; the backoffs add up to at most 0.2+0.4+0.8+1.6+3 s, well inside an invocation.
  maxAttempts: 6,
  baseDelayMs: 200,
  maxDelayMs: 3_000,
  maxRetryAfterMs: 5_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/** The statuses that say "try again later": rate limited, or the product failed in passing. */
export function isPassingStatus(status: number): boolean {
  return status === 429 || status === 500 || status === 502 || status === 503 || status === 504;
}

/** `Retry-After` in milliseconds: delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/** The backoff before retry number `retry` (1 = the first retry): full jitter under a capped exponential. */
export function backoffMs(policy: RetryPolicy, retry: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(policy.random() * ceiling);
}
