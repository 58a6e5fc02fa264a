import { router } from '@forge/bridge';
import { issueSearchPath } from '../../src/ui-contract/issue-search-link';
import { link, note } from './styles';

/**
 * Under a list that holds only the first of more items: says so ("The first 10 of 312 risks")
 * and links to all of them in Jira's issue search, opened by the host in a new tab.
 */
export function MoreInJira({
  shown,
  total,
  what,
  jql,
  testId,
}: {
  shown: number;
  total: number;
  what: string;
  jql: string | null;
  testId?: string;
}) {
  const path = jql === null ? null : issueSearchPath(jql);
  return (
    <p style={note} data-testid={testId ?? 'more-in-jira'}>
      The first {shown} of {total} {what}
      {path === null ? (
        '.'
      ) : (
        <>
          {' · '}
          <a
            href={path}
            style={{ ...link, textDecoration: 'underline' }}
            onClick={(e) => {
              e.preventDefault();
              void router.open(path);
            }}
          >
            All {total} in Jira
          </a>
        </>
      )}
    </p>
  );
}
