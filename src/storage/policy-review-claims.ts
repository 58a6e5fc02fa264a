/**
 * One policy review action per page and due date: the scan claims `{page, due date}` in KVS
 * (FAIL_IF_EXISTS) before it creates the Jira issue, then records the issue key with the claim.
 */
import { z } from 'zod';
import { claimKey } from './kvs-claim';
import { policyReviewClaimKey, policyReviewTakeOverKey } from './kvs-keys';
import { readStored, writeStored } from './stored-value';

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
  return readStored(policyReviewClaimKey(pageId, dueDate), policyReviewClaimSchema);
}

/** True when this run now owns the claim; false when another run holds it. */
export async function claimPolicyReview(
  pageId: string,
  dueDate: string,
  now: Date,
): Promise<boolean> {
  const claim = policyReviewClaimSchema.parse({ pageId, dueDate, claimedAt: now.toISOString() });
  return claimKey(policyReviewClaimKey(pageId, dueDate), claim);
}

/** Takes over a stale claim whose run died before recording an issue (only one run can). */
export async function takeOverPolicyReviewClaim(
  claim: PolicyReviewClaim,
  now: Date,
): Promise<boolean> {
  return claimKey(
    policyReviewTakeOverKey(claim.pageId, claim.dueDate, claim.claimedAt),
    now.toISOString(),
  );
}

export async function recordPolicyReviewIssue(
  claim: PolicyReviewClaim,
  issueKey: string,
): Promise<void> {
  await writeStored(policyReviewClaimKey(claim.pageId, claim.dueDate), policyReviewClaimSchema, {
    ...claim,
    issueKey,
  });
}
