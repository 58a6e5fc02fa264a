import type { z } from 'zod';
import { Refusal } from '../domain/refusal';

/** A macro configuration checked: the config, or every problem in a sentence a person can act on. */
export type MacroConfigCheck<T> = { ok: true; config: T } | { ok: false; problems: string[] };

/** The configuration Confluence saves in a macro's node (or its config frame submits). */
export interface MacroConfig<T> {
  /** Validates it; nothing saved yet (no object, or an empty one) is one problem. */
  check(raw: unknown): MacroConfigCheck<T>;
  /** The message the macro shows when its configuration is missing or wrong. */
  notConfigured(problems: readonly string[]): string;
  /** The configuration, or a Refusal with that message and every problem (nothing is saved). */
  require(raw: unknown): T;
}

export function macroConfig<T>(
  schema: z.ZodType<T>,
  nothingSaved: string,
  notConfigured: (problems: readonly string[]) => string,
): MacroConfig<T> {
  const check = (raw: unknown): MacroConfigCheck<T> => {
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
  };
  return {
    check,
    notConfigured,
    require(raw) {
      const checked = check(raw);
      if (!checked.ok) throw new Refusal(notConfigured(checked.problems), checked.problems);
      return checked.config;
    },
  };
}
