/**
 * The requirements an organization is assessed against: every clause 4–10 at sub-clause level (a
 * clause with sub-clauses is covered by them) and every Annex A control, each in its group (the
 * top-level clause, or the Annex A objective).
 */
import { ANNEX_A_CONTROLS, ANNEX_A_OBJECTIVES } from './annex-a';
import { CLAUSES } from './clauses';

export interface Requirement {
  /** As printed in the standard: `10.2`, `A.6.2.4`. */
  readonly ref: string;
  readonly title: string;
  readonly annexA: boolean;
  /** The group it is reported in: `10` for 10.2, `A.6` for A.6.2.4. */
  readonly group: string;
}

export interface RequirementGroup {
  readonly ref: string;
  readonly title: string;
  readonly annexA: boolean;
}

const clauseRefs = CLAUSES.map((c) => c.ref);

/** Clauses 4–10 at sub-clause level, in the standard's order. */
export const CLAUSE_REQUIREMENTS: readonly Requirement[] = CLAUSES.filter(
  (c) => !clauseRefs.some((r) => r.startsWith(`${c.ref}.`)),
).map((c) => ({ ref: c.ref, title: c.title, annexA: false, group: c.ref.split('.')[0] ?? c.ref }));

/** The 38 Annex A controls, in the standard's order. */
export const CONTROL_REQUIREMENTS: readonly Requirement[] = ANNEX_A_CONTROLS.map((c) => ({
  ref: c.ref,
  title: c.title,
  annexA: true,
  group: c.objectiveId.replace(/^ISO42001:/, ''),
}));

/** Every requirement: clauses 4–10 then Annex A. */
export const AIMS_REQUIREMENTS: readonly Requirement[] = [
  ...CLAUSE_REQUIREMENTS,
  ...CONTROL_REQUIREMENTS,
];

/** The groups the requirements are reported in: clauses 4–10, then the Annex A objectives. */
export const REQUIREMENT_GROUPS: readonly RequirementGroup[] = [
  ...CLAUSES.filter((c) => !c.ref.includes('.')).map((c) => ({
    ref: c.ref,
    title: c.title,
    annexA: false,
  })),
  ...ANNEX_A_OBJECTIVES.map((o) => ({ ref: o.ref, title: o.title, annexA: true })),
];
