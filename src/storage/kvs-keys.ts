/**
 * Every Forge KVS key the app uses, in one naming style: `aims-<what>` for a single value,
 * `aims-<what>:<id>[:<id>…]` for one value per id. No other module spells a key, and no module
 * outside src/storage reads or writes KVS.
 * (Renaming a key moves what is stored under it: the value stored under the old name is not found.)
 */
import { createHash } from 'node:crypto';

/** The app's settings (AppConfig). */
export const APP_CONFIG_KEY = 'aims-config';

/** What provisioning created or adopted in a project. */
export const provisioningKey = (projectKey: string): string => `aims-provisioning:${projectKey}`;

/** The latest provisioning run on the async events queue (one at a time for the app). */
export const PROVISIONING_RUN_KEY = 'aims-provisioning-run';

/** The project the app was last provisioned into. */
export const ACTIVE_PROJECT_KEY = 'aims-active-project';

/** The index of the pages that carry the AI Policy macro (listed by this prefix). */
export const POLICY_PAGE_KEY_PREFIX = 'aims-policy-page:';
export const policyPageKey = (pageId: string): string => `${POLICY_PAGE_KEY_PREFIX}${pageId}`;

/** The claim of the one policy review action of a page and due date. */
export const policyReviewClaimKey = (pageId: string, dueDate: string): string =>
  `aims-policy-review:${pageId}:${dueDate}`;

/** Taking over a stale policy review claim (one run wins). */
export const policyReviewTakeOverKey = (
  pageId: string,
  dueDate: string,
  claimedAt: string,
): string => `aims-policy-review-retry:${pageId}:${dueDate}:${claimedAt}`;

/** The marker of the Nonconformity an audit finding raised (or is raising). */
export const findingNonconformityKey = (findingId: string): string =>
  `aims-finding-nc:${findingId}`;

/** The findings webhook's shared secret (a KVS secret). */
export const FINDINGS_WEBHOOK_SECRET_KEY = 'aims-findings-webhook-secret';

/** A findings webhook signature already received (replay protection), by its hash. */
export const findingsWebhookNonceKey = (signature: string): string =>
  `aims-webhook-nonce:${createHash('sha256').update(signature).digest('hex').slice(0, 40)}`;

/** The claim of creating the AIMS Action of a management review decision. */
export const reviewDecisionClaimKey = (pageId: string, decisionId: string): string =>
  `aims-review-decision:${pageId}:${decisionId}`;

/** The page that holds the AIMS scope and context of a project (one per AIMS). */
export const scopePageKey = (projectKey: string): string => `aims-scope-page:${projectKey}`;
