/** Parse a record with its schema and get either the value or plain-language reasons. */
import type { z } from 'zod';
import { formatValidationError } from './format-validation-error';

export type RecordValidation<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly string[] };

export function validateRecord<S extends z.ZodType>(
  schema: S,
  input: unknown,
): RecordValidation<z.output<S>> {
  const result = schema.safeParse(input);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, errors: formatValidationError(result.error) };
}
