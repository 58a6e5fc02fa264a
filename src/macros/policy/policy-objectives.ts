/**
 * The AI objectives (6.2) the policy frames: AI Objective issues of the configured project,
 * found by JQL as the viewer with only the fields shown.
 */
import { readAimsIssue, fieldIdOf } from '../../jira/aims-issue';
import { searchFirst } from '../../jira/issue-search';
import { jql } from '../../jira/jql-builder';
import type { ProductClient } from '../../jira/product-client';
import type { ProvisioningState } from '../../storage/provisioning-state';
import type { PolicyObjectives } from '../../ui-contract/policy-macro-view';

/**
 * At most this many objectives are listed (a policy frames a handful, not hundreds); past it the
 * macro says "the first 100 of N" and links to all of them in Jira.
 */
export const MAX_OBJECTIVES = 100;

export function objectivesJql(state: ProvisioningState): string {
  const typeId = state.issueTypes.aiObjective;
  if (!typeId)
    throw new Error(`The AI Objective issue type is not provisioned in ${state.projectKey}.`);
  return jql.orderBy(
    jql.and(jql.eq('project', state.projectKey), jql.eq('issuetype', typeId)),
    'key',
  );
}

export async function readPolicyObjectives(
  jiraAsViewer: ProductClient,
  state: ProvisioningState | undefined,
  projectKey: string,
): Promise<PolicyObjectives> {
  if (!state || !state.issueTypes.aiObjective) {
    return {
      available: false,
      projectKey,
      message: `Project ${projectKey} is not set up for the AIMS yet; an administrator can provision it on the AIMS admin page.`,
    };
  }
  const fields = [
    'summary',
    'status',
    'duedate',
    'issuetype',
    fieldIdOf(state, 'annexCObjective'),
    fieldIdOf(state, 'objectiveMeasure'),
  ];
  const found = await searchFirst(jiraAsViewer, {
    jql: objectivesJql(state),
    fields,
    first: MAX_OBJECTIVES,
  });
  const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const items = found.issues.map((raw) => {
    const issue = readAimsIssue(raw, state);
    return {
      key: issue.key,
      summary: issue.summary,
      statusName: issue.statusName,
      statusCategory: issue.statusCategory,
      annexCObjective: text(issue.values.annexCObjective),
      measure: text(issue.values.objectiveMeasure),
      dueDate: issue.duedate,
    };
  });
  const more = found.total > items.length ? { total: found.total, jql: found.jql } : null;
  return { available: true, projectKey, items, more };
}
