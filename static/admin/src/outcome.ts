import { invoke } from '@forge/bridge';
import { z } from 'zod';

/** A resolver refusal: the sentence to show and its reasons (e.g. "Row 3: …"). */
export class OutcomeError extends Error {
  constructor(
    message: string,
    readonly details: string[],
  ) {
    super(message);
    this.name = 'OutcomeError';
  }
}

const failureSchema = z.object({
  ok: z.literal(false),
  error: z.string(),
  details: z.array(z.string()).default([]),
});

/**
 * Calls an admin-resolver function (answers `{ok, data} | {ok:false, error, details}`) and checks
 * its data with `schema`; a refusal or an unexpected answer is thrown as an OutcomeError.
 */
export async function call<S extends z.ZodType>(
  functionKey: string,
  schema: S,
  payload: Record<string, unknown> = {},
): Promise<z.output<S>> {
  const raw: unknown = await invoke(functionKey, payload);
  const failure = failureSchema.safeParse(raw);
  if (failure.success) throw new OutcomeError(failure.data.error, failure.data.details);
  const parsed = z.object({ ok: z.literal(true), data: schema }).safeParse(raw);
  if (!parsed.success) {
    throw new OutcomeError(`The app's "${functionKey}" function answered with unexpected data.`, [
      ...parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`),
    ]);
  }
  return (parsed.data as { data: z.output<S> }).data;
}

export function detailsOf(error: unknown): string[] {
  return error instanceof OutcomeError ? error.details : [];
}
