/**
 * Changes to the AI policy's document control, as the person acting (see
 * src/macros/document-control/document-change-facts.ts). A page joins the policy review index only
 * through a manager's write: setting its owner, or approving it (resolver).
 * Who may act at all (role, page edit permission) is checked by the resolver first.
 */
import type { PolicyChange, PolicyControlRecord } from '../../domain/policy';
import { syncWithConfig } from '../../domain/policy';
import { registerPolicyPage } from '../../storage/policy-page-index';
import type { DocumentActionRequest } from '../document-control/document-change-facts';
import { changeDocumentControl, setDocumentOwner } from '../document-control/document-change-facts';
import { policyConfig } from './policy-macro-config';
import { policyRecords } from './policy-page-gateway';

export type PolicyActionRequest = DocumentActionRequest;

/**
 * Runs one rule. `rule` returns the new record, or undefined when there is nothing to write.
 * Returns the page version the change was recorded at.
 */
export async function changePolicyControl(
  request: PolicyActionRequest,
  rule: (change: PolicyChange) => PolicyControlRecord | undefined,
): Promise<{ pageVersion: number; changed: boolean }> {
  const config = policyConfig.require(request.rawConfig);
  return changeDocumentControl(request, policyRecords, config, rule);
}

/** An AIMS manager makes someone the document owner (see setDocumentOwner). */
export async function setPolicyOwner(
  request: PolicyActionRequest,
  ownerAccountId: string,
): Promise<{ recordedAtVersion: number }> {
  const config = policyConfig.require(request.rawConfig);
  const result = await setDocumentOwner(
    request,
    policyRecords,
    config,
    syncWithConfig,
    ownerAccountId,
  );
  // Only a manager sets the owner (checked by the resolver): the page joins the review index.
  await registerPolicyPage(request.pageId, request.now);
  return { recordedAtVersion: result.pageVersion };
}
