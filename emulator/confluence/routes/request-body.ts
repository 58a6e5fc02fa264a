import type { z } from 'zod';
import { confluenceBadRequest } from '../../core/errors';

/** Validates a JSON request body; a bad one is a 400 naming the offending fields, and changes nothing. */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((i) => `${i.path.length ? i.path.join('.') : 'body'}: ${i.message}`)
      .join('; ');
    throw confluenceBadRequest(`Invalid request body: ${detail}`);
  }
  return parsed.data;
}
