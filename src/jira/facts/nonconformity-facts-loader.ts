import type { NonconformityFacts, NonconformityState } from '../../domain/nonconformity';
import type { AimsIssue } from '../aims-issue';
import type { ProductClient } from '../product-client';
import type { ActiveAims } from '../active-aims';
import { loadAimsIssue } from '../aims-issue-loader';
import { loadCorrectiveActionSnapshots } from './corrective-action-snapshots';
import { readLastIneffectiveReviewAt } from './effectiveness-loops';
import type { CorrectiveActionSnapshot } from './nonconformity-facts-reader';
import {
  correctiveActionRefsOf,
  NONCONFORMITY_FIELD_KEYS,
  nonconformityFacts,
  nonconformityStateOf,
} from './nonconformity-facts-reader';

export interface LoadedNonconformity {
  issue: AimsIssue;
  state: NonconformityState | undefined;
  correctiveActions: CorrectiveActionSnapshot[];
  facts: NonconformityFacts;
}

/**
 * A Nonconformity with its 10.2 facts in three requests (the issue, then one search for its
 * corrective actions and its loops record). Pass `jiraAsUser()` for what a person sees, `jiraAsApp()` in rules.
 */
export async function loadNonconformity(
  client: ProductClient,
  aims: ActiveAims,
  issueKey: string,
): Promise<LoadedNonconformity> {
  const issue = await loadAimsIssue(client, aims.state, issueKey, NONCONFORMITY_FIELD_KEYS);
  const [correctiveActions, lastLoopAt] = await Promise.all([
    loadCorrectiveActionSnapshots(client, correctiveActionRefsOf(issue, aims.config)),
    readLastIneffectiveReviewAt(client, issueKey),
  ]);
  return {
    issue,
    state: nonconformityStateOf(issue.statusKey),
    correctiveActions,
    facts: nonconformityFacts(issue, correctiveActions, lastLoopAt),
  };
}
