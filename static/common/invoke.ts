import { invoke as bridgeInvoke } from '@forge/bridge';
import type { z } from 'zod';

/** A resolver answered with something other than the shape the UI expects. */
export class ResolverResponseError extends Error {
  constructor(
    readonly functionKey: string,
    readonly issues: string,
  ) {
    super(`The app's "${functionKey}" function answered with unexpected data: ${issues}`);
    this.name = 'ResolverResponseError';
  }
}

/**
 * Calls a resolver function through the Forge bridge and validates its answer with `schema`.
 * A response that does not match is an error (never silently used).
 */
export async function invokeChecked<S extends z.ZodType>(
  functionKey: string,
  schema: S,
  payload?: Record<string, unknown>,
): Promise<z.output<S>> {
  const raw: unknown = await bridgeInvoke(functionKey, payload);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new ResolverResponseError(functionKey, issues);
  }
  return parsed.data;
}
