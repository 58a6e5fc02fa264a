/** Values put into a message's `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Why a lifecycle step is refused: one unmet requirement, in the user's words.
 * `code` is stable (for tests, UI grouping); `message` is what a person reads, in English (what a
 * validator or a comment says). `key` and `params`, when the reason has them, name the same words
 * for the screens to translate (docs/decisions/0010): `message` is the English of `key` with
 * `params` in its `{name}` placeholders.
 */
export interface Reason {
  readonly code: string;
  readonly message: string;
  readonly key?: string;
  readonly params?: MessageParams;
}

/** A reason with its translation key: `<namespace>.<name>` (the name is the code unless given). */
export function keyedReason(
  namespace: string,
  code: string,
  message: string,
  params: MessageParams = {},
  name: string = code,
): Reason {
  return { code, message, key: `${namespace}.${name}`, params };
}

/**
 * The reason maker of one namespace: `reason(code, message, params?, name?)` gives the reason with
 * key `<namespace>.<name>`, its codes and names limited to the namespace's list of message names.
 */
export function reasonsIn<Name extends string>(namespace: string) {
  return (code: Name, message: string, params?: MessageParams, name: Name = code): Reason =>
    keyedReason(namespace, code, message, params, name);
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
