import { JiraSearchLink } from './JiraSearchLink';
import { note } from './styles';

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
  return (
    <p style={note} data-testid={testId ?? 'more-in-jira'}>
      The first {shown} of {total} {what}
      {jql === null ? (
        '.'
      ) : (
        <>
          {' · '}
          <JiraSearchLink jql={jql}>{`All ${total} in Jira`}</JiraSearchLink>
        </>
      )}
    </p>
  );
}
