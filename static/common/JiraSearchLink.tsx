import { router } from '@forge/bridge';
import { issueSearchPath } from '../../src/ui-contract/issue-search-link';
import { link } from './styles';

/** A link to Jira's issue search for `jql`, opened by the host in a new tab. */
export function JiraSearchLink({ jql, children }: { jql: string; children: string }) {
  const path = issueSearchPath(jql);
  return (
    <a
      href={path}
      style={{ ...link, textDecoration: 'underline' }}
      onClick={(e) => {
        e.preventDefault();
        void router.open(path);
      }}
    >
      {children}
    </a>
  );
}
