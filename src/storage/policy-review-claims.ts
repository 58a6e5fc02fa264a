/**
 * One policy review action per page and due date: the scan claims `{page, due date}`
 * (kvs-claim.ts) before it creates the Jira issue, then records the issue key with the claim.
 * A claim whose run died before recording an issue goes stale and another run takes it over.
 */
import { z } from 'zod';
import { claimKey, readClaim, settleClaim } from './kvs-claim';
import { policyReviewClaimKey } from './kvs-keys';

export const policyReviewClaimSchema = z.object({
  pageId: z.string(),
  dueDate: z.string(),
  claimedAt: z.string(),
  issueKey: z.string().optional(),
});
export type PolicyReviewClaim = z.infer<typeof policyReviewClaimSchema>;

export async function readPolicyReviewClaim(
  pageId: string,
  dueDate: string,
): Promise<PolicyReviewClaim | undefined> {
  return readClaim(policyReviewClaimKey(pageId, dueDate), policyReviewClaimSchema);
}

/**
 * The claim this run now owns: nobody held it, or the holder's claim is older than
 * `staleAfterMs` (that run died) and this run took it over; undefined when another run holds it.
 */
export async function claimPolicyReview(
  pageId: string,
  dueDate: string,
  now: Date,
  staleAfterMs: number,
): Promise<PolicyReviewClaim | undefined> {
  const claim = policyReviewClaimSchema.parse({ pageId, dueDate, claimedAt: now.toISOString() });
  const won = await claimKey(policyReviewClaimKey(pageId, dueDate), claim, {
    staleAfterSeconds: staleAfterMs / 1000,
    now,
  });
  return won ? claim : undefined;
}

export async function recordPolicyReviewIssue(
  claim: PolicyReviewClaim,
  issueKey: string,
): Promise<void> {
  await settleClaim(policyReviewClaimKey(claim.pageId, claim.dueDate), policyReviewClaimSchema, {
    ...claim,
    issueKey,
  });
}
