import { invoke } from '@forge/bridge';
import { z } from 'zod';

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

const failureSchema = z.object({
  ok: z.literal(false),
  error: z.string(),
  details: z.array(z.string()).default([]),
});

/**
 * Calls a resolver function answering `{ok, data} | {ok:false, error, details}`; the data is
 * checked with `schema`, and a refusal or unexpected answer is thrown as a RefusedError.
 */
export async function callResolver<S extends z.ZodType>(
  functionKey: string,
  schema: S,
  payload: Record<string, unknown> = {},
): Promise<z.output<S>> {
  const raw: unknown = await invoke(functionKey, payload);
  const failure = failureSchema.safeParse(raw);
  if (failure.success) throw new RefusedError(failure.data.error, failure.data.details);
  const parsed = z.object({ ok: z.literal(true), data: schema }).safeParse(raw);
  if (!parsed.success) {
    throw new RefusedError(
      `The app's "${functionKey}" function answered with unexpected data.`,
      parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  }
  return (parsed.data as { data: z.output<S> }).data;
}
