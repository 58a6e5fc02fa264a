/**
 * Evidence of an SoA row: what the AI Control's "Evidence" field records (one item per line; a
 * web address in the line is its link, a leading `effective/review` date pair its dates, see
 * src/domain/evidence) and the issues linked to the control as *evidences* (e.g. corrective
 * actions, audits).
 */
import { parseEvidenceText } from '../../domain/evidence';
import type { EvidenceLink } from '../../domain/records';
import type { AimsIssue } from '../../jira/aims-issue';

/** Browse address of an issue on the site (relative when the site address is unknown). */
export function browseUrl(siteUrl: string, key: string): string {
  return `${siteUrl.replace(/\/+$/, '')}/browse/${key}`;
}

/**
 * Evidence lines of the control's text field (parsed by the domain, with their effective and review
 * dates). A line without a web address stays as its label and links to the control issue, where it
 * is recorded.
 */
export function evidenceFromText(
  text: string | null,
  recordedOn: { siteUrl: string; key: string },
): EvidenceLink[] {
  return parseEvidenceText(text).map((item) => ({
    url: item.url ?? browseUrl(recordedOn.siteUrl, recordedOn.key),
    ...(item.label ? { label: item.label } : {}),
    ...(item.effectiveDate ? { date: item.effectiveDate } : {}),
    ...(item.reviewDate ? { reviewDate: item.reviewDate } : {}),
  }));
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
