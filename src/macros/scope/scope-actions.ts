/**
 * Changes to the scope and context, as the person acting: the settings, the content (kept in its
 * own record, then bound to the document control by its hash), requesting approval, approving
 * (the approved content is kept first, then the approval) and superseding. Each reads the page
 * and the records from Confluence as the person and writes them back as them.
 */
import type { ReviewedContent } from '../../domain/document-control';
import { Refusal } from '../../domain/refusal';
import type { ScopeChange, ScopeControlRecord } from '../../domain/scope';
import { changeScopeContent, scopeContentHash, scopeControlRules } from '../../domain/scope';
import { loadProvisioningState } from '../../storage/provisioning-state';
import type { DocumentActionRequest } from '../document-control/document-change-facts';
import {
  changeDocumentControl,
  readDocumentChange,
} from '../document-control/document-change-facts';
import type { ScopeMacroConfig } from './scope-macro-config';
import { scopeConfig } from './scope-macro-config';
import { scopeApprovedStore, scopeContextStore, scopeControlStore } from './scope-page-records';
import { registerScopePage } from './scope-page-registration';

export type ScopeActionRequest = DocumentActionRequest;

/** Runs a document-control rule that needs nothing but the record (request, supersede). */
export async function changeScopeControl(
  request: ScopeActionRequest,
  rule: (change: ScopeChange) => ScopeControlRecord | undefined,
): Promise<{ pageVersion: number }> {
  const config = scopeConfig.require(request.rawConfig);
  return changeDocumentControl(request, scopeControlStore, config, rule);
}

/**
 * Checks new settings before the config frame submits them: the project must be an AIMS project
 * and have no other scope page; then the page is registered and the document control follows.
 */
export async function saveScopeConfig(
  request: ScopeActionRequest,
  rawConfig: unknown,
): Promise<{ config: ScopeMacroConfig; recordedAtVersion: number }> {
  const config = scopeConfig.require(rawConfig);
  if (!(await loadProvisioningState(config.projectKey))) {
    const problem = `The Jira project ${config.projectKey} is not set up as an AIMS project.`;
    throw new Refusal(scopeConfig.notConfigured([problem]), [problem]);
  }
  await registerScopePage(request.confluence, config.projectKey, request.pageId, request.now);
  const result = await changeDocumentControl(
    request,
    scopeControlStore,
    config,
    scopeControlRules.syncWithConfig,
  );
  return { config, recordedAtVersion: result.pageVersion };
}

/** The owner saves the content they edited from `baseRevision`. */
export async function saveScopeContent(
  request: ScopeActionRequest,
  input: unknown,
  baseRevision: number,
): Promise<{ revision: number; changed: boolean; recordedAtVersion: number }> {
  const config = scopeConfig.require(request.rawConfig);
  const [facts, stored] = await Promise.all([
    readDocumentChange(request, scopeControlStore, request.actorAccountId, config),
    scopeContextStore.read(request.confluence, request.pageId),
  ]);
  const next = changeScopeContent(facts.change, stored?.record, input, baseRevision);
  if (next.content) {
    await scopeContextStore.write(request.confluence, request.pageId, stored, next.content);
  }
  if (next.control) {
    await scopeControlStore.write(request.confluence, request.pageId, facts.stored, next.control);
  }
  return {
    revision: next.content?.revision ?? stored?.record.revision ?? 0,
    changed: next.content !== undefined,
    recordedAtVersion: facts.page.version,
  };
}

/**
 * Approves the page version and content the approver reviewed. The content approved is kept as
 * the approved copy first, so an approval never stands without the content it approved.
 */
export async function approveScope(
  request: ScopeActionRequest,
  reviewed: ReviewedContent,
): Promise<{ approvedVersion: number }> {
  const config = scopeConfig.require(request.rawConfig);
  const [facts, stored, approvedCopy] = await Promise.all([
    readDocumentChange(request, scopeControlStore, request.actorAccountId, config),
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
  await scopeControlStore.write(request.confluence, request.pageId, facts.stored, next);
  return { approvedVersion: facts.page.version };
}
