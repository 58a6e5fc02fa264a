/**
 * The SoA as ADF for Confluence's export (PDF/Word, export_view): approval status, totals, then
 * one table per objective group A.2–A.10 (and organization controls), built with adf-utils.
 */
import { doc, heading, link, p, strong, tableCell, text } from '@atlaskit/adf-utils/builders';
import { utcDate } from '../../domain/calendar';
import type { SoaRow, SoaTotals } from '../../domain/soa';
import { hasUnlistedRisks, riskCountOf } from '../../domain/soa';
import { issueSearchUrl } from '../../ui-contract/issue-search-link';
import { note, tableOf, textCell } from '../adf-blocks';
import {
  APPLICABILITY_LABEL,
  IMPLEMENTATION_LABEL,
  SOA_CSV_COLUMNS,
  listedRisksText,
  unlistedRisksText,
} from './soa-csv';
import type { SoaView } from './soa-view';

type Doc = ReturnType<typeof doc>;
type Block = Parameters<typeof doc>[number];

/** The CSV's columns but the objective (the tables are grouped by objective). */
const COLUMNS = SOA_CSV_COLUMNS.filter((c) => c !== 'Objective');

export function totalsSentence(t: SoaTotals): string {
  const percent = t.implementedPercent === null ? 'n/a' : `${t.implementedPercent}%`;
  return `Applicable: ${t.applicable} · Implemented: ${t.implemented} (${percent}) · Excluded: ${t.excluded} · Undecided: ${t.undecided} · Missing justifications: ${t.justificationMissing}`;
}

/** Evidence items, one paragraph each, the label linked to where the evidence is. */
function evidenceCell(row: SoaRow) {
  if (row.evidence.length === 0) return textCell('');
  return tableCell({})(
    ...row.evidence.map((e) =>
      p(...(e.date ? [text(`${e.date} `)] : []), link({ href: e.url })(e.label ?? e.url)),
    ),
  );
}

/** The listed risks, then — when they are only the first of more — how many and a link to all. */
function risksCell(row: SoaRow, allRisksUrl: string | undefined) {
  if (!hasUnlistedRisks(row)) return textCell(listedRisksText(row));
  return tableCell({})(
    p(text(listedRisksText(row))),
    p(
      text(allRisksUrl ? `${unlistedRisksText(row)} · ` : `${unlistedRisksText(row)}.`),
      ...(allRisksUrl ? [link({ href: allRisksUrl })(`All ${riskCountOf(row)} in Jira`)] : []),
    ),
  );
}

function cellsOf(
  row: SoaRow,
  owners: Readonly<Record<string, string>>,
  allRisksUrl: string | undefined,
) {
  const flags = row.flags.includes('justification-missing') ? ' (justification missing)' : '';
  return [
    textCell(row.controlId),
    textCell(row.title),
    textCell(APPLICABILITY_LABEL[row.applicability]),
    textCell((row.justification ?? '') + flags),
    textCell(row.implementationStatus ? IMPLEMENTATION_LABEL[row.implementationStatus] : ''),
    textCell(row.ownerAccountId ? (owners[row.ownerAccountId] ?? row.ownerAccountId) : ''),
    risksCell(row, allRisksUrl),
    evidenceCell(row),
  ];
}

function approvalBlocks(view: Extract<SoaView, { configured: true }>): Block[] {
  const a = view.approval;
  switch (a.state) {
    case 'none':
      return [p(strong('Approval: '), text('not approved yet.'))];
    case 'tampered':
    case 'invalid':
      return [note('error', strong('Approval not valid: '), text(a.message))];
    case 'valid': {
      const changed = a.changes.items.length;
      return [
        p(
          strong('Approval: '),
          text(
            `approved by ${a.approvedBy.displayName} on ${a.approvedAt.slice(0, 10)} at page version ${a.pageVersion} (${a.contentHash.slice(0, 19)}…).`,
          ),
        ),
        changed === 0
          ? p(text('No changes since the approval.'))
          : note(
              'warning',
              strong(`Changed since the approval (${changed}): `),
              text(
                a.changes.items
                  .map(
                    (c) =>
                      `${c.ref} ${c.change}${c.fields.length ? ` (${c.fields.join(', ')})` : ''}`,
                  )
                  .join('; '),
              ),
            ),
      ];
    }
  }
}

/** "1 control and 2 risks exist", leaving out a zero part. */
export function hiddenItems(controls: number, risks: number): string {
  const parts = [
    controls > 0 ? `${controls} ${controls === 1 ? 'control' : 'controls'}` : '',
    risks > 0 ? `${risks} ${risks === 1 ? 'risk' : 'risks'}` : '',
  ].filter(Boolean);
  return `${parts.join(' and ')} ${controls + risks === 1 ? 'exists' : 'exist'}`;
}

/** The configured SoA as an ADF document. */
export function soaViewToAdf(
  view: Extract<SoaView, { configured: true }>,
  exportedAt: Date,
  siteUrl: string,
): Doc {
  const { live } = view;
  const allRisksUrl = (row: SoaRow): string | undefined => {
    const search = row.recordKey ? view.riskSearches[row.recordKey] : undefined;
    return search && siteUrl ? issueSearchUrl(siteUrl, search) : undefined;
  };
  const blocks: Block[] = [
    heading({ level: 2 })(text('Statement of Applicability (ISO/IEC 42001 6.1.3)')),
    p(
      text(
        `Live from Jira project ${view.config.projectKey}, as seen by ${view.viewer.displayName} on ${utcDate(exportedAt)}.`,
      ),
    ),
    ...approvalBlocks(view),
    p(strong('Totals: '), text(totalsSentence(live.totals))),
  ];
  if (live.hidden.total > 0) {
    blocks.push(
      note(
        'info',
        text(
          `Some rows are hidden: ${hiddenItems(live.hidden.controls, live.hidden.risks)} in Jira that you cannot see; they are not listed and not in the totals.`,
        ),
      ),
    );
  }
  for (const group of live.groups) {
    blocks.push(
      heading({ level: 3 })(text(`${group.ref === 'ORG' ? '' : `${group.ref} `}${group.title}`)),
    );
    blocks.push(p(text(totalsSentence(group.totals))));
    blocks.push(
      tableOf(
        COLUMNS,
        group.rows.map((r) => cellsOf(r, view.ownerNames, allRisksUrl(r))),
      ),
    );
  }
  return doc(...blocks);
}

/** What the export shows when the macro cannot be rendered (not configured, refused). */
export function soaMessageAdf(title: string, message: string): Doc {
  return doc(note('warning', strong(`${title}: `), text(message)));
}
