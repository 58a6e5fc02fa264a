import type { z } from 'zod';
import { JiraError } from '../../core/errors';

/** Validates a JSON body with zod; a bad body is Jira's 400 with the first problem named. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : undefined;
  if (where) throw new JiraError(400, [], { [where]: issue?.message ?? 'Invalid value' });
  throw new JiraError(400, [issue?.message ?? 'The request body is invalid.']);
}
