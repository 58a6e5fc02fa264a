/**
 * Creates issues in bulk (`POST /rest/api/3/issue/bulk`, at most 50 a request as Jira allows),
 * as whoever the client acts for. Any issue Jira refuses fails the whole call with its reasons.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductClient } from './product-client';

export const BULK_CREATE_MAX = 50;

export const createdIssuesSchema = z.object({
  issues: z.array(z.object({ id: z.string(), key: z.string() })).default([]),
  errors: z
    .array(
      z.object({
        failedElementNumber: z.number().optional(),
        elementErrors: z
          .object({
            errorMessages: z.array(z.string()).optional(),
            errors: z.record(z.string(), z.string()).optional(),
          })
          .loose()
          .optional(),
      }),
    )
    .default([]),
});

/** The keys of the created issues, in the order of `fieldsList`. */
export async function bulkCreateIssues(
  jira: ProductClient,
  fieldsList: readonly Record<string, unknown>[],
): Promise<string[]> {
  const keys: string[] = [];
  for (let i = 0; i < fieldsList.length; i += BULK_CREATE_MAX) {
    const batch = fieldsList.slice(i, i + BULK_CREATE_MAX);
    const res = await jira.post(
      route`/rest/api/3/issue/bulk`,
      { issueUpdates: batch.map((fields) => ({ fields })) },
      createdIssuesSchema,
    );
    if (res.errors.length > 0) {
      const first = res.errors[0]?.elementErrors;
      const reasons = [...(first?.errorMessages ?? []), ...Object.values(first?.errors ?? {})];
      throw new Error(
        `Jira refused ${res.errors.length} of ${batch.length} issues: ${reasons.join(' ') || 'no reason given'}`,
      );
    }
    keys.push(...res.issues.map((issue) => issue.key));
  }
  return keys;
}
