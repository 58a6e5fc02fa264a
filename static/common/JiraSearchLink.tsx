import { issueSearchPath } from '../../src/ui-contract/issue-search-link';
import { JiraPathLink } from './JiraPathLink';

/** A link to Jira's issue search for `jql`, opened by the host in a new tab. */
export function JiraSearchLink({ jql, children }: { jql: string; children: string }) {
  return <JiraPathLink path={issueSearchPath(jql)}>{children}</JiraPathLink>;
}
