/**
 * Competence that lapses (7.2 c, A.4.6): for every Competence Record whose expiry date has come,
 * the daily scan opens ONE "AIMS Action" to renew the training or qualification (or record why
 * the role no longer needs it), once per record and expiry date (due-review-actions.ts).
 */
import { competenceExpiryActionLabel, isCompetenceExpired } from '../domain/competence';
import type { ActiveAims } from '../jira/active-aims';
import type { JqlClause } from '../jira/jql-builder';
import type { DueReviewKind } from './due-review-actions';
import { recordsDueJql } from './due-review-actions';

/** The issue property where a competence record keeps the action opened for its expiry. */
export const COMPETENCE_EXPIRY_PROPERTY = 'aims-competence-expiry-action';

/** Competence records of the project whose expiry date is on or before `today`. */
export const expiredCompetenceJql = (aims: ActiveAims, today: string): JqlClause | undefined =>
  recordsDueJql(aims, 'competenceRecord', aims.state.fields.competenceExpires, today);

export const COMPETENCE_EXPIRIES: DueReviewKind = {
  property: COMPETENCE_EXPIRY_PROPERTY,
  dateField: 'competenceExpires',
  counter: 'competenceExpiries',
  dueJql: expiredCompetenceJql,
  isDue: (_aims, date, _status, today) => isCompetenceExpired(date, today),
  label: competenceExpiryActionLabel,
  actionSource: 'Competence',
  action: (recordKey, expiryDate) => ({
    summary: `Renew the competence recorded in ${recordKey}`,
    description: `The training or qualification recorded in the Competence Record ${recordKey} expired on ${expiryDate} (ISO/IEC 42001 7.2, A.4.6).\nArrange the training or requalification and record it in a new Competence Record with its evidence, or record why the person no longer needs it for their AIMS role.`,
  }),
};
