import type { z } from 'zod';
import { formatValidationError } from '../../../../src/domain/records';

/** The plain-language messages a schema gives for an input (empty when it is accepted). */
export function refusalMessages(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : formatValidationError(result.error);
}
