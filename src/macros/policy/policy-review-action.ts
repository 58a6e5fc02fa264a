/**
 * The AIMS Action the policy review scan opened for a page and due date (see
 * src/automation/policy-review-actions.ts), read as the viewer: null when there is none or Jira
 * does not show it to them.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductClient } from '../../jira/product-client';
import { ProductApiError } from '../../jira/product-client';
import { readPolicyReviewClaim } from '../../storage/policy-review-claims';

const issueSchema = z.object({
  key: z.string(),
  fields: z.object({ status: z.object({ name: z.string() }).optional() }).loose(),
});

/** The policy review action opened for the due date, if the viewer can see it. */
export async function visiblePolicyReviewAction(
  jira: ProductClient,
  pageId: string,
  dueDate: string | undefined,
): Promise<{ key: string; statusName: string } | null> {
  if (!dueDate) return null;
  const claim = await readPolicyReviewClaim(pageId, dueDate);
  if (!claim?.issueKey) return null;
  try {
    const issue = await jira.get(
      route`/rest/api/3/issue/${claim.issueKey}?fields=${'status'}`,
      issueSchema,
    );
    return { key: issue.key, statusName: issue.fields.status?.name ?? '' };
  } catch (err) {
    if (err instanceof ProductApiError && (err.status === 404 || err.status === 403)) return null;
    throw err;
  }
}
