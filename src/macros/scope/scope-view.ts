/**
 * Everything the "AIMS scope and context" macro shows for one page version, read as the viewer:
 * the document control, the content that version had (the current content, or the approved copy;
 * other earlier contents are not kept), what changed since the approval, and the AI systems in
 * scope live from Jira. The Custom UI and the export (adfExport) render this same view; the
 * export has no reader, so it shows what the page stores and leaves the AI systems out.
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
import type { DocumentReader } from '../document-control/document-control-view';
import { loadDocumentControlView } from '../document-control/document-control-view';
import { readScopeAiSystems } from './scope-ai-systems';
import { scopeConfig } from './scope-macro-config';
import { scopeApprovedStore, scopeContextStore, scopeRecords } from './scope-page-records';

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

/** The view for the person looking (their Jira: names, the AI systems in scope). */
export async function loadScopeView(request: ScopeViewRequest): Promise<ScopeViewResult> {
  return buildScopeView(request, { accountId: request.viewerAccountId, jira: request.jira });
}

/**
 * The view an export shows (no reader): the document control and the content the page stores,
 * read from the page; nothing from Jira — people as account ids, the AI systems left out.
 */
export async function loadScopeExportView(
  request: Omit<ScopeViewRequest, 'viewerAccountId' | 'jira'>,
): Promise<ScopeViewResult> {
  return buildScopeView(request, undefined);
}

async function buildScopeView(
  request: Omit<ScopeViewRequest, 'viewerAccountId' | 'jira'>,
  reader: DocumentReader | undefined,
): Promise<ScopeViewResult> {
  const check = scopeConfig.check(request.rawConfig);
  if (!check.ok) {
    return {
      configured: false,
      message: scopeConfig.notConfigured(check.problems),
      problems: check.problems,
    };
  }
  const config = check.config;
  const [stored, approvedStored, provisioning] = await Promise.all([
    scopeContextStore.read(request.confluence, request.pageId),
    scopeApprovedStore.read(request.confluence, request.pageId),
    reader ? loadProvisioningState(config.projectKey) : Promise.resolve(undefined),
  ]);
  const current = stored?.record;
  const [{ view, status, person }, aiSystems] = await Promise.all([
    loadDocumentControlView({
      ...request,
      records: scopeRecords,
      config,
      rules: scopeControlRules,
      eventNames: SCOPE_CONTROL_EVENT_NAMES,
      writes: { approve: 'scope.approve', setOwner: 'scope.setOwner' },
      reader,
      otherPeople: [current, approvedStored?.record].flatMap((r) =>
        r ? [r.updatedByAccountId] : [],
      ),
    }),
    reader
      ? readScopeAiSystems(reader.jira, provisioning, config.projectKey)
      : Promise.resolve(null),
  ]);
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
