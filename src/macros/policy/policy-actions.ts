/**
 * Changes to the document control, as the person acting: read the page version and the
 * stored record from Confluence as them, apply the rule, write the record back as them.
 * Who may act at all (role, page edit permission) is checked by the resolver first.
 */
import type { PolicyChange, PolicyControlRecord } from '../../domain/policy';
import { syncWithConfig } from '../../domain/policy';
import { Refusal } from '../../domain/refusal';
import type { ProductClient } from '../../jira/product-client';
import { saveDocumentOwner } from '../../storage/document-owner';
import { registerPolicyPage } from '../../storage/policy-page-index';
import { readPolicyChange } from './policy-change-facts';
import { policyConfig } from './policy-macro-config';
import { policyControlStore } from './policy-page-gateway';

export interface PolicyActionRequest {
  pageId: string;
  rawConfig: unknown;
  actorAccountId: string;
  now: Date;
  confluence: ProductClient;
  jira: ProductClient;
}

export const NO_OWNER_YET =
  'This AI policy has no document owner yet: an AIMS manager who can edit the page sets the owner first (Document owner → Set owner).';

/**
 * Runs one rule. `rule` returns the new record, or undefined when there is nothing to write.
 * Returns the page version the change was recorded at.
 */
export async function changePolicyControl(
  request: PolicyActionRequest,
  rule: (change: PolicyChange) => PolicyControlRecord | undefined,
  newOwnerAccountId?: string,
): Promise<{ pageVersion: number; changed: boolean }> {
  const config = policyConfig.require(request.rawConfig);
  const { page, stored, change } = await readPolicyChange(
    request,
    request.actorAccountId,
    config,
    newOwnerAccountId,
  );
  if (!change.config.ownerAccountId) throw new Refusal(NO_OWNER_YET);
  const next = rule(change);
  if (next) await policyControlStore.write(request.confluence, request.pageId, stored, next);
  await registerPolicyPage(request.pageId, request.now);
  return { pageVersion: page.version, changed: next !== undefined };
}

/**
 * An AIMS manager makes someone the document owner: kept in app storage (the authority), then
 * recorded in the document control's history with the current settings.
 */
export async function setPolicyOwner(
  request: PolicyActionRequest,
  ownerAccountId: string,
): Promise<{ recordedAtVersion: number }> {
  policyConfig.require(request.rawConfig);
  await saveDocumentOwner({
    pageId: request.pageId,
    ownerAccountId,
    setByAccountId: request.actorAccountId,
    setAt: request.now.toISOString(),
  });
  const result = await changePolicyControl(request, syncWithConfig, ownerAccountId);
  return { recordedAtVersion: result.pageVersion };
}
