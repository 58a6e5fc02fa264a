/**
 * One policy review action per page and due date: the scan claims `{page, due date}` in KVS
 * with FAIL_IF_EXISTS before it creates the Jira issue, then records the issue key.
 */
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { readStored, writeStored } from '../../storage/stored-value';

export const reviewClaimSchema = z.object({
  pageId: z.string(),
  dueDate: z.string(),
  claimedAt: z.string(),
  issueKey: z.string().optional(),
});
export type ReviewClaim = z.infer<typeof reviewClaimSchema>;

export const reviewClaimKey = (pageId: string, dueDate: string): string =>
  `aims-policy-review:${pageId}:${dueDate}`;

/** The Jira label that marks the review action of a page and due date (searchable exactly). */
export const reviewLabel = (pageId: string, dueDate: string): string =>
  `aims-policy-review-${pageId}-${dueDate}`;

/** A claim older than this without an issue key is treated as abandoned (the run died). */
export const STALE_CLAIM_MS = 10 * 60 * 1000;

export async function readReviewClaim(
  pageId: string,
  dueDate: string,
): Promise<ReviewClaim | undefined> {
  return readStored(reviewClaimKey(pageId, dueDate), reviewClaimSchema);
}

/** True when this run now owns the claim; false when another run holds it. */
export async function claimReview(pageId: string, dueDate: string, now: Date): Promise<boolean> {
  const claim = reviewClaimSchema.parse({ pageId, dueDate, claimedAt: now.toISOString() });
  try {
    await kvs.set(reviewClaimKey(pageId, dueDate), claim, { keyPolicy: 'FAIL_IF_EXISTS' });
    return true;
  } catch (err) {
    if ((err as { code?: unknown }).code === 'KEY_ALREADY_EXISTS') return false;
    throw err;
  }
}

export async function recordReviewIssue(claim: ReviewClaim, issueKey: string): Promise<void> {
  await writeStored(reviewClaimKey(claim.pageId, claim.dueDate), reviewClaimSchema, {
    ...claim,
    issueKey,
  });
}

export type ClaimDecision = 'already-opened' | 'claim' | 'take-over' | 'held-by-another-run';

/**
 * What a scan does with a page whose review is due, given the claim it found: an issue already
 * recorded ends it; no claim → claim it; a fresh claim without an issue belongs to a run in
 * progress; a stale one (that run died) may be taken over, after a search in Jira.
 */
export function claimDecision(existing: ReviewClaim | undefined, now: Date): ClaimDecision {
  if (!existing) return 'claim';
  if (existing.issueKey) return 'already-opened';
  return now.getTime() - Date.parse(existing.claimedAt) >= STALE_CLAIM_MS
    ? 'take-over'
    : 'held-by-another-run';
}
