/**
 * The requirements an audit covers, as people write them in Jira ("6.1.2, 9.3 and A.6.2.4"): every
 * clause 4–10 sub-clause or Annex A control named; a clause with sub-clauses (9.3) stands for all
 * of them; anything else is reported back, never silently dropped.
 */
import { AIMS_REQUIREMENTS } from '../catalog/requirements';

export interface CoverageRefs {
  /** Requirements covered, in the standard's order, each once. */
  readonly refs: readonly string[];
  /** Words that name no clause 4–10 sub-clause or Annex A control. */
  readonly unknown: readonly string[];
}

const REFS = AIMS_REQUIREMENTS.map((r) => r.ref);

export function parseCoverageRefs(text: string | null | undefined): CoverageRefs {
  const tokens = (text ?? '')
    .split(/[\s,;]+|\band\b/)
    .map((t) =>
      t
        .trim()
        .replace(/^ISO42001:/i, '')
        .replace(/\.$/, ''),
    )
    .filter(Boolean);
  const covered = new Set<string>();
  const unknown: string[] = [];
  for (const token of tokens) {
    const ref = token.replace(/^a\./, 'A.');
    const matches = REFS.filter((r) => r === ref || r.startsWith(`${ref}.`));
    if (matches.length === 0) unknown.push(token);
    matches.forEach((m) => covered.add(m));
  }
  return { refs: REFS.filter((r) => covered.has(r)), unknown };
}
