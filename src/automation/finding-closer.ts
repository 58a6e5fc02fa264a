/**
 * When a Nonconformity is closed — verified effective, or closed from cause analysis because no
 * corrective action was needed — the audit findings that raised it close by themselves.
 */
import type { ProductClient } from '../jira/product-client';
import type { ActiveAims } from '../jira/active-aims';
import { isDoneLink, linkedIssues } from '../jira/aims-links';
import { loadAimsIssue } from '../jira/aims-issue-loader';
import {
  NONCONFORMITY_FIELD_KEYS,
  nonconformityFacts,
} from '../jira/facts/nonconformity-facts-reader';
import { moveIssueToStatus } from '../jira/issue-transitioner';

export async function closeSourceFindings(
  jira: ProductClient,
  aims: ActiveAims,
  ncKey: string,
): Promise<string> {
  const { state, config } = aims;
  const nc = await loadAimsIssue(jira, state, ncKey, NONCONFORMITY_FIELD_KEYS);
  if (nc.statusKey !== 'ncClosed') return `${ncKey}: not closed any more`;
  const facts = nonconformityFacts(nc, []);
  const closedAsResolved =
    facts.verdict === 'effective' || facts.correctiveActionDecision === 'not-needed';
  if (!closedAsResolved) return `${ncKey}: closed without an effective verdict; findings left open`;
  const target = state.statuses.findingClosed;
  if (!target) return `${ncKey}: the Finding Closed status is not provisioned`;
  const open = linkedIssues(nc, 'raises', config.issueTypeNames.auditFinding).filter(
    (l) => !isDoneLink(l),
  );
  const outcomes: string[] = [];
  for (const finding of open) {
    const outcome = await moveIssueToStatus(jira, finding.issue.key, target);
    outcomes.push(
      `${finding.issue.key} ${outcome.moved ? 'closed' : `not closed (${outcome.reason})`}`,
    );
  }
  return `${ncKey}: ${outcomes.length ? outcomes.join('; ') : 'no open finding'}`;
}
