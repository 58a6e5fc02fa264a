/**
 * The AI policy pages of input d) (7.3) named as the viewer may read them. The inputs — live, or
 * the held record, which keeps page ids only — name each page by the title the viewer reads, all
 * in one request; a page the viewer cannot view is left out and only counted, never with its id
 * or title. An export has no reader: it names no page.
 */
import { readPageTitles } from '../../confluence/page-titles';
import type { ManagementReviewInputs } from '../../domain/review';
import type { ProductClient } from '../../jira/product-client';
import type { ReviewInputsView } from '../../ui-contract/review-macro-view';

type Awareness = NonNullable<ManagementReviewInputs['d']['policyAwareness']>;
type AwarenessView = NonNullable<ReviewInputsView['d']['policyAwareness']>;

/** The counts with each page the viewer may view named (titles: none for an export). */
export function namePolicyPages(
  awareness: Awareness,
  titles: ReadonlyMap<string, string> | undefined,
): AwarenessView {
  const policies: AwarenessView['policies'][number][] = [];
  for (const { pageId, ...figures } of awareness.policies) {
    const title = titles?.get(pageId);
    if (!titles) policies.push({ ...figures, page: null });
    else if (title !== undefined) policies.push({ ...figures, page: { id: pageId, title } });
  }
  return {
    memberGroup: awareness.memberGroup,
    groupSize: awareness.groupSize,
    policies,
    unreadablePages: awareness.unreadablePages,
    unviewablePages: awareness.policies.length - policies.length,
  };
}

/** The inputs with their policy pages named (titles: none for an export). */
export function inputsWithPolicyPagesNamed(
  inputs: ManagementReviewInputs,
  titles: ReadonlyMap<string, string> | undefined,
): ReviewInputsView {
  const { policyAwareness: awareness, ...d } = inputs.d;
  const named = awareness ? namePolicyPages(awareness, titles) : awareness;
  return { ...inputs, d: { ...d, policyAwareness: named } };
}

/**
 * The inputs as the viewer sees them, their policy pages named by one read as the viewer
 * (`confluence` undefined: an export, no reader).
 */
export async function withPolicyPagesNamed(
  confluence: ProductClient | undefined,
  inputs: ManagementReviewInputs,
): Promise<ReviewInputsView> {
  const ids = inputs.d.policyAwareness?.policies.map((p) => p.pageId) ?? [];
  let titles: ReadonlyMap<string, string> | undefined;
  if (confluence) titles = ids.length > 0 ? await readPageTitles(confluence, ids) : new Map();
  return inputsWithPolicyPagesNamed(inputs, titles);
}
