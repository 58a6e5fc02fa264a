/**
 * Scheduled trigger `aims-policy-review-scan` (A.2.4, 7.5.2): for every policy page whose next
 * review date has come, opens ONE Jira "AIMS Action" to review the AI policy. Once per page and
 * due date, even when the trigger runs twice or concurrently:
 *   1. the index of policy pages (KVS) is iterated — Confluence is never crawled;
 *   2. `{page, due date}` is claimed in KVS with FAIL_IF_EXISTS (one run wins);
 *   3. Jira is searched for the action's label before creating (a run that died after creating
 *      is not repeated), then the created key is recorded with the claim.
 * Runs as the app (a trigger has no user); nothing it reads reaches a UI.
 */
import { route } from '@forge/api';
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { adfDoc, toJiraFields } from '../jira/aims-issue';
import { confluenceAsApp, jiraAsApp } from '../jira/forge-clients';
import { searchIssues } from '../jira/issue-search';
import { jql } from '../jira/jql-builder';
import type { ProductClient } from '../jira/product-client';
import { ProductApiError } from '../jira/product-client';
import { loadActiveProjectKey, loadProvisioningState } from '../storage/provisioning-state';
import type { ProvisioningState } from '../storage/provisioning-state';
import { currentEntry } from '../macros/policy/policy-control-record';
import { readPolicyControl } from '../macros/policy/policy-page-gateway';
import { listPolicyPages } from '../macros/policy/policy-page-index';
import type { ReviewClaim } from '../macros/policy/policy-review-claims';
import {
  claimDecision,
  claimReview,
  readReviewClaim,
  recordReviewIssue,
  reviewLabel,
} from '../macros/policy/policy-review-claims';
import { isReviewDue, utcDate } from '../macros/policy/review-dates';

export interface PolicyReviewScanResult {
  scanned: number;
  opened: { pageId: string; dueDate: string; issueKey: string }[];
  skipped: { pageId: string; reason: string }[];
}

const createdSchema = z.object({ id: z.string(), key: z.string() });

async function findExistingAction(
  jira: ProductClient,
  state: ProvisioningState,
  label: string,
): Promise<string | undefined> {
  const found = await searchIssues(jira, {
    jql: jql.and(jql.eq('project', state.projectKey), jql.eq('labels', label)),
    fields: ['summary'],
    limit: 1,
  });
  return found[0]?.key;
}

async function createReviewAction(
  jira: ProductClient,
  state: ProvisioningState,
  page: { id: string; title: string },
  dueDate: string,
  documentReference: string,
): Promise<string> {
  const typeId = state.issueTypes.aimsAction;
  if (!typeId)
    throw new Error(`The AIMS Action issue type is not provisioned in ${state.projectKey}.`);
  const created = await jira.post(
    route`/rest/api/3/issue`,
    {
      fields: {
        project: { key: state.projectKey },
        issuetype: { id: typeId },
        summary: `Review the AI policy: ${page.title}`.slice(0, 255),
        description: adfDoc(
          `The AI policy ${documentReference} ("${page.title}", Confluence page ${page.id}) was due for review on ${dueDate} (ISO/IEC 42001 A.2.4).\nReview it, update it if needed, and have it approved again in the AI Policy macro.`,
        ),
        labels: [reviewLabel(page.id, dueDate)],
        duedate: dueDate,
        ...toJiraFields(state, { actionSource: 'Policy review', reviewReference: page.id }),
      },
    },
    createdSchema,
  );
  return created.key;
}

/** Takes over a stale claim whose run died before recording an issue (only one run can). */
async function takeOverStaleClaim(claim: ReviewClaim, now: Date): Promise<boolean> {
  try {
    await kvs.set(
      `aims-policy-review-retry:${claim.pageId}:${claim.dueDate}:${claim.claimedAt}`,
      now.toISOString(),
      {
        keyPolicy: 'FAIL_IF_EXISTS',
      },
    );
    return true;
  } catch (err) {
    if ((err as { code?: unknown }).code === 'KEY_ALREADY_EXISTS') return false;
    throw err;
  }
}

async function scanPage(
  pageId: string,
  state: ProvisioningState,
  clients: { confluence: ProductClient; jira: ProductClient },
  now: Date,
  result: PolicyReviewScanResult,
): Promise<void> {
  let stored;
  try {
    stored = await readPolicyControl(clients.confluence, pageId);
  } catch (err) {
    if (err instanceof ProductApiError && err.status === 404) {
      result.skipped.push({ pageId, reason: 'page no longer exists' });
      return;
    }
    throw err;
  }
  if (!stored) return void result.skipped.push({ pageId, reason: 'no document control yet' });
  const entry = currentEntry(stored.record);
  const { status, nextReviewDate, title } = entry.document;
  if (status === 'superseded') return void result.skipped.push({ pageId, reason: 'superseded' });
  if (!nextReviewDate || !isReviewDue(nextReviewDate, utcDate(now))) {
    return void result.skipped.push({ pageId, reason: 'not due' });
  }
  const existing = await readReviewClaim(pageId, nextReviewDate);
  const decision = claimDecision(existing, now);
  if (decision === 'already-opened') {
    return void result.skipped.push({
      pageId,
      reason: `already opened ${existing?.issueKey ?? ''}`,
    });
  }
  const won =
    decision === 'claim'
      ? await claimReview(pageId, nextReviewDate, now)
      : decision === 'take-over' && existing
        ? await takeOverStaleClaim(existing, now)
        : false;
  if (!won) return void result.skipped.push({ pageId, reason: 'another run is opening it' });
  const claim = existing ?? (await readReviewClaim(pageId, nextReviewDate));
  if (!claim) throw new Error(`The review claim of page ${pageId} disappeared`);
  const label = reviewLabel(pageId, nextReviewDate);
  const issueKey =
    (await findExistingAction(clients.jira, state, label)) ??
    (await createReviewAction(
      clients.jira,
      state,
      { id: pageId, title },
      nextReviewDate,
      entry.documentReference,
    ));
  await recordReviewIssue(claim, issueKey);
  result.opened.push({ pageId, dueDate: nextReviewDate, issueKey });
}

/** One pass over the indexed policy pages; see the file comment. */
export async function scanDuePolicyReviews(): Promise<PolicyReviewScanResult> {
  const result: PolicyReviewScanResult = { scanned: 0, opened: [], skipped: [] };
  const projectKey = await loadActiveProjectKey();
  const state = projectKey ? await loadProvisioningState(projectKey) : undefined;
  if (!state?.completedAt) {
    console.log(
      '[aims] policy review scan: the AIMS project is not provisioned yet; nothing to do',
    );
    return result;
  }
  const clients = { confluence: confluenceAsApp(), jira: jiraAsApp() };
  const now = new Date();
  for (const { pageId } of await listPolicyPages()) {
    result.scanned += 1;
    try {
      await scanPage(pageId, state, clients, now, result);
    } catch (err) {
      // One broken page must not stop the reviews of the others; it is retried on the next run.
      console.error(`[aims] policy review scan failed for page ${pageId}`, err);
      result.skipped.push({ pageId, reason: err instanceof Error ? err.message : String(err) });
    }
  }
  if (result.opened.length > 0)
    console.log(`[aims] opened ${result.opened.length} policy review action(s)`);
  return result;
}

/** The scheduled trigger: answers as Forge expects, with the scan's summary as the body. */
export async function openDuePolicyReviews(
  _request?: unknown,
): Promise<{ statusCode: number; statusText: string; body: string }> {
  const result = await scanDuePolicyReviews();
  return { statusCode: 200, statusText: 'OK', body: JSON.stringify(result) };
}
