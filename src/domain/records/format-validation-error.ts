/** Turns a zod error into plain-language messages a Jira user can act on. */
import type { z } from 'zod';

/**
 * One message per problem, in order, without repeats. Our schemas word every message
 * themselves; when a problem sits inside a list, the item's position is added
 * ("… (item 2)") so the person knows which entry to fix.
 */
export function formatValidationError(error: z.ZodError): string[] {
  const messages: string[] = [];
  for (const issue of error.issues) {
    const index = issue.path.findLast((part) => typeof part === 'number');
    const message = index === undefined ? issue.message : `${issue.message} (item ${index + 1})`;
    if (!messages.includes(message)) messages.push(message);
  }
  return messages;
}
