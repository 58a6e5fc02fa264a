import { z } from 'zod';
import { invokeChecked } from './invoke';

/** A resolver refusal: the sentence to show and its reasons (e.g. "Row 3: …"). */
export class RefusedError extends Error {
  constructor(
    message: string,
    readonly details: string[],
  ) {
    super(message);
    this.name = 'RefusedError';
  }
}

const outcomeSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string(), details: z.array(z.string()).default([]) }),
]);

/**
 * Calls one of the app's resolver functions, which answer `{ok, data} | {ok:false, error,
 * details}` (src/resolvers/resolver-outcome.ts), and validates the data with `schema`. A refusal
 * or unexpected data is thrown as a RefusedError to show.
 */
export async function callResolver<S extends z.ZodType>(
  functionKey: string,
  schema: S,
  payload: Record<string, unknown> = {},
): Promise<z.output<S>> {
  const outcome = await invokeChecked(functionKey, outcomeSchema, payload);
  if (!outcome.ok) throw new RefusedError(outcome.error, outcome.details);
  const parsed = schema.safeParse(outcome.data);
  if (!parsed.success) {
    throw new RefusedError(
      `The app's "${functionKey}" function answered with unexpected data.`,
      parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  }
  return parsed.data;
}

/** The reasons of a refusal, for showing under its message. */
export const detailsOf = (error: unknown): string[] =>
  error instanceof RefusedError ? error.details : [];
