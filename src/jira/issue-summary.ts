/** Jira refuses a summary over 255 characters or with a line break. */
export const SUMMARY_MAX_LENGTH = 255;

/** `text`'s first line as a Jira summary: trimmed, and cut with "…" when it is too long. */
export function fitSummary(text: string): string {
  const firstLine = text.split('\n')[0]?.trim() ?? '';
  return firstLine.length > SUMMARY_MAX_LENGTH
    ? `${firstLine.slice(0, SUMMARY_MAX_LENGTH - 1)}…`
    : firstLine;
}
