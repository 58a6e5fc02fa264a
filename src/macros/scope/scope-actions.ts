/**
 * Changes to the scope and context, as the person acting: the owner (set by an AIMS manager), the
 * content (kept in its own record, then bound to the document control by its hash), requesting
 * approval, approving (the approved content is kept first, then the approval) and superseding.
 * Each reads the page and the records from Confluence as the person and writes them back as them;
 * who may act at all (role, page edit permission) is checked by the resolver first. The page
 * becomes the project's scope page with its first change. The configuration is only checked.
 */
import type { ReviewedContent } from '../../domain/document-control';
import { Refusal } from '../../domain/refusal';
import type { ScopeChange, ScopeControlRecord } from '../../domain/scope';
import { changeScopeContent, scopeContentHash, scopeControlRules } from '../../domain/scope';
import type { ProductClient } from '../../jira/product-client';
import { loadProvisioningState } from '../../storage/provisioning-state';
import { writeScopePage } from '../../storage/scope-page-index';
import type { DocumentActionRequest } from '../document-control/document-change-facts';
import {
  changeDocumentControl,
  readDocumentChangeToAct,
  setDocumentOwner,
  writeControlRecord,
} from '../document-control/document-change-facts';
import type { ScopeMacroConfig } from './scope-macro-config';
import { scopeConfig } from './scope-macro-config';
import { scopeApprovedStore, scopeContextStore, scopeRecords } from './scope-page-records';
import { checkScopePageFree } from './scope-page-registration';

export type ScopeActionRequest = DocumentActionRequest;

/**
 * Runs `change` on the page of the project's scope and context: refused before anything is
 * written when another page holds it; this page is registered once the change is made.
 */
async function onScopePage<R>(
  request: ScopeActionRequest,
  change: (config: ScopeMacroConfig) => Promise<R>,
): Promise<R> {
  const config = scopeConfig.require(request.rawConfig);
  const { registered } = await checkScopePageFree(
    request.confluence,
    config.projectKey,
    request.pageId,
  );
  const result = await change(config);
  if (!registered) await writeScopePage(config.projectKey, request.pageId, request.now);
  return result;
}

/** Runs a document-control rule that needs nothing but the record (request, supersede). */
export async function changeScopeControl(
  request: ScopeActionRequest,
  rule: (change: ScopeChange) => ScopeControlRecord | undefined,
): Promise<{ pageVersion: number }> {
  return onScopePage(request, (config) =>
    changeDocumentControl(request, scopeRecords, config, rule),
  );
}

/** An AIMS manager makes someone the document owner (see setDocumentOwner). */
export async function setScopeOwner(
  request: ScopeActionRequest,
  ownerAccountId: string,
): Promise<{ recordedAtVersion: number }> {
  const result = await onScopePage(request, (config) =>
    setDocumentOwner(
      request,
      scopeRecords,
      config,
      scopeControlRules.syncWithConfig,
      ownerAccountId,
    ),
  );
  return { recordedAtVersion: result.pageVersion };
}

/**
 * Checks settings before the config frame submits them, writing nothing (anyone signed in can
 * call it with any settings; Confluence saves them for people who can edit the page): they must
 * be valid, the project an AIMS project, and no other page may hold its scope and context.
 */
export async function checkScopeConfig(
  request: { pageId: string; confluence: ProductClient },
  rawConfig: unknown,
): Promise<{ config: ScopeMacroConfig }> {
  const config = scopeConfig.require(rawConfig);
  if (!(await loadProvisioningState(config.projectKey))) {
    const problem = `The Jira project ${config.projectKey} is not set up as an AIMS project.`;
    throw new Refusal(scopeConfig.notConfigured([problem]), [problem]);
  }
  await checkScopePageFree(request.confluence, config.projectKey, request.pageId);
  return { config };
}

/** The owner saves the content they edited from `baseRevision`. */
export async function saveScopeContent(
  request: ScopeActionRequest,
  input: unknown,
  baseRevision: number,
): Promise<{ revision: number; changed: boolean; recordedAtVersion: number }> {
  return onScopePage(request, async (config) => {
    const [facts, stored] = await Promise.all([
      readDocumentChangeToAct(request, scopeRecords, config),
      scopeContextStore.read(request.confluence, request.pageId),
    ]);
    const next = changeScopeContent(facts.change, stored?.record, input, baseRevision);
    if (next.content) {
      await scopeContextStore.write(request.confluence, request.pageId, stored, next.content);
    }
    if (next.control) {
      await writeControlRecord(request, scopeRecords, facts.stored, next.control);
    }
    return {
      revision: next.content?.revision ?? stored?.record.revision ?? 0,
      changed: next.content !== undefined,
      recordedAtVersion: facts.page.version,
    };
  });
}

/**
 * Approves the page version and content the approver reviewed. The content approved is kept as
 * the approved copy first, so an approval never stands without the content it approved.
 */
export async function approveScope(
  request: ScopeActionRequest,
  reviewed: ReviewedContent,
): Promise<{ approvedVersion: number }> {
  return onScopePage(request, async (config) => {
    const [facts, stored, approvedCopy] = await Promise.all([
      readDocumentChangeToAct(request, scopeRecords, config),
      scopeContextStore.read(request.confluence, request.pageId),
      scopeApprovedStore.read(request.confluence, request.pageId),
    ]);
    const next = scopeControlRules.approve(facts.change, reviewed);
    if (!stored || scopeContentHash(stored.record.content) !== reviewed.contentHash) {
      throw new Refusal(
        'The scope and context kept on the page is not the content its document control names. The owner must save it again before it can be approved.',
      );
    }
    await scopeApprovedStore.write(request.confluence, request.pageId, approvedCopy, stored.record);
    await writeControlRecord(request, scopeRecords, facts.stored, next);
    return { approvedVersion: facts.page.version };
  });
}
