/**
 * The JQL of the competence records (7.2) that need attention on a day: expired within the last
 * year (a lapse the AIMS has not yet renewed — a renewal is a new record) and expiring within the
 * warning window. Shared by the AIMS overview and the certification readiness report.
 */
import { addDays } from '../domain/calendar';
import { COMPETENCE_EXPIRY_WARNING_DAYS } from '../domain/competence';
import type { ProvisioningState } from '../storage/provisioning-state';
import { fieldIdOf } from './aims-issue';
import { aimsTypeJql } from './aims-jql';
import type { JqlClause } from './jql-builder';
import { customField, jql } from './jql-builder';

export interface CompetenceDueJql {
  all: JqlClause;
  expired: JqlClause;
  expiring: JqlClause;
}

/** Null when the project was provisioned before competence records existed. */
export function competenceDueJql(state: ProvisioningState, asOf: string): CompetenceDueJql | null {
  if (!state.issueTypes.competenceRecord || !state.fields.competenceExpires) return null;
  const all = aimsTypeJql(state, 'competenceRecord');
  const expires = customField(fieldIdOf(state, 'competenceExpires'));
  return {
    all,
    expired: jql.and(all, jql.gte(expires, addDays(asOf, -365)), jql.lte(expires, asOf)),
    expiring: jql.and(
      all,
      jql.gt(expires, asOf),
      jql.lte(expires, addDays(asOf, COMPETENCE_EXPIRY_WARNING_DAYS)),
    ),
  };
}
