/**
 * Asking Forge to deliver an event again (Forge docs `events-reference/product_events`, "Retry
 * for app level errors", and `runtime-reference/async-events-api`, "Retry request"): the function
 * returns an `InvocationError`; Forge retries up to four times, after `retryAfter` seconds (at
 * most 900), and the retry's payload carries `retryContext.retryCount`.
 */
import { InvocationError, InvocationErrorCode } from '@forge/events';
import { ProductApiError, ProductUnreachableError } from '../jira/product-client';

/** Forge lowers a longer `retryAfter` to this (product_events, "retryAfter limitation"). */
export const MAX_RETRY_AFTER_SECONDS = 900;

/** A retry request: rate limited upstream, or failed in passing. */
export function retryInvocation(afterSeconds: number, rateLimited: boolean): InvocationError {
  return new InvocationError({
    retryAfter: Math.min(Math.max(0, Math.ceil(afterSeconds)), MAX_RETRY_AFTER_SECONDS),
    retryReason: rateLimited
      ? InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED
      : InvocationErrorCode.FUNCTION_RETRY_REQUEST,
  });
}

/**
 * The retry request for an error that passes (429, 5xx, no answer) — after the product's
 * `Retry-After`, or a backoff growing with the retries already made — or undefined for an error
 * a retry would not fix.
 */
export function retryRequestFor(err: unknown, retryCount: number): InvocationError | undefined {
  if (err instanceof ProductApiError && err.passing) {
    return retryInvocation(err.retryAfterSeconds ?? 30 * 2 ** retryCount, err.status === 429);
  }
  if (err instanceof ProductUnreachableError) return retryInvocation(30 * 2 ** retryCount, false);
  return undefined;
}
