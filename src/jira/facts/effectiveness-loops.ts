/**
 * The effectiveness-review loops of a Nonconformity (each ineffective review that sent it back to
 * cause analysis), kept by the post function in an issue property. `at` is Jira's time of the
 * transition (the issue's `updated` right after it), comparable with corrective actions'
 * resolution dates.
 */
import { z } from 'zod';
import { readIssueProperty } from '../issue-property';
import type { ProductClient } from '../product-client';

export const LOOPS_PROPERTY = 'aims.effectivenessLoops';

export const loopRecordSchema = z.object({
  cycle: z.number().int().min(1),
  at: z.string(),
  byAccountId: z.string().nullable(),
  evidence: z.string().nullable(),
  /** Who had reviewed it (cleared from the issue with the verdict and evidence). */
  reviewerAccountId: z.string().nullable().optional(),
  executionId: z.string(),
  commented: z.boolean(),
});
export const loopsRecordSchema = z.object({
  count: z.number().int().min(0),
  loops: z.array(loopRecordSchema),
});
export type LoopsRecord = z.infer<typeof loopsRecordSchema>;

/** When the last ineffective review happened, or null when there was none. */
export function lastIneffectiveReviewAt(record: LoopsRecord | null | undefined): string | null {
  return record?.loops.at(-1)?.at ?? null;
}

export async function readLastIneffectiveReviewAt(
  client: ProductClient,
  issueKey: string,
): Promise<string | null> {
  return lastIneffectiveReviewAt(
    await readIssueProperty(client, issueKey, LOOPS_PROPERTY, loopsRecordSchema),
  );
}
