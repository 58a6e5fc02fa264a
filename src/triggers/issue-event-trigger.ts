/**
 * Trigger on `avi:jira:created:issue` / `avi:jira:updated:issue` (at least once, maybe twice):
 * reacts only to the changes that matter (from the changelog) and acts as the app, idempotently.
 * - Audit Finding created or re-graded → raise its Nonconformity (major/minor NC grades);
 * - Nonconformity moved to NC Closed → close the findings that raised it;
 * - Corrective Action status change → move its Nonconformity on when all its actions are done;
 * - AI Incident concluded with a breached requirement (or its answer changed) → raise its
 *   Nonconformity, as for findings;
 * - AI Control created or its evidence changed → its "Evidence review date" set to the earliest
 *   review date of its evidence items (7.5);
 * - AI System: intended use or life-cycle stage changed, or a fix version added → reopen its
 *   completed impact assessments with a comment saying why (8.4).
 * A failure that passes (429, 5xx, no answer) asks Forge to deliver the event again
 * (invocation-retry.ts); whatever the retries, the daily reconcile scan raises what is missing.
 */
import type { InvocationError } from '@forge/events';
import { zodIssueLines } from '../domain/refusal';
import { jiraAsApp } from '../jira/forge-clients';
import type { ActiveAims } from '../jira/active-aims';
import { issueTypeKeyOfId, loadActiveAims } from '../jira/active-aims';
import { closeSourceFindings } from '../automation/finding-closer';
import { raiseNonconformityForFinding } from '../automation/finding-nonconformity-raiser';
import { raiseNonconformityForIncident } from '../automation/incident-nonconformity-raiser';
import type { IssueEvent } from './issue-event-schema';
import { changeOf, issueEventSchema } from './issue-event-schema';
import { progressNonconformitiesOf } from '../automation/nonconformity-progression';
import { orRetryRequest } from './invocation-retry';
import { reopenImpactAssessmentsOf } from '../automation/impact-reassessment';
import { syncEvidenceReviewDate } from '../automation/evidence-review-date';
import type { AiSystemChange } from '../domain/ai-system';
import type { ProvisioningState } from '../storage/provisioning-state';

export interface IssueEventOutcome {
  handled: boolean;
  detail: string;
}

export async function onIssueEvent(event: unknown): Promise<IssueEventOutcome | InvocationError> {
  const parsed = issueEventSchema.safeParse(event);
  if (!parsed.success) {
    console.warn(
      `[aims] ignored a malformed issue event: ${zodIssueLines(parsed.error).join('; ')}`,
    );
    return { handled: false, detail: 'malformed event' };
  }
  const aims = await loadActiveAims();
  if (!aims) return { handled: false, detail: 'the app is not provisioned' };
  const outcome = await orRetryRequest(
    event,
    `${parsed.data.eventType} ${parsed.data.issue.key}`,
    () => dispatch(parsed.data, aims),
  );
  if (!outcome.done) return outcome.retry;
  const detail = outcome.value;
  if (detail) console.log(`[aims] ${parsed.data.eventType} ${parsed.data.issue.key}: ${detail}`);
  return { handled: detail !== undefined, detail: detail ?? 'not relevant' };
}

async function dispatch(event: IssueEvent, aims: ActiveAims): Promise<string | undefined> {
  const { state } = aims;
  const projectId = event.issue.fields?.project?.id;
  if (projectId && state.projectId && projectId !== state.projectId) return undefined;
  const typeKey = issueTypeKeyOfId(state, event.issue.fields?.issuetype?.id);
  const created = event.eventType === 'avi:jira:created:issue';
  const statusChange = changeOf(event, 'status', 'status');
  const jira = jiraAsApp();
  switch (typeKey) {
    case 'auditFinding': {
      const gradeField = state.fields.findingGrade ?? '';
      if (created || changeOf(event, gradeField, 'Finding grade')) {
        return raiseNonconformityForFinding(jira, aims, event.issue.key);
      }
      return undefined;
    }
    case 'aiIncident': {
      const breachField = state.fields.requirementBreached ?? '';
      if (
        (statusChange && statusChange.to === state.statuses.incidentConcluded) ||
        (!created && changeOf(event, breachField, 'Requirement breached?'))
      )
        return raiseNonconformityForIncident(jira, aims, event.issue.key);
      return undefined;
    }
    case 'nonconformity':
      if (statusChange && statusChange.to === state.statuses.ncClosed)
        return closeSourceFindings(jira, aims, event.issue.key);
      return undefined;
    case 'correctiveAction':
      if (statusChange && statusChange.to === state.statuses.done)
        return progressNonconformitiesOf(jira, aims, event.issue.key);
      return undefined;
    case 'aiControl': {
      // Also when someone edits the date itself: the app puts it back (its own write changes nothing).
      const evidenceField = state.fields.evidence ?? '';
      const dateField = state.fields.evidenceReviewDate ?? '';
      if (
        created ||
        changeOf(event, evidenceField, 'Evidence') ||
        changeOf(event, dateField, 'Evidence review date')
      )
        return syncEvidenceReviewDate(jira, aims, event.issue.key);
      return undefined;
    }
    case 'aiSystem': {
      const changeId = event.changelog?.id;
      if (created || !changeId) return undefined;
      return reopenImpactAssessmentsOf(
        jira,
        aims,
        event.issue.key,
        changeId,
        aiSystemChangeOf(event, state),
      );
    }
    default:
      return undefined;
  }
}

/** What changed on an AI system, from the event's changelog (Jira names the fix versions field "Fix Version"). */
export function aiSystemChangeOf(event: IssueEvent, state: ProvisioningState): AiSystemChange {
  const changedFields = (['intendedUse', 'lifecycleStage'] as const).filter((key) => {
    const fieldId = state.fields[key];
    return fieldId !== undefined && changeOf(event, fieldId) !== undefined;
  });
  const addedVersions = (event.changelog?.items ?? [])
    .filter((i) => (i.fieldId === 'fixVersions' || i.field === 'Fix Version') && i.to)
    .map((i) => i.toString ?? i.to ?? '');
  return { changedFields, addedVersions };
}
