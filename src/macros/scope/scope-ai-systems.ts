/**
 * The AI systems in the scope of the AIMS (4.3): AI System issues of the AIMS project, found by
 * JQL AS THE VIEWER with only the fields shown, never more than a screen can hold without saying
 * how many there are. Once the AI System type has its "in scope" field, only the systems marked
 * in scope are listed (the filter slots in below).
 */
import { readAimsIssue } from '../../jira/aims-issue';
import { approximateCount, searchIssues } from '../../jira/issue-search';
import type { JqlClause } from '../../jira/jql-builder';
import { customField, jql } from '../../jira/jql-builder';
import type { ProductClient } from '../../jira/product-client';
import type { ProvisioningState } from '../../storage/provisioning-state';
import type { ScopeAiSystems } from '../../ui-contract/scope-ai-systems-view';

/** At most this many are listed; beyond, the view says how many there are. */
export const MAX_LISTED_AI_SYSTEMS = 200;

/** The logical key of the AI System's "in scope" field (Yes / No), when provisioning has it. */
export const IN_SCOPE_FIELD_KEY = 'inScope';

/** The AI System issues in scope: marked in scope when the field exists, else all of them. */
export function aiSystemsInScopeQuery(state: ProvisioningState): {
  where: JqlClause;
  filteredByInScope: boolean;
} {
  const typeId = state.issueTypes.aiSystem;
  if (!typeId)
    throw new Error(`The AI System issue type is not provisioned in ${state.projectKey}.`);
  const base = jql.and(jql.eq('project', state.projectKey), jql.eq('issuetype', typeId));
  const inScopeField = state.fields[IN_SCOPE_FIELD_KEY];
  if (!inScopeField) return { where: base, filteredByInScope: false };
  return {
    where: jql.and(base, jql.eq(customField(inScopeField), 'Yes')),
    filteredByInScope: true,
  };
}

export async function readScopeAiSystems(
  jiraAsViewer: ProductClient,
  state: ProvisioningState | undefined,
  projectKey: string,
): Promise<ScopeAiSystems> {
  if (!state?.issueTypes.aiSystem) {
    return {
      available: false,
      projectKey,
      message: `Project ${projectKey} is not set up for the AIMS yet; an administrator can provision it on the AIMS admin page.`,
    };
  }
  const { where, filteredByInScope } = aiSystemsInScopeQuery(state);
  const query = jql.orderBy(where, 'key');
  const found = await searchIssues(jiraAsViewer, {
    jql: query,
    fields: ['summary', 'status', 'issuetype', 'assignee'],
    limit: MAX_LISTED_AI_SYSTEMS + 1,
  });
  const truncated = found.length > MAX_LISTED_AI_SYSTEMS;
  const items = found.slice(0, MAX_LISTED_AI_SYSTEMS).map((raw) => {
    const issue = readAimsIssue(raw, state);
    return {
      key: issue.key,
      summary: issue.summary,
      statusName: issue.statusName,
      statusCategory: issue.statusCategory,
      owner: issue.assignee?.displayName ?? null,
    };
  });
  // Jira's count is approximate: never fewer than were found.
  const total = truncated
    ? Math.max(found.length, await approximateCount(jiraAsViewer, where))
    : items.length;
  return { available: true, projectKey, filteredByInScope, items, total, truncated, jql: query };
}
