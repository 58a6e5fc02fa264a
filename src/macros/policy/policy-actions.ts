/**
 * Changes to the document control, as the person acting: read the page version and the
 * stored record from Confluence as them, apply the rule, write the record back as them.
 */
import type { PolicyChange, PolicyControlRecord } from '../../domain/policy';
import { Refusal } from '../../domain/refusal';
import { viewerIsInGroup } from '../../jira/people';
import type { ProductClient } from '../../jira/product-client';
import { loadAppConfig } from '../../storage/app-config';
import { registerPolicyPage } from '../../storage/policy-page-index';
import type { PolicyMacroConfig } from './policy-macro-config';
import { checkPolicyMacroConfig, notConfiguredMessage } from './policy-macro-config';
import { readPolicyControl, readPolicyPage, writePolicyControl } from './policy-page-gateway';

export interface PolicyActionRequest {
  pageId: string;
  rawConfig: unknown;
  actorAccountId: string;
  now: Date;
  confluence: ProductClient;
  jira: ProductClient;
}

/** The configuration, or a refusal saying what is wrong with it (nothing is saved). */
export function requireConfig(raw: unknown): PolicyMacroConfig {
  const check = checkPolicyMacroConfig(raw);
  if (!check.ok) throw new Refusal(notConfiguredMessage(check.problems), check.problems);
  return check.config;
}

/**
 * Runs one rule. `rule` returns the new record, or undefined when there is nothing to write.
 * Returns the page version the change was recorded at.
 */
export async function changePolicyControl(
  request: PolicyActionRequest,
  rule: (change: PolicyChange) => PolicyControlRecord | undefined,
): Promise<{ pageVersion: number; changed: boolean }> {
  const config = requireConfig(request.rawConfig);
  const appConfig = await loadAppConfig();
  const [page, stored, isManager] = await Promise.all([
    readPolicyPage(request.confluence, request.pageId),
    readPolicyControl(request.confluence, request.pageId),
    viewerIsInGroup(request.jira, appConfig.managerGroup),
  ]);
  const next = rule({
    record: stored?.record,
    config,
    page,
    actor: { accountId: request.actorAccountId, isManager, managerGroup: appConfig.managerGroup },
    now: request.now,
  });
  if (next) await writePolicyControl(request.confluence, request.pageId, stored, next);
  await registerPolicyPage(request.pageId, request.now);
  return { pageVersion: page.version, changed: next !== undefined };
}
