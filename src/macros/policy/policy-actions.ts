/**
 * Changes to the document control, as the person acting: read the page version and the
 * stored record from Confluence as them, apply the rule, write the record back as them.
 */
import type { PolicyChange, PolicyControlRecord } from '../../domain/policy';
import type { ProductClient } from '../../jira/product-client';
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

/**
 * Runs one rule. `rule` returns the new record, or undefined when there is nothing to write.
 * Returns the page version the change was recorded at.
 */
export async function changePolicyControl(
  request: PolicyActionRequest,
  rule: (change: PolicyChange) => PolicyControlRecord | undefined,
): Promise<{ pageVersion: number; changed: boolean }> {
  const config = policyConfig.require(request.rawConfig);
  const { page, stored, change } = await readPolicyChange(request, request.actorAccountId, config);
  const next = rule(change);
  if (next) await policyControlStore.write(request.confluence, request.pageId, stored, next);
  await registerPolicyPage(request.pageId, request.now);
  return { pageVersion: page.version, changed: next !== undefined };
}
