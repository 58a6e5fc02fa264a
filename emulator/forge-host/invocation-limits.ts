import type { FunctionModule } from './manifest';

/**
 * What invoked a function, which decides its time limit (Forge docs `limits-invocation`):
 * - `standard`: resolvers, product and lifecycle triggers, workflow rules, macro exports and
 *   direct calls: 25 s ("Runtime seconds … 25: maximum runtime permitted before the app is
 *   stopped").
 * - `webtrigger`: 55 s ("web-trigger, action and rovo:agentConnector modules").
 * - `consumer` (async events) and `scheduledTrigger`: 55 s by default; the function module's
 *   `timeoutSeconds` (1–900) extends it ("async events and scheduled trigger module: 900 …
 *   Default timeout is 55 seconds"; `runtime-reference/async-events-api`, `use-a-long-running-function`).
 */
export type InvocationKind = 'standard' | 'webtrigger' | 'consumer' | 'scheduledTrigger';

export const STANDARD_LIMIT_MS = 25_000;
export const WEBTRIGGER_LIMIT_MS = 55_000;
export const ASYNC_DEFAULT_LIMIT_MS = 55_000;
export const ASYNC_MAX_LIMIT_MS = 900_000;

/** The time limit of one invocation of `fn` invoked as `kind`. */
export function invocationLimitMs(kind: InvocationKind, fn: FunctionModule | undefined): number {
  switch (kind) {
    case 'standard':
      return STANDARD_LIMIT_MS;
    case 'webtrigger':
      return WEBTRIGGER_LIMIT_MS;
    case 'consumer':
    case 'scheduledTrigger':
      return fn?.timeoutSeconds === undefined
        ? ASYNC_DEFAULT_LIMIT_MS
        : Math.min(fn.timeoutSeconds * 1000, ASYNC_MAX_LIMIT_MS);
  }
}
