import { router } from '@forge/bridge';
import { link } from './styles';

/** Jira Cloud's address of an issue on the site the app runs on. */
export const issuePath = (key: string): string => `/browse/${encodeURIComponent(key)}`;

/**
 * An issue key as a link to the issue, opened by the host in a new tab (a Confluence record
 * leaves its page open); `title` (e.g. the summary) is shown on hover.
 */
export function IssueKeyLink({ issueKey, title }: { issueKey: string; title?: string }) {
  const path = issuePath(issueKey);
  return (
    <a
      href={path}
      title={title}
      style={{ ...link, textDecoration: 'underline' }}
      data-issue-key={issueKey}
      onClick={(e) => {
        e.preventDefault();
        void router.open(path);
      }}
    >
      {issueKey}
    </a>
  );
}

/** Issue keys as links in a sentence, each followed by its note: "AIMS-3 (due 2026-01-31), …". */
export function IssueKeyList({ items }: { items: readonly { key: string; note?: string }[] }) {
  return (
    <>
      {items.map((item, i) => (
        <span key={item.key}>
          {i > 0 ? ', ' : ''}
          <IssueKeyLink issueKey={item.key} />
          {item.note ? ` ${item.note}` : ''}
        </span>
      ))}
    </>
  );
}
