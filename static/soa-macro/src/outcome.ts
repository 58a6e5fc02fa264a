import { z } from 'zod';
import { invokeChecked } from '../../common';

/** A resolver refusal: the sentence to show and its reasons. */
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
 * Calls a resolver function answering `{ok, data} | {ok:false, error, details}`; validates the
 * data with `schema`. A refusal or unexpected data is thrown as an error to show.
 */
export async function call<S extends z.ZodType>(
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

export const detailsOf = (error: unknown): string[] =>
  error instanceof RefusedError ? error.details : [];
