/**
 * Chooses a person from the issue panel, as the person asking (Jira's edit and assign permissions
 * apply): the implementer of a Corrective Action (its assignee) — the panel's own action, or one
 * linked to the panel's Nonconformity — or a Nonconformity's effectiveness reviewer.
 */
import { route } from '@forge/api';
import { Refusal } from '../domain/refusal';
import type { AimsIssue } from '../jira/aims-issue';
import { toJiraFields } from '../jira/aims-issue';
import type { ActiveAims } from '../jira/active-aims';
import { linkedIssues } from '../jira/aims-links';
import type { ProductClient } from '../jira/product-client';
import type { SetPersonPayload } from './panel-action-payloads';

/** The issue whose field changes, or why the panel's issue cannot choose this person. */
function targetOf(issue: AimsIssue, aims: ActiveAims, payload: SetPersonPayload): string {
  const names = aims.config.issueTypeNames;
  if (payload.role === 'reviewer') {
    if (issue.typeKey !== 'nonconformity')
      throw new Refusal('Nothing was changed: only a Nonconformity has an effectiveness reviewer.');
    return issue.key;
  }
  if (issue.typeKey === 'correctiveAction' && (!payload.issueKey || payload.issueKey === issue.key))
    return issue.key;
  if (
    issue.typeKey === 'nonconformity' &&
    payload.issueKey &&
    linkedIssues(issue, 'corrects', names.correctiveAction).some(
      (l) => l.issue.key === payload.issueKey,
    )
  )
    return payload.issueKey;
  throw new Refusal(
    'Nothing was changed: choose the implementer of a corrective action of this issue.',
    [
      payload.issueKey
        ? `${payload.issueKey} is not a corrective action linked to ${issue.key}.`
        : 'Name the corrective action.',
    ],
  );
}

export async function setPanelPerson(
  jira: ProductClient,
  aims: ActiveAims,
  issue: AimsIssue,
  payload: SetPersonPayload,
): Promise<void> {
  const target = targetOf(issue, aims, payload);
  const person = payload.accountId === null ? null : { accountId: payload.accountId };
  const fields =
    payload.role === 'implementer'
      ? { assignee: person }
      : toJiraFields(aims.state, { effectivenessReviewer: person });
  await jira.sendNoContent(route`/rest/api/3/issue/${target}`, 'PUT', { fields });
}
