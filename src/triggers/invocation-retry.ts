/**
 * Asking Forge to deliver an event again (Forge docs `events-reference/product_events`, "Retry
 * for app level errors", and `runtime-reference/async-events-api`, "Retry request"): the function
 * returns an `InvocationError`; Forge retries up to four times, after `retryAfter` seconds (at
 * most 900), and the retry's payload carries `retryContext.retryCount`.
 */
import { InvocationError, InvocationErrorCode } from '@forge/events';
import { z } from 'zod';
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

const retryContextSchema = z.looseObject({
  retryContext: z.looseObject({ retryCount: z.number().int().min(0) }).optional(),
});

/** A trigger's work done, or the request to deliver its event again. */
export type WorkOrRetry<T> = { done: true; value: T } | { done: false; retry: InvocationError };

/**
 * Runs a trigger's work on `event`; a failure that passes becomes the request to deliver the event
 * again (logged with `label`), any other failure stays a failure. (`new InvocationError()` gives
 * a plain object, so the outcome says which it is.)
 */
export async function orRetryRequest<T>(
  event: unknown,
  label: string,
  work: () => Promise<T>,
): Promise<WorkOrRetry<T>> {
  try {
    return { done: true, value: await work() };
  } catch (err) {
    const retryCount = retryContextSchema.safeParse(event).data?.retryContext?.retryCount ?? 0;
    const retry = retryRequestFor(err, retryCount);
    if (!retry) throw err;
    console.warn(
      `[aims] ${label}: ${err instanceof Error ? err.message : String(err)}; asked Forge to retry`,
    );
    return { done: false, retry };
  }
}
