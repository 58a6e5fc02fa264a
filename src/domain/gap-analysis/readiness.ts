/**
 * Readiness for certification from a gap analysis: per group (clauses 4–10, Annex A objectives)
 * and overall, the share of applicable requirements met — conformant counts 1, partly ½, not
 * started or not yet assessed 0; not applicable is left out.
 */
import { AIMS_REQUIREMENTS, REQUIREMENT_GROUPS } from '../catalog/requirements';
import type { GapAssessment, GapStatus } from './gap-assessment';

export interface ReadinessCounts {
  readonly conformant: number;
  readonly partly: number;
  readonly notStarted: number;
  readonly notApplicable: number;
  readonly unassessed: number;
  /** Requirements that apply (all but not applicable). */
  readonly applicable: number;
  /** Whole per cent of the applicable requirements met, or null when none applies. */
  readonly score: number | null;
}

export interface GroupReadiness extends ReadinessCounts {
  readonly group: string;
  readonly title: string;
  readonly annexA: boolean;
}

export interface Readiness {
  readonly groups: readonly GroupReadiness[];
  readonly clauses: ReadinessCounts;
  readonly annexA: ReadinessCounts;
  readonly overall: ReadinessCounts;
}

function countsOf(statuses: readonly (GapStatus | undefined)[]): ReadinessCounts {
  const n = (s: GapStatus | undefined) => statuses.filter((x) => x === s).length;
  const conformant = n('conformant');
  const partly = n('partly');
  const notApplicable = n('not-applicable');
  const applicable = statuses.length - notApplicable;
  return {
    conformant,
    partly,
    notStarted: n('not-started'),
    notApplicable,
    unassessed: n(undefined),
    applicable,
    score: applicable === 0 ? null : Math.floor(((conformant + partly / 2) * 100) / applicable),
  };
}

export function readinessOf(assessment: GapAssessment): Readiness {
  const statusOf = (ref: string) => assessment.items[ref]?.status;
  const of = (annexA: boolean | undefined, group?: string) =>
    countsOf(
      AIMS_REQUIREMENTS.filter(
        (r) => (annexA === undefined || r.annexA === annexA) && (!group || r.group === group),
      ).map((r) => statusOf(r.ref)),
    );
  return {
    groups: REQUIREMENT_GROUPS.map((g) => ({
      group: g.ref,
      title: g.title,
      annexA: g.annexA,
      ...of(g.annexA, g.ref),
    })),
    clauses: of(false),
    annexA: of(true),
    overall: of(undefined),
  };
}
