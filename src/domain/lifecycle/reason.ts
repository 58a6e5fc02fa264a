/**
 * Why a lifecycle step is refused: one unmet requirement, in the user's words.
 * `code` is stable (for tests, UI grouping, translations); `message` is what a person reads.
 */
export interface Reason {
  readonly code: string;
  readonly message: string;
}

/** Removes repeated reasons (same code and message), keeping the first occurrence's order. */
export function uniqueReasons<R extends Reason>(reasons: readonly R[]): R[] {
  const seen = new Set<string>();
  return reasons.filter((reason) => {
    const id = `${reason.code}\u0000${reason.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
