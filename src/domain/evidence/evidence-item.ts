/**
 * One evidence item of an AI Control (7.5): a line of the control's "Evidence" field. A line may
 * start with its effective date, or with an ISO 8601 interval `effective/review` (the date the
 * item took effect and the date by which it must be reviewed or expires), e.g.
 * `2026-01-15/2026-07-15 Model card https://…`. A web address in the line is its link; what is
 * left is its label.
 */

export interface EvidenceItem {
  readonly label: string | null;
  readonly url: string | null;
  /** When the evidence took effect (YYYY-MM-DD). */
  readonly effectiveDate: string | null;
  /** When the evidence must be reviewed again, or expires (YYYY-MM-DD). */
  readonly reviewDate: string | null;
}

const DATE = String.raw`\d{4}-\d{2}-\d{2}`;
const DATES_PREFIX = new RegExp(String.raw`^(${DATE})(?:\s*/\s*(${DATE}))?(?![\d-])[\s:,-]*`);
const URL_PATTERN = /https?:\/\/[^\s<>"]+/;

const validDate = (date: string | undefined): string | null =>
  date !== undefined && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ? date : null;

/** The item one line records; null for a blank line. */
export function parseEvidenceLine(raw: string): EvidenceItem | null {
  let line = raw.trim().replace(/^[-*•]\s*/, '');
  if (!line) return null;
  const dates = DATES_PREFIX.exec(line);
  if (dates) line = line.slice(dates[0].length);
  const url = URL_PATTERN.exec(line)?.[0]?.replace(/[.,;)]+$/, '') ?? null;
  const label = (url ? line.replace(url, '') : line)
    .replace(/\s+/g, ' ')
    .replace(/[\s:,.;-]+$/, '')
    .trim();
  return {
    label: label || null,
    url,
    effectiveDate: validDate(dates?.[1]),
    reviewDate: validDate(dates?.[2]),
  };
}

/** The items of the whole "Evidence" field, in order (none for an empty field). */
export function parseEvidenceText(text: string | null | undefined): EvidenceItem[] {
  if (!text) return [];
  return text
    .split('\n')
    .map(parseEvidenceLine)
    .filter((item): item is EvidenceItem => item !== null);
}

/** The line that records an item (the inverse of parseEvidenceLine). */
export function formatEvidenceLine(item: EvidenceItem): string {
  const dates = item.effectiveDate
    ? `${item.effectiveDate}${item.reviewDate ? `/${item.reviewDate}` : ''}`
    : '';
  return [dates, item.label, item.url].filter(Boolean).join(' ');
}
