/**
 * What a Competence Record stands for (7.2, A.4.6), as its issue panel shows it: the requirements
 * it meets (those its field names that an AIMS manager still keeps, with their roles), the ones
 * it names that are no longer kept, and whether it is current on the day asked — the date a
 * management review held that day counts it against: expired, expiring within the review's
 * warning window, or current.
 */
import { addDays } from '../calendar';
import { COMPETENCE_EXPIRY_WARNING_DAYS, isCompetenceExpired } from './competence-expiry';
import type { CompetenceRequirement } from './competence-requirements';

export type CompetenceCurrency = 'current' | 'expiring' | 'expired' | 'noExpiry';

export interface CompetenceRecordStanding {
  /** The requirements it meets, one per role that needs the id, in the list's order. */
  readonly meets: CompetenceRequirement[];
  /** Requirement ids it names that no AIMS role needs any more. */
  readonly noLongerSet: string[];
  readonly currency: CompetenceCurrency;
}

export function competenceCurrency(expires: string | null, asOf: string): CompetenceCurrency {
  if (expires === null) return 'noExpiry';
  if (isCompetenceExpired(expires, asOf)) return 'expired';
  return expires <= addDays(asOf, COMPETENCE_EXPIRY_WARNING_DAYS) ? 'expiring' : 'current';
}

export function competenceRecordStanding(
  requirementIds: readonly string[],
  requirements: readonly CompetenceRequirement[],
  expires: string | null,
  asOf: string,
): CompetenceRecordStanding {
  const named = new Set(requirementIds);
  const kept = new Set(requirements.map((r) => r.id));
  return {
    meets: requirements.filter((r) => named.has(r.id)),
    noLongerSet: [...named].filter((id) => !kept.has(id)),
    currency: competenceCurrency(expires, asOf),
  };
}
