/**
 * Whether the Statement of Applicability may be approved: every row carries a decision (included or
 * excluded) with its justification (6.1.3 d), and every implemented control its evidence (the
 * app's rule, as on the AI Control workflow). The refusal says how many rows are not ready and
 * which controls they are.
 */
import { APP_RULE_NOTE } from '../lifecycle/app-rule';
import { isImplementedWithoutEvidence } from './control-decision-requirements';
import type { SoaRow } from './soa-row';

/** How many unready controls the refusal names; the rest are counted. */
export const UNREADY_ROWS_NAMED = 12;

export type SoaRowGap = 'undecided' | 'unjustified' | 'evidence-missing';

export interface UnreadySoaRow {
  readonly ref: string;
  readonly gaps: readonly SoaRowGap[];
}

const GAP_WORDS: Record<SoaRowGap, string> = {
  undecided: 'undecided',
  unjustified: 'no justification',
  'evidence-missing': 'implemented without evidence',
};

/** The rows that keep the SoA from being approved, in SoA order, with what each lacks. */
export function unreadySoaRows(rows: readonly SoaRow[]): UnreadySoaRow[] {
  const out: UnreadySoaRow[] = [];
  for (const row of rows) {
    const gaps: SoaRowGap[] = [];
    if (row.applicability === 'undecided') gaps.push('undecided');
    else if (row.flags.includes('justification-missing')) gaps.push('unjustified');
    if (
      row.applicability === 'included' &&
      isImplementedWithoutEvidence({
        applicability: 'included',
        justification: row.justification,
        implementationStatus: row.implementationStatus,
        hasEvidence: row.evidence.length > 0,
      })
    )
      gaps.push('evidence-missing');
    if (gaps.length > 0) out.push({ ref: row.ref, gaps });
  }
  return out;
}

/** Why the SoA cannot be approved yet (empty when every row is ready). */
export function soaReadinessBlockers(rows: readonly SoaRow[]): string[] {
  const unready = unreadySoaRows(rows);
  if (unready.length === 0) return [];
  const named = unready
    .slice(0, UNREADY_ROWS_NAMED)
    .map((r) => `${r.ref} (${r.gaps.map((g) => GAP_WORDS[g]).join(', ')})`);
  const more = unready.length - named.length;
  const list = more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
  const blockers = [
    `${unready.length} ${unready.length === 1 ? 'row is' : 'rows are'} not ready: ${list}. Every control needs a decision, included or excluded, with its justification (6.1.3 d).`,
  ];
  if (unready.some((r) => r.gaps.includes('evidence-missing')))
    blockers.push(`An implemented control needs its evidence. ${APP_RULE_NOTE}`);
  return blockers;
}
