import { getAppContext } from '@forge/api';
import type { TimeBox } from './step-runner';

/** How long one queued part runs before it queues the next: well inside the consumer's 55 s. */
export const PART_BUDGET_MS = 20_000;
/** What a part leaves unused at least, for the step item it is in when the budget runs out. */
export const PART_RESERVE_MS = 15_000;

/**
 * The time box of one part, measured with the time the platform says the invocation has left
 * (`getAppContext().invocationRemainingTimeInMillis()`), so it counts what the platform counts.
 * Where the platform cannot say (an old tunnel), the wall clock measures the budget.
 */
export function invocationTimeBox(): TimeBox {
  let remaining: () => number;
  try {
    const { invocationRemainingTimeInMillis } = getAppContext();
    invocationRemainingTimeInMillis();
    remaining = invocationRemainingTimeInMillis;
  } catch {
    const end = Date.now() + PART_BUDGET_MS + PART_RESERVE_MS;
    remaining = () => end - Date.now();
  }
  const stopAt = Math.max(remaining() - PART_BUDGET_MS, PART_RESERVE_MS);
  return { timeUp: () => remaining() <= stopAt };
}
