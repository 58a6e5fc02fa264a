/**
 * Progress between two gap analyses: which requirements moved, which way, and how the readiness
 * scores changed per group and overall.
 */
import { AIMS_REQUIREMENTS } from '../catalog/requirements';
import type { GapAssessment, GapStatus } from './gap-assessment';
import { readinessOf } from './readiness';

export type GapChangeDirection = 'improved' | 'regressed' | 'changed';

export interface GapChange {
  readonly ref: string;
  readonly title: string;
  readonly from: GapStatus | null;
  readonly to: GapStatus | null;
  readonly direction: GapChangeDirection;
}

export interface ScoreChange {
  readonly group: string;
  readonly title: string;
  readonly previous: number | null;
  readonly current: number | null;
}

export interface GapComparison {
  readonly changes: readonly GapChange[];
  readonly improved: number;
  readonly regressed: number;
  readonly groups: readonly ScoreChange[];
  readonly overall: { readonly previous: number | null; readonly current: number | null };
}

/** How far a status is from meeting the requirement; not applicable has no rank. */
const RANK: Partial<Record<GapStatus, number>> = { 'not-started': 0, partly: 1, conformant: 2 };

function directionOf(from: GapStatus | null, to: GapStatus | null): GapChangeDirection {
  const a = from === null ? 0 : RANK[from];
  const b = to === null ? 0 : RANK[to];
  if (a === undefined || b === undefined || a === b) return 'changed';
  return b > a ? 'improved' : 'regressed';
}

export function compareAssessments(previous: GapAssessment, current: GapAssessment): GapComparison {
  const changes = AIMS_REQUIREMENTS.flatMap((r): GapChange[] => {
    const from = previous.items[r.ref]?.status ?? null;
    const to = current.items[r.ref]?.status ?? null;
    return from === to
      ? []
      : [{ ref: r.ref, title: r.title, from, to, direction: directionOf(from, to) }];
  });
  const before = readinessOf(previous);
  const after = readinessOf(current);
  return {
    changes,
    improved: changes.filter((c) => c.direction === 'improved').length,
    regressed: changes.filter((c) => c.direction === 'regressed').length,
    groups: after.groups.map((g, i) => ({
      group: g.group,
      title: g.title,
      previous: before.groups[i]?.score ?? null,
      current: g.score,
    })),
    overall: { previous: before.overall.score, current: after.overall.score },
  };
}
