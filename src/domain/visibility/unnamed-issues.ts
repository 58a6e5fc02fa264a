/**
 * What a message that Jira shows to someone (a validator's refusal, an automation comment) says
 * instead of the key of an issue they might not be able to browse. The app writes such messages
 * as the app, which sees every issue; the reader may not.
 */

/** The words that stand for an issue the reader might not be able to browse. */
export const UNNAMED_ISSUE = 'a linked issue not shown here (other project or security level)';

/** Jira issue keys as they appear in text: `PROJ-123`. */
const ISSUE_KEY = /\b[A-Z][A-Z0-9_]*-\d+\b/g;

/** The text with every key in `unnamed` replaced by {@link UNNAMED_ISSUE}; other keys stay. */
export function withoutIssueKeys(text: string, unnamed: ReadonlySet<string>): string {
  if (unnamed.size === 0) return text;
  return text.replace(ISSUE_KEY, (key) => (unnamed.has(key) ? UNNAMED_ISSUE : key));
}

/** The keys of issues that appear in the text (to check only those). */
export function issueKeysIn(text: string): Set<string> {
  return new Set(text.match(ISSUE_KEY) ?? []);
}

/**
 * The keys a message may name: `keys` listed, or — when some may not be named — the nameable
 * ones and how many more there are ("AIMS-3 and 2 more not shown here").
 */
export function keyListFor(keys: readonly string[], unnamed: ReadonlySet<string>): string {
  const named = keys.filter((k) => !unnamed.has(k));
  const hidden = keys.length - named.length;
  if (hidden === 0) return named.join(', ');
  const more = `${hidden} ${named.length > 0 ? 'more ' : ''}not shown here (other project or security level)`;
  return named.length > 0 ? `${named.join(', ')} and ${more}` : more;
}
