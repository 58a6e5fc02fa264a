import { createHash } from 'node:crypto';
import type { SiteContext } from '../../core/context';
import { apiUrl } from '../api-urls';
import type { TaskDoc } from '../models/tasks';

/**
 * Jira Cloud reports a task's submitter as a legacy numeric user id (`submittedBy`, int64), which
 * it exposes nowhere else: a stable number derived from the account id stands in for it.
 */
function legacyUserId(accountId: string): number {
  return createHash('sha256').update(accountId).digest().readUInt32BE(0);
}

/** TaskProgressBeanObject. */
export function taskView(ctx: SiteContext, t: TaskDoc): Record<string, unknown> {
  const end = t.finished ?? ctx.now().getTime();
  return {
    self: apiUrl(ctx, `task/${t.id}`),
    id: t.id,
    description: t.description,
    status: t.status,
    ...(t.message ? { message: t.message } : {}),
    submittedBy: legacyUserId(t.submittedBy),
    progress: t.progress,
    elapsedRuntime: t.started === undefined ? 0 : end - t.started,
    submitted: t.submitted,
    ...(t.started === undefined ? {} : { started: t.started }),
    ...(t.finished === undefined ? {} : { finished: t.finished }),
    lastUpdate: t.lastUpdate,
  };
}
