/**
 * The SoA as CSV (RFC 4180): CRLF line ends, every field quoted when it holds a comma, a quote,
 * a line break or leading/trailing space, quotes doubled. Cells that a spreadsheet would run as a
 * formula (starting with = + - @ or a tab) are prefixed with an apostrophe.
 */
import { ANNEX_A_OBJECTIVES } from '../../domain/catalog/annex-a';
import type { SoaRow } from '../../domain/soa';
import { hasUnlistedRisks, riskCountOf } from '../../domain/soa';
import { firstOfTotal } from '../../ui-contract/issue-search-link';

export const SOA_CSV_COLUMNS = [
  'Control',
  'Title',
  'Objective',
  'Applicability',
  'Justification',
  'Implementation status',
  'Owner',
  'Risks',
  'Evidence',
] as const;

export const APPLICABILITY_LABEL: Record<SoaRow['applicability'], string> = {
  included: 'Included',
  excluded: 'Excluded',
  undecided: 'Undecided',
};

export const IMPLEMENTATION_LABEL: Record<NonNullable<SoaRow['implementationStatus']>, string> = {
  'not-started': 'Not started',
  planned: 'Planned',
  'in-progress': 'In progress',
  implemented: 'Implemented',
};

const OBJECTIVE_LABEL = new Map(ANNEX_A_OBJECTIVES.map((o) => [o.id, `${o.ref} ${o.title}`]));

/** One CSV field, quoted when needed (RFC 4180), neutralised when a spreadsheet would run it. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(values: readonly string[]): string {
  return values.map(csvField).join(',');
}

export function objectiveLabel(row: SoaRow): string {
  return row.objectiveId
    ? (OBJECTIVE_LABEL.get(row.objectiveId) ?? row.objectiveId)
    : 'Organization controls';
}

/** The risks a row lists, `KEY Title (Level)`, separated by semicolons. */
export function listedRisksText(row: SoaRow): string {
  return row.risks
    .map((r) => {
      const level = r.levelLabel ?? r.level;
      return [r.key, r.title].filter(Boolean).join(' ') + (level ? ` (${level})` : '');
    })
    .join('; ');
}

/** "The first 10 of 312 risks are listed", for a row whose list is cut. */
export const unlistedRisksText = (row: SoaRow): string =>
  `${firstOfTotal(row.risks.length, riskCountOf(row), 'risks')} are listed`;

/** The risks a row lists; when they are only the first of more, says so (and where all are). */
export function risksText(row: SoaRow, allRisksUrl?: string): string {
  const listed = listedRisksText(row);
  if (!hasUnlistedRisks(row)) return listed;
  return `${listed}; … (${unlistedRisksText(row)}${allRisksUrl ? `; all of them in Jira: ${allRisksUrl}` : ''})`;
}

export function evidenceText(row: SoaRow): string {
  return row.evidence
    .map((e) => [e.date, e.label, e.url ? `<${e.url}>` : ''].filter(Boolean).join(' '))
    .join('; ');
}

/** The rows shown, as a CSV document (header + one line per row, CRLF). */
export function soaCsv(
  rows: readonly SoaRow[],
  ownerNames: Readonly<Record<string, string>>,
  allRisksUrlOf: (row: SoaRow) => string | undefined = () => undefined,
): string {
  const lines = [csvLine(SOA_CSV_COLUMNS)];
  for (const row of rows) {
    lines.push(
      csvLine([
        row.controlId,
        row.title,
        objectiveLabel(row),
        APPLICABILITY_LABEL[row.applicability],
        row.justification ?? '',
        row.implementationStatus ? IMPLEMENTATION_LABEL[row.implementationStatus] : '',
        row.ownerAccountId ? (ownerNames[row.ownerAccountId] ?? row.ownerAccountId) : '',
        risksText(row, allRisksUrlOf(row)),
        evidenceText(row),
      ]),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
