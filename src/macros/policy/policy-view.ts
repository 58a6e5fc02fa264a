/**
 * Everything the AI Policy macro shows for one page version, read as the viewer: the
 * document-control block, the clause 5.2 checklist, the approval history and the AI objectives.
 * The Custom UI and the export (adfExport) render this same view.
 */
import { POLICY_CONTROL_EVENT_NAMES, approvalBlockers } from '../../domain/policy';
import {
  POLICY_ELEMENTS,
  POLICY_ELEMENT_NAMES,
  uncoveredPolicyElements,
} from '../../domain/records';
import type { ProductClient } from '../../jira/product-client';
import { loadProvisioningState } from '../../storage/provisioning-state';
import { readDocumentChange } from '../document-control/document-change-facts';
import { loadDocumentControlView } from '../document-control/document-control-view';
import { policyConfig } from './policy-macro-config';
import { policyControlStore } from './policy-page-gateway';
import { readPolicyObjectives } from './policy-objectives';
import { visiblePolicyReviewAction } from './policy-review-action';
import type { PolicyViewResult } from '../../ui-contract/policy-macro-view';

export type {
  PolicyChecklistItem,
  PolicyHistoryItem,
  PolicyView,
  PolicyViewResult,
} from '../../ui-contract/policy-macro-view';

export interface PolicyViewRequest {
  pageId: string;
  rawConfig: unknown;
  viewerAccountId: string;
  /** Page version being looked at; default the current one. */
  viewedVersion?: number;
  now: Date;
  confluence: ProductClient;
  jira: ProductClient;
}

export async function loadPolicyView(request: PolicyViewRequest): Promise<PolicyViewResult> {
  const check = policyConfig.check(request.rawConfig);
  if (!check.ok)
    return {
      configured: false,
      message: policyConfig.notConfigured(check.problems),
      problems: check.problems,
    };
  const config = check.config;
  const [facts, provisioning] = await Promise.all([
    readDocumentChange(request, policyControlStore, request.viewerAccountId, config),
    loadProvisioningState(config.objectivesProjectKey),
  ]);
  const { view, status } = await loadDocumentControlView({
    ...request,
    facts,
    config,
    rules: { approvalBlockers },
    eventNames: POLICY_CONTROL_EVENT_NAMES,
  });
  const elements = status.entry?.document.elements ?? [];
  const [objectives, policyReviewAction] = await Promise.all([
    readPolicyObjectives(request.jira, provisioning, config.objectivesProjectKey),
    status.isCurrent
      ? visiblePolicyReviewAction(request.jira, facts.page.id, status.review.nextReviewDate)
      : Promise.resolve(null),
  ]);
  return {
    configured: true,
    ...view,
    // `review` and `reviewAction` are the policy review (A.2.4), not a management review.
    reviewAction: policyReviewAction,
    checklist: POLICY_ELEMENTS.map((element) => {
      const item = elements.find((c) => c.element === element);
      return {
        element,
        name: POLICY_ELEMENT_NAMES[element],
        covered: item?.covered ?? false,
        where: item?.where ?? null,
      };
    }),
    uncoveredCount: uncoveredPolicyElements(elements).length,
    objectives,
  };
}
