import type { AimsIssue, AimsLink } from './aims-issue';
import type { AimsLinkTypeKey } from './aims-schema';

/**
 * The issues linked to `issue` by one of the app's link types, optionally only those of the given
 * issue type name. Direction-agnostic: a person may draw a link either way round in Jira, and the
 * link type plus the other issue's type already say what it means.
 */
export function linkedIssues(
  issue: AimsIssue,
  linkTypeKey: AimsLinkTypeKey,
  otherTypeName?: string,
): AimsLink[] {
  const seen = new Set<string>();
  return issue.links.filter((link) => {
    if (link.linkTypeKey !== linkTypeKey) return false;
    if (otherTypeName !== undefined && link.issue.typeName !== otherTypeName) return false;
    if (seen.has(link.issue.key)) return false;
    seen.add(link.issue.key);
    return true;
  });
}

/** True when the linked issue is in a done status category. */
export const isDoneLink = (link: AimsLink): boolean => link.issue.statusCategory === 'done';
