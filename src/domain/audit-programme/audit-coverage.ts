/**
 * Coverage of an audit programme cycle (9.2.2): for each clause 4–10 sub-clause and Annex A
 * control, the audits of the cycle that covered it (closed or not), and what no audit covered.
 */
import { AIMS_REQUIREMENTS, type Requirement } from '../catalog/requirements';
import { parseCoverageRefs } from './audit-coverage-refs';

export interface ProgrammeAudit {
  readonly key: string;
  readonly coverage: string | null;
  /** When it was closed (YYYY-MM-DD), or null while it is planned or under way. */
  readonly closedOn: string | null;
}

export interface RequirementCoverage extends Requirement {
  /** The audits covering it, in key order. */
  readonly audits: readonly { key: string; closedOn: string | null }[];
  /** Covered by a closed audit of the cycle. */
  readonly audited: boolean;
  /** Covered only by audits not closed yet. */
  readonly planned: boolean;
}

export interface CycleCoverage {
  readonly rows: readonly RequirementCoverage[];
  readonly audited: number;
  readonly plannedOnly: number;
  readonly notCovered: number;
}

export function cycleCoverage(audits: readonly ProgrammeAudit[]): CycleCoverage {
  const covering = new Map<string, { key: string; closedOn: string | null }[]>();
  for (const audit of audits) {
    for (const ref of parseCoverageRefs(audit.coverage).refs) {
      covering.set(ref, [
        ...(covering.get(ref) ?? []),
        { key: audit.key, closedOn: audit.closedOn },
      ]);
    }
  }
  const rows = AIMS_REQUIREMENTS.map((req) => {
    const list = covering.get(req.ref) ?? [];
    const audited = list.some((a) => a.closedOn !== null);
    return { ...req, audits: list, audited, planned: !audited && list.length > 0 };
  });
  return {
    rows,
    audited: rows.filter((r) => r.audited).length,
    plannedOnly: rows.filter((r) => r.planned).length,
    notCovered: rows.filter((r) => r.audits.length === 0).length,
  };
}
