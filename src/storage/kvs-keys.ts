/**
 * Every Forge KVS key the app uses, in one naming style: `aims-<what>` for a single value,
 * `aims-<what>:<id>[:<id>…]` for one value per id. No other module spells a key, and no module
 * outside src/storage reads or writes KVS.
 * (Renaming a key moves what is stored under it: the value stored under the old name is not found.)
 */
import { createHash } from 'node:crypto';

/** The app's settings (AppConfig). */
export const APP_CONFIG_KEY = 'aims-config';

/** The risk matrix an administrator configured (absent: the default matrix). */
export const RISK_MATRIX_KEY = 'aims-risk-matrix';

/** What provisioning created or adopted in a project. */
export const provisioningKey = (projectKey: string): string => `aims-provisioning:${projectKey}`;

/** The latest provisioning run on the async events queue (one at a time for the app). */
export const PROVISIONING_RUN_KEY = 'aims-provisioning-run';

/** Where a scheduled scan over many issues or pages stands (its cursor), per scan. */
export const scanCursorKey = (scan: string): string => `aims-scan:${scan}`;

/** The project the app was last provisioned into. */
export const ACTIVE_PROJECT_KEY = 'aims-active-project';

/** The index of the pages that carry the AI Policy macro (listed by this prefix). */
export const POLICY_PAGE_KEY_PREFIX = 'aims-policy-page:';
export const policyPageKey = (pageId: string): string => `${POLICY_PAGE_KEY_PREFIX}${pageId}`;

/**
 * Who owns a controlled document on a page (`kind`: the AI policy, the scope and context): set by
 * an AIMS manager, never taken from the macro's configuration, which anyone who can edit the page
 * can change.
 */
export const documentOwnerKey = (kind: string, pageId: string): string =>
  `aims-document-owner:${kind}:${pageId}`;

/** The claim of the one policy review action of a page and due date (a claim: kvs-claim.ts). */
export const policyReviewClaimKey = (pageId: string, dueDate: string): string =>
  `aims-policy-review:${pageId}:${dueDate}`;

/**
 * The marker of the Nonconformity a record (an audit finding, an AI incident) raised or is raising,
 * by the record's issue id (a claim). The prefix is the one the first release used for findings.
 */
export const raisedNonconformityKey = (sourceIssueId: string): string =>
  `aims-finding-nc:${sourceIssueId}`;

/**
 * A finding imported under the sender's own id (a claim), by the id's SHA-256: a re-sent
 * delivery imports it once.
 */
export const importedFindingKey = (externalIdHash: string): string =>
  `aims-imported-finding:${externalIdHash}`;

/** The findings webhook's shared secret (a KVS secret). */
export const FINDINGS_WEBHOOK_SECRET_KEY = 'aims-findings-webhook-secret';

/** A findings webhook signature already received (replay protection), by its hash (a claim). */
export const findingsWebhookNonceKey = (signature: string): string =>
  `aims-webhook-nonce:${createHash('sha256').update(signature).digest('hex').slice(0, 40)}`;

/** The claim of creating the AIMS Action of a management review decision (a claim). */
export const reviewDecisionClaimKey = (pageId: string, decisionId: string): string =>
  `aims-review-decision:${pageId}:${decisionId}`;

/**
 * The claim of one record the issue panel creates from an issue (a corrective action of a
 * Nonconformity, a finding of an Audit), by the issue's id and the form's request id (a claim):
 * a request sent twice creates one record.
 */
export const panelCreateClaimKey = (issueId: string, requestId: string): string =>
  `aims-panel-create:${issueId}:${requestId}`;

/** The page that holds the AIMS scope and context of a project (one per AIMS). */
export const scopePageKey = (projectKey: string): string => `aims-scope-page:${projectKey}`;

/** The Confluence pages the onboarding created or found for a project's AIMS (their ids). */
export const onboardingPagesKey = (projectKey: string): string =>
  `aims-onboarding-pages:${projectKey}`;

/** The monitoring register (9.1) of a project: KPIs and their results. */
export const monitoringRegisterKey = (projectKey: string): string =>
  `aims-monitoring-register:${projectKey}`;

/** The key that seals approvals and held reviews (a KVS secret, made once: record-seals.ts). */
export const RECORD_SEAL_SECRET_KEY = 'aims-record-seal-secret';

/** The seal chain of one page's records of one kind (approvals, held reviews). */
export const recordSealChainKey = (kind: string, pageId: string): string =>
  `aims-record-seals:${kind}:${pageId}`;

/**
 * One person's acknowledgement of one approved version of the AI policy on a page (7.3), listed
 * per page and version by the prefix (the trailing colon keeps version 1 apart from 12).
 */
export const policyAcknowledgementPrefix = (pageId: string, version: number): string =>
  `aims-policy-ack:${pageId}:${version}:`;
export const policyAcknowledgementKey = (
  pageId: string,
  version: number,
  accountId: string,
): string => `${policyAcknowledgementPrefix(pageId, version)}${accountId}`;

/** The certification audit's Stage 1 and Stage 2 dates of a project (set by an AIMS manager). */
export const certificationStagesKey = (projectKey: string): string =>
  `aims-certification-stages:${projectKey}`;

/** The competence requirements per AIMS role of a project (7.2 a; set by an AIMS manager). */
export const competenceRequirementsKey = (projectKey: string): string =>
  `aims-competence-requirements:${projectKey}`;

/**
 * The claim of the one run creating a project's implementation roadmap (a claim): a second run at
 * the same time is refused instead of creating the epics again.
 */
export const roadmapRunClaimKey = (projectKey: string): string => `aims-roadmap-run:${projectKey}`;

/** The keys of the roadmap issues the template created in a project (read back without search lag). */
export const roadmapRecordKey = (projectKey: string): string => `aims-roadmap:${projectKey}`;

/**
 * That a delivery is about to create (or created) the Nonconformity a record raises, by the
 * record's issue id: only then may a create whose answer was lost have made one, so only then does
 * the next delivery search for it.
 */
export const raiseAttemptKey = (sourceIssueId: string): string =>
  `aims-finding-nc-attempt:${sourceIssueId}`;
