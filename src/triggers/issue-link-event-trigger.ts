/**
 * Trigger on `avi:jira:created:issuelink` (at least once, maybe twice): a Nonconformity linked to
 * an Audit Finding by hand locks the finding's grade, as one the app raised does. Acts as the app,
 * idempotently (see finding-grade-lock). A failure that passes (429, 5xx, no answer) asks Forge to
 * deliver the event again (invocation-retry.ts).
 */
import type { InvocationError } from '@forge/events';
import { zodIssueLines } from '../domain/refusal';
import { lockFindingGradeOf } from '../automation/finding-grade-lock';
import { loadActiveAims } from '../jira/active-aims';
import { jiraAsApp } from '../jira/forge-clients';
import { ProductApiError } from '../jira/product-client';
import type { IssueEventOutcome } from './issue-event-trigger';
import { issueLinkEventSchema } from './issue-link-event-schema';
import { orRetryRequest } from './invocation-retry';

export async function onIssueLinkEvent(
  event: unknown,
): Promise<IssueEventOutcome | InvocationError> {
  const parsed = issueLinkEventSchema.safeParse(event);
  if (!parsed.success) {
    console.warn(
      `[aims] ignored a malformed issue link event: ${zodIssueLines(parsed.error).join('; ')}`,
    );
    return { handled: false, detail: 'malformed event' };
  }
  const aims = await loadActiveAims();
  if (!aims) return { handled: false, detail: 'the app is not provisioned' };
  // Only a "raises" link can tie a Nonconformity to a finding: any other link (a risk mitigated by
  // a control, …) is not read at all, so bulk linking costs no Jira request here.
  const raisesId = aims.state.linkTypes.raises?.id;
  const typeId = parsed.data.issueLinkType?.id;
  if (raisesId && typeId !== undefined && typeId !== raisesId)
    return { handled: false, detail: 'not a "raises" link' };
  const jira = jiraAsApp();
  const link = parsed.data;
  const outcome = await orRetryRequest(event, link.eventType, async () => {
    const found: string[] = [];
    for (const issueId of [link.sourceIssueId, link.destinationIssueId]) {
      const detail = await lockIfStillThere(() => lockFindingGradeOf(jira, aims, issueId));
      if (detail) found.push(detail);
    }
    return found;
  });
  if (!outcome.done) return outcome.retry;
  const details = outcome.value;
  if (details.length) console.log(`[aims] ${parsed.data.eventType}: ${details.join('; ')}`);
  return {
    handled: details.length > 0,
    detail: details.length ? details.join('; ') : 'not relevant',
  };
}

/** An issue deleted since the link was made has nothing to lock. */
async function lockIfStillThere(lock: () => Promise<string | undefined>) {
  try {
    return await lock();
  } catch (err) {
    if (err instanceof ProductApiError && err.status === 404) return undefined;
    throw err;
  }
}
