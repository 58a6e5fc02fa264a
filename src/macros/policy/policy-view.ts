/**
 * Everything the AI Policy macro shows for one page version, read as the viewer: the
 * document-control block, the clause 5.2 checklist, the approval history and the AI objectives.
 * The Custom UI and the export (adfExport) render this same view.
 */
import { utcDate } from '../../domain/calendar';
import {
  POLICY_CONTROL_EVENT_NAMES,
  approvalBlockers,
  policyVersionStatus,
} from '../../domain/policy';
import {
  POLICY_ELEMENTS,
  POLICY_ELEMENT_NAMES,
  uncoveredPolicyElements,
} from '../../domain/records';
import type { PolicyStatus } from '../../domain/records';
import type { PersonRef } from '../../jira/people';
import { readPeople } from '../../jira/people';
import type { ProductClient } from '../../jira/product-client';
import { loadProvisioningState } from '../../storage/provisioning-state';
import { readMacroWriterForView, viewWriteBlockers } from '../../authorization/macro-write-guard';
import { NO_OWNER_YET } from './policy-actions';
import { readPolicyChange } from './policy-change-facts';
import { policyConfig } from './policy-macro-config';
import { readPolicyObjectives } from './policy-objectives';
import { visiblePolicyReviewAction } from './policy-review-action';
import type { PolicyViewResult } from '../../ui-contract/policy-macro-view';

export const POLICY_STATUS_NAMES: Record<PolicyStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  approved: 'Approved',
  superseded: 'Superseded',
};

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

async function buildPolicyView(
  request: Omit<PolicyViewRequest, 'viewerAccountId' | 'jira'>,
  reader: { accountId: string; jira: ProductClient } | undefined,
): Promise<PolicyViewResult> {
  const check = policyConfig.check(request.rawConfig);
  if (!check.ok)
    return {
      configured: false,
      message: policyConfig.notConfigured(check.problems),
      problems: check.problems,
    };
  const config = check.config;
  const [{ page, stored, change, owner }, provisioning, writer] = await Promise.all([
    readPolicyChange({ ...request, jira: reader?.jira }, reader?.accountId ?? '', config),
    loadProvisioningState(config.objectivesProjectKey),
    // An export has no reader, hence no writer: it offers no action.
    reader
      ? readMacroWriterForView({
          pageId: request.pageId,
          jira: reader.jira,
          confluence: request.confluence,
        })
      : Promise.resolve(undefined),
  ]);
  const status = policyVersionStatus(
    stored?.record,
    { viewed: request.viewedVersion ?? page.version, current: page.version },
    utcDate(request.now),
  );
  const document = status.entry?.document;
  // The current version shows the owner and settings as they are now; old versions what they had.
  const ownerId = status.isCurrent ? owner?.ownerAccountId : document?.ownerAccountId;
  const reference = status.isCurrent
    ? config.documentReference
    : (status.entry?.documentReference ?? config.documentReference);
  const interval = status.isCurrent
    ? config.reviewIntervalMonths
    : (document?.reviewIntervalMonths ?? config.reviewIntervalMonths);
  const history = (stored?.record.entries ?? []).filter(
    (e) => e.pageVersion <= status.viewedVersion,
  );
  const people = reader
    ? await readPeople(reader.jira, [
        ...(ownerId ? [ownerId] : []),
        ...(document?.approverAccountId ? [document.approverAccountId] : []),
        ...history.map((h) => h.byAccountId),
      ])
    : new Map<string, PersonRef>();
  // No reader: no name (displayName ''); the export mentions the account instead.
  const person = (id: string): PersonRef =>
    people.get(id) ?? { accountId: id, displayName: reader ? id : '' };
  // The approve function's checks: role and page edit permission, then the document's own rules.
  const blockers = [
    ...viewWriteBlockers(writer, 'policy.approve'),
    ...(owner ? [] : [NO_OWNER_YET]),
    ...approvalBlockers(change),
  ].filter((b, i, all) => all.indexOf(b) === i);
  const elements = document?.elements ?? [];
  const [objectives, policyReviewAction] = reader
    ? await Promise.all([
        readPolicyObjectives(reader.jira, provisioning, config.objectivesProjectKey),
        status.isCurrent
          ? visiblePolicyReviewAction(reader.jira, page.id, status.review.nextReviewDate)
          : Promise.resolve(null),
      ])
    : [
        {
          available: false as const,
          projectKey: config.objectivesProjectKey,
          message: `The AI objectives are Jira issues of project ${config.objectivesProjectKey}, listed on the page for each reader as Jira lets them see them; an export is made without a reader, so it leaves them out. Open the page in Confluence to see them.`,
        },
        null,
      ];
  return {
    configured: true,
    page: {
      id: page.id,
      title: page.title,
      currentVersion: page.version,
      viewedVersion: status.viewedVersion,
      isCurrent: status.isCurrent,
    },
    documentReference: reference,
    owner: ownerId ? person(ownerId) : null,
    status: status.status,
    statusName: POLICY_STATUS_NAMES[status.status],
    uncontrolled: status.entry === undefined,
    approval:
      document?.approverAccountId && document.approvedAt && document.approvedVersion
        ? {
            approver: person(document.approverAccountId),
            approvedAt: document.approvedAt,
            approvedVersion: document.approvedVersion,
          }
        : null,
    changedSinceApproval: status.changedSinceApproval,
    isApprovedVersion: status.isApprovedVersion,
    reviewIntervalMonths: interval,
    // `review` and `reviewAction` are the policy review (A.2.4), not a management review.
    review: status.review,
    reviewAction: policyReviewAction,
    checklist: POLICY_ELEMENTS.map((element) => {
      const check = elements.find((c) => c.element === element);
      return {
        element,
        name: POLICY_ELEMENT_NAMES[element],
        covered: check?.covered ?? false,
        where: check?.where ?? null,
      };
    }),
    uncoveredCount: uncoveredPolicyElements(elements).length,
    history: history
      .slice()
      .reverse()
      .map((h) => ({
        pageVersion: h.pageVersion,
        event: h.event,
        eventName: POLICY_CONTROL_EVENT_NAMES[h.event],
        at: h.recordedAt,
        by: person(h.byAccountId),
      })),
    historyNotKept: stored?.record.entriesNotKept ?? 0,
    objectives,
    viewer: {
      accountId: reader?.accountId ?? '',
      isOwner: owner !== undefined && reader?.accountId === owner.ownerAccountId,
      setOwnerBlockers: viewWriteBlockers(writer, 'policy.setOwner'),
      canApprove: reader !== undefined && status.isCurrent && blockers.length === 0,
      approveBlockers: blockers,
      managerGroup: change.actor.managerGroup,
    },
  };
}
