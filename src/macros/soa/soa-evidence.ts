/**
 * Evidence of an SoA row: what the AI Control's "Evidence" field records (one item per line; a
 * web address in the line is its link, a leading date `YYYY-MM-DD` its date) and the issues linked
 * to the control as *evidences* (e.g. corrective actions, audits).
 */
import type { EvidenceLink } from '../../domain/records';
import type { AimsIssue } from '../../jira/aims-issue';

const URL_PATTERN = /https?:\/\/[^\s<>"]+/;
const DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})\b[\s:,-]*/;

/** Browse address of an issue on the site (relative when the site address is unknown). */
export function browseUrl(siteUrl: string, key: string): string {
  return `${siteUrl.replace(/\/+$/, '')}/browse/${key}`;
}

/**
 * Evidence lines of the control's text field. A line without a web address stays as its label and
 * links to the control issue, where it is recorded.
 */
export function evidenceFromText(
  text: string | null,
  recordedOn: { siteUrl: string; key: string },
): EvidenceLink[] {
  if (!text) return [];
  const items: EvidenceLink[] = [];
  for (const raw of text.split('\n')) {
    let line = raw.trim().replace(/^[-*•]\s*/, '');
    if (!line) continue;
    const date = DATE_PREFIX.exec(line)?.[1];
    if (date) line = line.replace(DATE_PREFIX, '');
    const url = URL_PATTERN.exec(line)?.[0]?.replace(/[.,;)]+$/, '');
    const label = (url ? line.replace(url, '') : line)
      .replace(/\s+/g, ' ')
      .replace(/[\s:,-]+$/, '')
      .trim();
    items.push({
      url: url ?? browseUrl(recordedOn.siteUrl, recordedOn.key),
      ...(label ? { label } : {}),
      ...(date ? { date } : {}),
    });
  }
  return items;
}

/** Issues linked to the control as *evidences* (the viewer only sees links to issues they may see). */
export function evidenceFromLinks(control: AimsIssue, siteUrl: string): EvidenceLink[] {
  return control.links
    .filter((l) => l.linkTypeKey === 'evidences' && l.issue.key)
    .map((l) => ({
      url: browseUrl(siteUrl, l.issue.key),
      label:
        `${l.issue.key} ${l.issue.summary}${l.issue.statusName ? ` (${l.issue.statusName})` : ''}`.trim(),
    }));
}
