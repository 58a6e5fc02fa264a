/**
 * Competence that lapses (7.2 c, A.4.6): for every Competence Record whose expiry date has come,
 * the daily scan opens ONE "AIMS Action" to renew the training or qualification (or record why
 * the role no longer needs it), once per record and expiry date (dated-issue-actions.ts).
 */
import { competenceExpiryActionLabel, isCompetenceExpired } from '../domain/competence';
import type { ActiveAims } from '../jira/active-aims';
import { fieldIdOf } from '../jira/aims-issue';
import { createLabelledAimsAction } from '../jira/labelled-aims-action';
import type { JqlClause } from '../jira/jql-builder';
import { customField, jql } from '../jira/jql-builder';
import type { ProductClient } from '../jira/product-client';
import { openDueDatedActions } from './dated-issue-actions';
import type { ScanProgress } from './resumable-scan';

/** The issue property where a competence record keeps the action opened for its expiry. */
export const COMPETENCE_EXPIRY_PROPERTY = 'aims-competence-expiry-action';

/** Competence records of the project whose expiry date is on or before `today`. */
export function expiredCompetenceJql(aims: ActiveAims, today: string): JqlClause | undefined {
  const { state, config } = aims;
  const expires = state.fields.competenceExpires;
  if (!expires || !state.issueTypes.competenceRecord) return undefined;
  return jql.and(
    jql.eq('project', state.projectKey),
    jql.eq('issuetype', config.issueTypeNames.competenceRecord),
    jql.lte(customField(expires), today),
  );
}

/**
 * The competence-expiry phase of the daily scan: opens the actions of the expired records after
 * the cursor's last key until the part should stop. True when it went through all of them.
 */
export function openExpiredCompetenceActions(
  jira: ProductClient,
  aims: ActiveAims,
  progress: ScanProgress,
  opened: string[],
): Promise<boolean> {
  return openDueDatedActions(
    jira,
    aims,
    progress,
    {
      where: expiredCompetenceJql(aims, progress.cursor.day),
      dateFieldId: aims.state.fields.competenceExpires
        ? fieldIdOf(aims.state, 'competenceExpires')
        : '',
      isDue: (date, _status, today) => isCompetenceExpired(date, today),
      property: COMPETENCE_EXPIRY_PROPERTY,
      label: competenceExpiryActionLabel,
      create: (recordKey, expiryDate) =>
        createLabelledAimsAction(jira, aims.state, {
          summary: `Renew the competence recorded in ${recordKey}`,
          description: `The training or qualification recorded in the Competence Record ${recordKey} expired on ${expiryDate} (ISO/IEC 42001 7.2, A.4.6).\nArrange the training or requalification and record it in a new Competence Record with its evidence, or record why the person no longer needs it for their AIMS role.`,
          label: competenceExpiryActionLabel(recordKey, expiryDate),
          dueDate: expiryDate,
          values: { actionSource: 'Competence' },
        }),
      counter: 'competenceExpiries',
    },
    opened,
  );
}
