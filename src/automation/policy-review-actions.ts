/**
 * The policy review (A.2.4, 7.5.2): for every policy page whose next policy review date has come,
 * opens ONE Jira "AIMS Action" to review the AI policy. Once per page and due date, even when the
 * scan runs twice or concurrently:
 *   1. the index of policy pages (KVS) is iterated in key order — Confluence is never crawled —
 *      in resumable parts when there are more pages than one invocation can do;
 *   2. `{page, due date}` is claimed (src/storage/kvs-claim.ts: one run wins; a claim whose run
 *      died goes stale and is taken over by timestamp, in a transaction);
 *   3. Jira is searched for the action's label before creating (a run that died after creating
 *      is not repeated), then the created key is recorded with the claim.
 * Runs as the app (a trigger has no user): the index holds only pages an AIMS manager registered
 * (src/storage/policy-page-index.ts), and the action it opens in Jira names the page by its id,
 * never by its title — a page may be restricted to fewer people than can browse the project.
 */
import { utcDate } from '../domain/calendar';
import { currentEntry, isPolicyReviewDue } from '../domain/policy';
import { createLabelledAimsAction, findIssueByLabel } from '../jira/labelled-aims-action';
import type { ProductClient } from '../jira/product-client';
import { ProductApiError } from '../jira/product-client';
import { policyControlStore } from '../macros/policy/policy-page-gateway';
import { policyPageKey } from '../storage/kvs-keys';
import { listPolicyPages } from '../storage/policy-page-index';
import type { PolicyReviewClaim } from '../storage/policy-review-claims';
import {
  claimPolicyReview,
  readPolicyReviewClaim,
  recordPolicyReviewIssue,
} from '../storage/policy-review-claims';
import type { ProvisioningState } from '../storage/provisioning-state';
import type { ScanPass } from './resumable-scan';

export interface PolicyReviewScanResult {
  scanned: number;
  opened: { pageId: string; dueDate: string; issueKey: string }[];
  skipped: { pageId: string; reason: string }[];
}

/** The Jira label that marks the policy review action of a page and due date (searchable exactly). */
export const policyReviewLabel = (pageId: string, dueDate: string): string =>
  `aims-policy-review-${pageId}-${dueDate}`;

/** A claim older than this without an issue key is treated as abandoned (the run died). */
export const STALE_CLAIM_MS = 10 * 60 * 1000;

export type ClaimDecision = 'already-opened' | 'claim' | 'take-over' | 'held-by-another-run';

/**
 * What a scan does with a page whose policy review is due, given the claim it found: an issue
 * already recorded ends it; no claim → claim it; a fresh claim without an issue belongs to a run
 * in progress; a stale one (that run died) may be taken over, after a search in Jira.
 */
export function claimDecision(existing: PolicyReviewClaim | undefined, now: Date): ClaimDecision {
  if (!existing) return 'claim';
  if (existing.issueKey) return 'already-opened';
  return now.getTime() - Date.parse(existing.claimedAt) >= STALE_CLAIM_MS
    ? 'take-over'
    : 'held-by-another-run';
}

function createPolicyReviewAction(
  jira: ProductClient,
  state: ProvisioningState,
  pageId: string,
  dueDate: string,
): Promise<string> {
  return createLabelledAimsAction(jira, state, {
    // Nothing of the page's text (title, reference): the page may be restricted to fewer
    // people than the AIMS project; Confluence shows its title to those who may see it.
    summary: `Review the AI policy on Confluence page ${pageId}`,
    description: `The AI policy on Confluence page ${pageId} was due for review on ${dueDate} (ISO/IEC 42001 A.2.4).\nReview it, update it if needed, and have it approved again in the AI Policy macro.`,
    label: policyReviewLabel(pageId, dueDate),
    dueDate,
    values: { actionSource: 'Policy review', reviewReference: pageId },
  });
}

/** Wins the claim of a due policy review for this run, or says why another run has it. */
async function winClaim(
  pageId: string,
  dueDate: string,
  now: Date,
): Promise<{ claim: PolicyReviewClaim } | { skip: string }> {
  const existing = await readPolicyReviewClaim(pageId, dueDate);
  const decision = claimDecision(existing, now);
  if (decision === 'already-opened') return { skip: `already opened ${existing?.issueKey ?? ''}` };
  if (decision === 'held-by-another-run') return { skip: 'another run is opening it' };
  // 'claim' or 'take-over': the claim itself decides, atomically, if another run was faster.
  const claim = await claimPolicyReview(pageId, dueDate, now, STALE_CLAIM_MS);
  return claim ? { claim } : { skip: 'another run is opening it' };
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
    stored = await policyControlStore.read(clients.confluence, pageId);
  } catch (err) {
    if (err instanceof ProductApiError && err.status === 404) {
      result.skipped.push({ pageId, reason: 'page no longer exists' });
      return;
    }
    throw err;
  }
  if (!stored) return void result.skipped.push({ pageId, reason: 'no document control yet' });
  const entry = currentEntry(stored.record);
  const { status, nextReviewDate } = entry.document;
  if (status === 'superseded') return void result.skipped.push({ pageId, reason: 'superseded' });
  if (!nextReviewDate || !isPolicyReviewDue(nextReviewDate, utcDate(now))) {
    return void result.skipped.push({ pageId, reason: 'not due' });
  }
  const won = await winClaim(pageId, nextReviewDate, now);
  if ('skip' in won) return void result.skipped.push({ pageId, reason: won.skip });
  const issueKey =
    (await findIssueByLabel(clients.jira, state, policyReviewLabel(pageId, nextReviewDate))) ??
    (await createPolicyReviewAction(clients.jira, state, pageId, nextReviewDate));
  await recordPolicyReviewIssue(won.claim, issueKey);
  result.opened.push({ pageId, dueDate: nextReviewDate, issueKey });
}

/**
 * The policy review scan as a resumable pass over the indexed policy pages, in key order (KVS
 * orders keys), as the app; a part that stops goes on after the last page it did.
 */
export function policyReviewPass(
  state: ProvisioningState,
  clients: { confluence: ProductClient; jira: ProductClient },
  now: Date,
  result: PolicyReviewScanResult,
): ScanPass {
  return {
    scan: 'policy-review',
    firstPhase: 'pages',
    async run(progress) {
      const after = progress.cursor.after;
      const pages = (await listPolicyPages())
        .map((entry) => ({ pageId: entry.pageId, key: policyPageKey(entry.pageId) }))
        .filter((page) => after === undefined || page.key > after)
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      for (const { pageId, key } of pages) {
        if (progress.shouldStop()) return 'paused';
        result.scanned += 1;
        const opened = result.opened.length;
        try {
          await scanPage(pageId, state, clients, now, result);
        } catch (err) {
          // One broken page must not stop the reviews of the others; it is retried on the next run.
          console.error(`[aims] policy review scan failed for page ${pageId}`, err);
          result.skipped.push({ pageId, reason: err instanceof Error ? err.message : String(err) });
        }
        await progress.itemDone(key, { scanned: 1, opened: result.opened.length - opened });
      }
      return 'done';
    },
  };
}
