/**
 * Everything the AI Policy macro shows for one page version, read as the viewer: the
 * document-control block, the clause 5.2 checklist, the approval history, the AI objectives and
 * the acknowledgements of the approved version (7.3).
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
import type { DocumentReader } from '../document-control/document-control-view';
import { loadDocumentControlView } from '../document-control/document-control-view';
import { policyConfig } from './policy-macro-config';
import { policyRecords } from './policy-page-gateway';
import { loadAcknowledgementView, policyInForce } from './policy-acknowledgement';
import { readPolicyObjectives } from './policy-objectives';
import { visiblePolicyReviewAction } from './policy-review-action';
import type { PolicyObjectives, PolicyViewResult } from '../../ui-contract/policy-macro-view';

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
  viewedVersion?: number | undefined;
  now: Date;
  confluence: ProductClient;
  jira: ProductClient;
}

/** The view for the person looking (their Jira: names, objectives, the policy review action). */
export async function loadPolicyView(request: PolicyViewRequest): Promise<PolicyViewResult> {
  return buildPolicyView(request, { accountId: request.viewerAccountId, jira: request.jira });
}

/**
 * The view an export shows (no reader): the document control the page stores, read from the page;
 * nothing from Jira — people as account ids (the ADF mentions them), objectives left out.
 */
export async function loadPolicyExportView(
  request: Omit<PolicyViewRequest, 'viewerAccountId' | 'jira'>,
): Promise<PolicyViewResult> {
  return buildPolicyView(request, undefined);
}

/** What an export says in place of the objectives, which are Jira issues. */
function objectivesLeftOut(projectKey: string): PolicyObjectives {
  return {
    available: false,
    projectKey,
    message: `The AI objectives are Jira issues of project ${projectKey}, listed on the page for each reader as Jira lets them see them; an export is made without a reader, so it leaves them out. Open the page in Confluence to see them.`,
  };
}

async function buildPolicyView(
  request: Omit<PolicyViewRequest, 'viewerAccountId' | 'jira'>,
  reader: DocumentReader | undefined,
): Promise<PolicyViewResult> {
  const check = policyConfig.check(request.rawConfig);
  if (!check.ok)
    return {
      configured: false,
      message: policyConfig.notConfigured(check.problems),
      problems: check.problems,
    };
  const config = check.config;
  const [{ view, status, facts, writer }, provisioning] = await Promise.all([
    loadDocumentControlView({
      ...request,
      records: policyRecords,
      config,
      rules: { approvalBlockers },
      eventNames: POLICY_CONTROL_EVENT_NAMES,
      writes: { approve: 'policy.approve', setOwner: 'policy.setOwner' },
      reader,
    }),
    loadProvisioningState(config.objectivesProjectKey),
  ]);
  const elements = status.entry?.document.elements ?? [];
  const [objectives, policyReviewAction, acknowledgement] = reader
    ? await Promise.all([
        readPolicyObjectives(reader.jira, provisioning, config.objectivesProjectKey),
        status.isCurrent
          ? visiblePolicyReviewAction(reader.jira, view.page.id, status.review.nextReviewDate)
          : Promise.resolve(null),
        loadAcknowledgementView(
          { ...reader, writer },
          view.page.id,
          policyInForce(facts.stored, facts.page.version, request.now),
        ),
      ])
    : [objectivesLeftOut(config.objectivesProjectKey), null, null];
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
    acknowledgement,
  };
}
