import type { z } from 'zod';

/**
 * One line per zod issue, `path.to.value: message`. An issue at the root is named `root` when
 * given (`value: …`, `body: …`), else shown as its message alone.
 */
export function zodIssueLines(
  error: z.ZodError,
  options: { root?: string; max?: number } = {},
): string[] {
  return error.issues.slice(0, options.max ?? error.issues.length).map((issue) => {
    const where = issue.path.map(String).join('.') || options.root;
    return where ? `${where}: ${issue.message}` : issue.message;
  });
}
