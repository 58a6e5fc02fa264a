/**
 * A Nonconformity linked to an Audit Finding by hand ("raises" link), whatever the finding's
 * grade: the finding moves to Nonconformity Raised, whose status locks its grade (read-only), so
 * it is re-graded only through the manager's "Re-grade finding". Idempotent: a finding already
 * there, or with no Nonconformity linked, is left as it is (events come at least once).
 */
import type { ActiveAims } from '../jira/active-aims';
import { loadAimsIssue } from '../jira/aims-issue-loader';
import { raisedNonconformities } from '../jira/facts/audit-finding-facts-reader';
import { moveIssueToStatus } from '../jira/issue-transitioner';
import type { ProductClient } from '../jira/product-client';

export async function lockFindingGradeOf(
  jira: ProductClient,
  aims: ActiveAims,
  issueIdOrKey: string,
): Promise<string | undefined> {
  const issue = await loadAimsIssue(jira, aims.state, issueIdOrKey, []);
  if (issue.typeKey !== 'auditFinding') return undefined;
  const linked = raisedNonconformities(issue, aims.config);
  const target = aims.state.statuses.findingNcRaised;
  if (linked.length === 0 || !target || issue.statusKey !== 'findingOpen') return undefined;
  const outcome = await moveIssueToStatus(jira, issue.key, target);
  const keys = linked.map((l) => l.key).join(', ');
  return `${issue.key}: ${keys} linked; ${outcome.moved ? 'moved to Nonconformity Raised (grade locked)' : `not moved (${outcome.reason})`}`;
}
