/**
 * The AI systems in the scope of the AIMS (4.3): AI System issues of the AIMS project, found by
 * JQL AS THE VIEWER with only the fields shown: the first of them, and how many there are with the
 * search that finds them all ("first N of M"). Only the systems marked "In AIMS scope: Yes" in the
 * inventory are listed; a project provisioned before the field existed lists all of them.
 */
import { readAimsIssue } from '../../jira/aims-issue';
import { searchFirst } from '../../jira/issue-search';
import type { JqlClause } from '../../jira/jql-builder';
import { customField, jql } from '../../jira/jql-builder';
import type { ProductClient } from '../../jira/product-client';
import type { ProvisioningState } from '../../storage/provisioning-state';
import type { ScopeAiSystems } from '../../ui-contract/scope-ai-systems-view';

/** At most this many are listed; beyond, the view says "the first 200 of N" with the JQL of all. */
export const MAX_LISTED_AI_SYSTEMS = 200;

/** The logical key of the AI System's "In AIMS scope" field (Yes / No) in src/jira/aims-schema. */
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
  const found = await searchFirst(jiraAsViewer, {
    jql: jql.orderBy(where, 'key'),
    fields: ['summary', 'status', 'issuetype', 'assignee'],
    first: MAX_LISTED_AI_SYSTEMS,
  });
  const items = found.issues.map((raw) => {
    const issue = readAimsIssue(raw, state);
    return {
      key: issue.key,
      summary: issue.summary,
      statusName: issue.statusName,
      statusCategory: issue.statusCategory,
      owner: issue.assignee?.displayName ?? null,
    };
  });
  const more = found.total > items.length ? { total: found.total, jql: found.jql } : null;
  return { available: true, projectKey, filteredByInScope, items, more };
}
