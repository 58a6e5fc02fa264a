/** JQL of the AIMS records: the issues of one AIMS type in the provisioned project. */
import type { ProvisioningState } from '../storage/provisioning-state';
import type { AimsIssueTypeKey } from './aims-schema';
import type { JqlClause } from './jql-builder';
import { jql } from './jql-builder';

export function aimsTypeJql(state: ProvisioningState, type: AimsIssueTypeKey): JqlClause {
  const id = state.issueTypes[type];
  if (!id)
    throw new Error(
      `The issue type '${type}' is not provisioned in ${state.projectKey}; run provisioning again.`,
    );
  return jql.and(jql.eq('project', state.projectKey), jql.eq('issuetype', id));
}
