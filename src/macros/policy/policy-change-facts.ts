/**
 * What every document-control rule starts from, read as the person looking or acting: the page
 * as Confluence reports it now, the stored document control, and whether they are an AIMS manager.
 */
import type { PolicyChange, PolicyControlSettings } from '../../domain/policy';
import { viewerIsInGroup } from '../../jira/people';
import type { ProductClient } from '../../jira/product-client';
import { loadAppConfig } from '../../storage/app-config';
import type { PolicyPage, StoredPolicyControl } from './policy-page-gateway';
import { policyControlStore, readPolicyPage } from './policy-page-gateway';

export interface PolicyChangeFacts {
  page: PolicyPage;
  stored: StoredPolicyControl | undefined;
  /** The input of the rules (src/domain/policy) for this person, now. */
  change: PolicyChange;
}

/** Without `jira` (an export: nobody is looking) nobody is an AIMS manager. */
export async function readPolicyChange(
  request: { pageId: string; now: Date; confluence: ProductClient; jira?: ProductClient },
  actorAccountId: string,
  config: PolicyControlSettings,
): Promise<PolicyChangeFacts> {
  const { managerGroup } = await loadAppConfig();
  const [page, stored, isManager] = await Promise.all([
    readPolicyPage(request.confluence, request.pageId),
    policyControlStore.read(request.confluence, request.pageId),
    request.jira ? viewerIsInGroup(request.jira, managerGroup) : Promise.resolve(false),
  ]);
  const actor = { accountId: actorAccountId, isManager, managerGroup };
  return {
    page,
    stored,
    change: { record: stored?.record, config, page, actor, now: request.now },
  };
}
