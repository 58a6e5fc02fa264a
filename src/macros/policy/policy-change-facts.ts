/**
 * What every document-control rule starts from, read as the person looking or acting: the page
 * as Confluence reports it now (with who wrote its current version), the stored document control,
 * whether they are an AIMS manager, and the document owner an AIMS manager set (app storage,
 * never the macro's configuration).
 */
import type { PolicyChange, PolicyControlSettings } from '../../domain/policy';
import { viewerIsInGroup } from '../../jira/people';
import type { ProductClient } from '../../jira/product-client';
import { loadAppConfig } from '../../storage/app-config';
import type { DocumentOwner } from '../../storage/document-owner';
import { loadDocumentOwner } from '../../storage/document-owner';
import type { PolicyMacroConfig } from './policy-macro-config';
import type { PolicyPage, StoredPolicyControl } from './policy-page-gateway';
import { policyControlStore, readPolicyPage } from './policy-page-gateway';

export interface PolicyChangeFacts {
  page: PolicyPage;
  stored: StoredPolicyControl | undefined;
  /** The owner set by an AIMS manager; undefined until one is set. */
  owner: DocumentOwner | undefined;
  /** The input of the rules (src/domain/policy) for this person, now. */
  change: PolicyChange;
}

/** Settings of the rules: the macro's configuration, and the owner from app storage ('' if none). */
function settingsOf(config: PolicyMacroConfig, ownerAccountId: string): PolicyControlSettings {
  return {
    documentReference: config.documentReference,
    reviewIntervalMonths: config.reviewIntervalMonths,
    ownerAccountId,
  };
}

/** Without `jira` (an export: nobody is looking) nobody is an AIMS manager. */
export async function readPolicyChange(
  request: { pageId: string; now: Date; confluence: ProductClient; jira?: ProductClient },
  actorAccountId: string,
  config: PolicyMacroConfig,
  /** The owner being set now (setOwner), instead of the stored one. */
  newOwnerAccountId?: string,
): Promise<PolicyChangeFacts> {
  const { managerGroup } = await loadAppConfig();
  const [page, stored, isManager, owner] = await Promise.all([
    readPolicyPage(request.confluence, request.pageId),
    policyControlStore.read(request.confluence, request.pageId),
    request.jira ? viewerIsInGroup(request.jira, managerGroup) : Promise.resolve(false),
    loadDocumentOwner(request.pageId),
  ]);
  const actor = { accountId: actorAccountId, isManager, managerGroup };
  const settings = settingsOf(config, newOwnerAccountId ?? owner?.ownerAccountId ?? '');
  return {
    page,
    stored,
    owner,
    change: { record: stored?.record, config: settings, page, actor, now: request.now },
  };
}
