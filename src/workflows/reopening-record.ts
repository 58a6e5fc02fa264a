/**
 * A closed record reopened by a manager: who and when, kept in an issue property next to the
 * reason they wrote in the transition's comment (the validator requires it). Idempotent per
 * transition execution.
 */
import { z } from 'zod';
import { readIssueProperty, writeIssueProperty } from '../jira/issue-property';
import type { ProductClient } from '../jira/product-client';

export const REOPENINGS_PROPERTY = 'aims.reopenings';

const reopeningsSchema = z.object({
  reopenings: z.array(
    z.object({
      at: z.string(),
      byAccountId: z.string().nullable(),
      transition: z.string(),
      executionId: z.string(),
    }),
  ),
});

export async function recordReopening(
  jira: ProductClient,
  key: string,
  t: { transitionName: string; actorAccountId: string | null; executionId: string },
): Promise<string> {
  const record = (await readIssueProperty(jira, key, REOPENINGS_PROPERTY, reopeningsSchema)) ?? {
    reopenings: [],
  };
  if (record.reopenings.some((r) => r.executionId === t.executionId))
    return 'reopening already recorded';
  record.reopenings.push({
    at: new Date().toISOString(),
    byAccountId: t.actorAccountId,
    transition: t.transitionName,
    executionId: t.executionId,
  });
  await writeIssueProperty(jira, key, REOPENINGS_PROPERTY, record);
  return `reopening ${record.reopenings.length} recorded`;
}
