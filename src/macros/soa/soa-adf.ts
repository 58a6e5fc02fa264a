/**
 * The SoA macro's export (PDF/Word, page history, export_view). An export has no reader, and the
 * live SoA and its rows come from Jira as each reader may see them (rows hidden from a reader are
 * left out), so the export shows only what the page stores about its approval: who approved which
 * page version and when, the content hash, and the approved snapshot's totals — counts, never rows.
 */
import { doc, heading, p, strong, text } from '@atlaskit/adf-utils/builders';
import type { SoaTotals } from '../../domain/soa';
import { soaTotals } from '../../domain/soa';
import type { SealStatus } from '../../domain/integrity/seal-wording';
import { note, personInline, sealNote } from '../adf-blocks';
import { liveDataNote } from '../macro-export';
import type { SoaApprovalCheck } from './soa-approval-record';

type Doc = ReturnType<typeof doc>;
type Block = Parameters<typeof doc>[number];

export function totalsSentence(t: SoaTotals): string {
  const percent = t.implementedPercent === null ? 'n/a' : `${t.implementedPercent}%`;
  return `Applicable: ${t.applicable} · Implemented: ${t.implemented} (${percent}) · Excluded: ${t.excluded} · Undecided: ${t.undecided} · Missing justifications: ${t.justificationMissing}`;
}

function approvalBlocks(check: SoaApprovalCheck): Block[] {
  switch (check.state) {
    case 'none':
      return [p(strong('Approval: '), text('not approved yet.'))];
    case 'tampered':
    case 'invalid':
      return [note('error', strong('Approval not valid: '), text(check.message))];
    case 'valid': {
      const { facts, rows } = check.snapshot;
      return [
        p(
          strong('Approval: '),
          text('approved by '),
          personInline(facts.approvedBy),
          text(
            ` on ${facts.approvedAt.slice(0, 10)} at page version ${facts.pageVersion} (${facts.contentHash.slice(0, 19)}…), ${facts.rowCount} rows.`,
          ),
        ),
        p(strong('Approved totals: '), text(totalsSentence(soaTotals(rows)))),
      ];
    }
  }
}

/** The configured SoA macro as exported: its approval as the page stores it, and where the live SoA is. */
export function soaExportAdf(
  projectKey: string,
  check: SoaApprovalCheck,
  seal: SealStatus | null,
): Doc {
  // A snapshot whose seal does not hold is not printed as approved, whatever its own hashes say.
  const trusted = seal?.state === 'tampered' && check.state === 'valid' ? null : check;
  return doc(
    heading({ level: 2 })(text('Statement of Applicability (ISO/IEC 42001 6.1.3)')),
    ...(seal ? [sealNote(seal)] : []),
    ...(trusted ? approvalBlocks(trusted) : []),
    liveDataNote(`The live Statement of Applicability of Jira project ${projectKey}, row by row,`),
  );
}

/** What the export shows when the macro cannot be rendered (not configured, refused). */
export function soaMessageAdf(title: string, message: string): Doc {
  return doc(note('warning', strong(`${title}: `), text(message)));
}
