/**
 * 9.3.3: a decision recorded in the review becomes an AIMS Action in Jira (created as the person
 * recording it), exactly once per decision id: the action carries a label naming the decision,
 * so a repeated or concurrent call finds it instead of creating another.
 */
import { doc, link, p, text } from '@atlaskit/adf-utils/builders';
import { Refusal } from '../../domain/refusal';
import {
  aimsActionFields,
  createIssueMarkedBy,
  findIssueByLabel,
} from '../../jira/labelled-aims-action';
import type { ProductClient } from '../../jira/product-client';
import type { ProvisioningState } from '../../storage/provisioning-state';
import { claimKey } from '../../storage/kvs-claim';
import { reviewDecisionClaimKey } from '../../storage/kvs-keys';
import type { StoredDecision } from './review-draft';

export const decisionLabel = (decisionId: string): string => `aims-review-decision-${decisionId}`;

export interface DecisionReview {
  pageId: string;
  title: string;
  /** The site's address; '' when unknown (then the description names the review without a link). */
  siteUrl?: string;
}

/** Confluence Cloud's address of a page by its id. */
export const reviewPageUrl = (siteUrl: string, pageId: string): string =>
  `${siteUrl.replace(/\/+$/, '')}/wiki/pages/viewpage.action?pageId=${encodeURIComponent(pageId)}`;

/** "Decided at the management review <title, linked to its page>." and the decision. */
function decisionDescription(review: DecisionReview, description: string) {
  const title = `"${review.title}"`;
  return doc(
    p(
      text('Decided at the management review '),
      review.siteUrl
        ? link({ href: reviewPageUrl(review.siteUrl, review.pageId) })(title)
        : text(title),
      text('.'),
    ),
    ...description.split('\n').map((line) => (line ? p(text(line)) : p())),
  );
}

/**
 * The create-issue `fields` for a decision's AIMS Action; its description links back to the
 * review page (created as the person recording the decision, like the action).
 */
export function decisionActionFields(
  state: ProvisioningState,
  review: DecisionReview,
  decision: Pick<StoredDecision, 'id' | 'description' | 'ownerAccountId' | 'dueDate'>,
): Record<string, unknown> {
  const fields = aimsActionFields(state, {
    summary: decision.description,
    description: `Decided at the management review "${review.title}".\n${decision.description}`,
    labels: [decisionLabel(decision.id)],
    ...(decision.dueDate ? { dueDate: decision.dueDate } : {}),
    ...(decision.ownerAccountId ? { assigneeAccountId: decision.ownerAccountId } : {}),
    values: { actionSource: 'Management review', reviewReference: review.pageId },
  });
  return { ...fields, description: decisionDescription(review, decision.description) };
}

/** The key of the decision's AIMS Action, creating it (as the viewer) if it does not exist yet. */
export async function ensureDecisionAction(
  jira: ProductClient,
  state: ProvisioningState,
  review: DecisionReview,
  decision: StoredDecision,
): Promise<string> {
  if (decision.actionKey) return decision.actionKey;
  const existing = await findIssueByLabel(jira, state, decisionLabel(decision.id));
  if (existing) return existing;
  const claimed = await claimKey(
    reviewDecisionClaimKey(review.pageId, decision.id),
    { at: new Date().toISOString() },
    { staleAfterSeconds: 120 },
  );
  if (!claimed) {
    const again = await findIssueByLabel(jira, state, decisionLabel(decision.id));
    if (again) return again;
    throw new Refusal('This decision is being recorded right now. Reload in a moment.');
  }
  return createIssueMarkedBy(
    jira,
    state,
    decisionActionFields(state, review, decision),
    decisionLabel(decision.id),
  );
}
