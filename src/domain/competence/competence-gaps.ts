/**
 * Competence gaps (7.2, A.4.6): for each requirement of each AIMS role, how many people of the
 * role's group have no current Competence Record meeting it. Counts only: the review shows
 * "N people", never names.
 */
import type { AimsRole } from '../authorization';
import { isCompetenceExpired } from './competence-expiry';
import type { CompetenceRequirement } from './competence-requirements';

/** A Competence Record as the gaps need it. */
export interface CompetenceEvidence {
  readonly personAccountId: string;
  readonly requirementIds: readonly string[];
  /** YYYY-MM-DD, or null when it does not expire. */
  readonly expires: string | null;
}

export interface CompetenceGap {
  readonly requirement: CompetenceRequirement;
  /**
   * People of the role's group without a current record meeting the requirement (null: the
   * group's members are not known to the person asking).
   */
  readonly missing: number | null;
  /** People in the role's group (null: not known to the person asking). */
  readonly of: number | null;
}

/** Members of each role's group (account ids; null: not known to the person asking). */
export type RoleMembers = Readonly<Partial<Record<AimsRole, readonly string[] | null>>>;

export function competenceGaps(
  requirements: readonly CompetenceRequirement[],
  members: RoleMembers,
  records: readonly CompetenceEvidence[],
  today: string,
): CompetenceGap[] {
  const met = new Set<string>();
  for (const record of records) {
    if (isCompetenceExpired(record.expires, today)) continue;
    for (const id of record.requirementIds) met.add(`${record.personAccountId}\u0000${id}`);
  }
  return requirements.map((requirement) => {
    const group = members[requirement.role];
    if (group === null) return { requirement, missing: null, of: null };
    const people = [...new Set(group ?? [])];
    const missing = people.filter((p) => !met.has(`${p}\u0000${requirement.id}`)).length;
    return { requirement, missing, of: people.length };
  });
}
