/**
 * Everything the "AIMS scope and context" macro shows for one page version, read as the viewer:
 * the document control, the content that version had (the current content, or the approved copy;
 * other earlier contents are not kept), what changed since the approval, and the AI systems in
 * scope live from Jira. The Custom UI and the export (adfExport) render this same view.
 */
import type { ScopeContextRecord } from '../../domain/scope';
import {
  SCOPE_CONTROL_EVENT_NAMES,
  scopeContentHash,
  scopeContextChanges,
  scopeControlRules,
} from '../../domain/scope';
import type { PersonRef } from '../../jira/people';
import type { ProductClient } from '../../jira/product-client';
import { loadProvisioningState } from '../../storage/provisioning-state';
import type {
  ScopeContentView,
  ScopeView,
  ScopeViewResult,
} from '../../ui-contract/scope-macro-view';
import { readDocumentChange } from '../document-control/document-change-facts';
import { loadDocumentControlView } from '../document-control/document-control-view';
import { readScopeAiSystems } from './scope-ai-systems';
import { scopeConfig } from './scope-macro-config';
import { scopeApprovedStore, scopeContextStore, scopeControlStore } from './scope-page-records';

export type { ScopeView, ScopeViewResult } from '../../ui-contract/scope-macro-view';

export interface ScopeViewRequest {
  pageId: string;
  rawConfig: unknown;
  viewerAccountId: string;
  /** Page version being looked at; default the current one. */
  viewedVersion?: number | undefined;
  now: Date;
  confluence: ProductClient;
  jira: ProductClient;
}

function contentView(
  record: ScopeContextRecord,
  person: (id: string) => PersonRef,
): ScopeContentView {
  return {
    revision: record.revision,
    updatedAt: record.updatedAt,
    updatedBy: person(record.updatedByAccountId),
    contentHash: scopeContentHash(record.content),
    value: record.content,
  };
}

export async function loadScopeView(request: ScopeViewRequest): Promise<ScopeViewResult> {
  const check = scopeConfig.check(request.rawConfig);
  if (!check.ok) {
    return {
      configured: false,
      message: scopeConfig.notConfigured(check.problems),
      problems: check.problems,
    };
  }
  const config = check.config;
  const [facts, stored, approvedStored, provisioning] = await Promise.all([
    readDocumentChange(request, scopeControlStore, request.viewerAccountId, config),
    scopeContextStore.read(request.confluence, request.pageId),
    scopeApprovedStore.read(request.confluence, request.pageId),
    loadProvisioningState(config.projectKey),
  ]);
  const current = stored?.record;
  const { view, status, person } = await loadDocumentControlView({
    ...request,
    facts,
    config,
    rules: scopeControlRules,
    eventNames: SCOPE_CONTROL_EVENT_NAMES,
    otherPeople: [current, approvedStored?.record].flatMap((r) =>
      r ? [r.updatedByAccountId] : [],
    ),
  });
  const document = status.entry?.document;
  // The approved copy counts only when it is the content the approval names.
  const approved =
    approvedStored &&
    document?.approvedContentHash === scopeContentHash(approvedStored.record.content)
      ? approvedStored.record
      : undefined;
  const currentHash = current ? scopeContentHash(current.content) : undefined;
  let shown: { record: ScopeContextRecord | undefined; as: ScopeView['contentShown'] };
  if (status.isCurrent || document?.contentHash === currentHash) {
    shown = { record: current, as: 'current' };
  } else if (document?.contentHash === undefined) {
    shown = { record: undefined, as: 'current' };
  } else if (approved && document.contentHash === document.approvedContentHash) {
    shown = { record: approved, as: 'approved' };
  } else {
    shown = { record: current, as: 'current-instead' };
  }
  const aiSystems = await readScopeAiSystems(request.jira, provisioning, config.projectKey);
  return {
    configured: true,
    ...view,
    projectKey: config.projectKey,
    content: shown.record ? contentView(shown.record, person) : null,
    contentShown: shown.as,
    changesSinceApproval:
      status.isCurrent && status.changedSinceApproval && approved && current
        ? scopeContextChanges(approved.content, current.content)
        : null,
    aiSystems,
  };
}
