/**
 * 10.2 c → d: when every Corrective Action of a Nonconformity is done, the Nonconformity (if it is
 * implementing actions) moves on to effectiveness review, and its owner is told in a comment that
 * mentions them (assignee, else reporter) and names only the actions everyone who sees the
 * Nonconformity can browse (src/jira/unseen-linked-issues.ts).
 */
import type { ProductClient } from '../jira/product-client';
import type { ActiveAims } from '../jira/active-aims';
import { linkedIssues } from '../jira/aims-links';
import { loadAimsIssue } from '../jira/aims-issue-loader';
import { loadCorrectiveActionSnapshots } from '../jira/facts/corrective-action-snapshots';
import { addIssueComment } from '../jira/issue-comment';
import { correctiveActionRefsOf } from '../jira/facts/nonconformity-facts-reader';
import { moveIssueToStatus } from '../jira/issue-transitioner';
import { unseenLinkedKeys } from '../jira/unseen-linked-issues';
import { keyListFor } from '../domain/visibility/unnamed-issues';

export async function progressNonconformitiesOf(
  jira: ProductClient,
  aims: ActiveAims,
  caKey: string,
): Promise<string> {
  const { state, config } = aims;
  const ca = await loadAimsIssue(jira, state, caKey, []);
  if (ca.statusCategory !== 'done') return `${caKey}: not done`;
  const ncs = linkedIssues(ca, 'corrects', config.issueTypeNames.nonconformity);
  const outcomes: string[] = [];
  for (const link of ncs) outcomes.push(await progressNonconformity(jira, aims, link.issue.key));
  return `${caKey}: ${outcomes.length ? outcomes.join('; ') : 'corrects no Nonconformity'}`;
}

async function progressNonconformity(
  jira: ProductClient,
  aims: ActiveAims,
  ncKey: string,
): Promise<string> {
  const { state, config } = aims;
  const nc = await loadAimsIssue(jira, state, ncKey, []);
  if (nc.statusKey !== 'ncImplementing') return `${ncKey} is not implementing actions`;
  const refs = correctiveActionRefsOf(nc, config);
  const actions = await loadCorrectiveActionSnapshots(jira, refs);
  const open = actions.filter((a) => !a.done);
  if (actions.length === 0 || open.length > 0)
    return `${ncKey} still has open actions (${open.map((a) => a.key).join(', ')})`;
  const target = state.statuses.ncEffectivenessReview;
  if (!target) return `${ncKey}: the Effectiveness Review status is not provisioned`;
  const outcome = await moveIssueToStatus(jira, ncKey, target);
  if (!outcome.moved) return `${ncKey} not moved (${outcome.reason})`;
  const owner = nc.assignee ?? nc.reporter;
  // The comment is read by whoever sees the Nonconformity: it names only actions they can browse.
  const unseen = await unseenLinkedKeys(jira, nc.id, refs);
  await addIssueComment(
    jira,
    ncKey,
    `all corrective actions (${keyListFor(
      actions.map((a) => a.key),
      unseen,
    )}) are done, so this nonconformity is now in effectiveness review (ISO/IEC 42001 10.2 d). Someone who did not implement the actions should review whether they worked, with evidence.`,
    owner?.accountId,
  );
  return `${ncKey} moved to Effectiveness Review`;
}
