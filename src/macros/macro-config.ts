import type { z } from 'zod';

/** A macro configuration checked: the config, or every problem in a sentence a person can act on. */
export type MacroConfigCheck<T> = { ok: true; config: T } | { ok: false; problems: string[] };

/**
 * Validates a configuration Confluence saved in the macro node (or the config frame submits).
 * Nothing saved yet (no object, or an empty one) is the one problem `nothingSaved`.
 */
export function checkMacroConfig<T>(
  schema: z.ZodType<T>,
  raw: unknown,
  nothingSaved: string,
): MacroConfigCheck<T> {
  if (
    raw === undefined ||
    raw === null ||
    (typeof raw === 'object' && !Array.isArray(raw) && Object.keys(raw).length === 0)
  ) {
    return { ok: false, problems: [nothingSaved] };
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, config: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => i.message) };
}
