/**
 * A significant change of an AI system reopens its completed impact assessments (8.4, 6.1.4):
 * its intended use or life-cycle stage changed, or a release of it was recorded (a fix version
 * added). Each reopened assessment gets a comment saying why. The assessments are found from the
 * AI system's own links (GET issue: never behind like search), and each assessment records the
 * change it handled in an issue property, so an event delivered twice reopens and comments once.
 * Runs as the app; the comment names only the AI system's key and what changed.
 */
import { z } from 'zod';
import type { AiSystemChange } from '../domain/ai-system';
import { significantChangeReason } from '../domain/ai-system';
import type { ActiveAims } from '../jira/active-aims';
import { loadAimsIssue } from '../jira/aims-issue-loader';
import { linkedIssues } from '../jira/aims-links';
import { addIssueComment } from '../jira/issue-comment';
import { readIssueProperty, writeIssueProperty } from '../jira/issue-property';
import { moveIssueToStatus } from '../jira/issue-transitioner';
import type { ProductClient } from '../jira/product-client';

/** The issue property where an impact assessment keeps the last significant change it handled. */
export const SIGNIFICANT_CHANGE_PROPERTY = 'aims-significant-change';

const handledSchema = z.object({ changeId: z.string(), commented: z.boolean() });

/** Reopens and comments one completed assessment for the change `changeId`, once. */
async function reopenForChange(
  jira: ProductClient,
  aims: ActiveAims,
  assessmentKey: string,
  changeId: string,
  why: string,
): Promise<string> {
  const handled = await readIssueProperty(
    jira,
    assessmentKey,
    SIGNIFICANT_CHANGE_PROPERTY,
    handledSchema,
  );
  if (handled?.changeId === changeId && handled.commented)
    return `${assessmentKey} already reopened`;
  if (handled?.changeId !== changeId) {
    await writeIssueProperty(jira, assessmentKey, SIGNIFICANT_CHANGE_PROPERTY, {
      changeId,
      commented: false,
    });
  }
  const target = aims.state.statuses.impactInAssessment;
  if (!target) return `${assessmentKey}: the In Assessment status is not provisioned`;
  const moved = await moveIssueToStatus(jira, assessmentKey, target);
  if (!moved.moved) return `${assessmentKey} not reopened (${moved.reason})`;
  await addIssueComment(jira, assessmentKey, why);
  await writeIssueProperty(jira, assessmentKey, SIGNIFICANT_CHANGE_PROPERTY, {
    changeId,
    commented: true,
  });
  return `${assessmentKey} reopened`;
}

/**
 * Handles a change of AI system `systemKey` (`changeId`: the changelog's id, the same on a repeated
 * delivery). Returns what it did, or undefined when the change is not significant.
 */
export async function reopenImpactAssessmentsOf(
  jira: ProductClient,
  aims: ActiveAims,
  systemKey: string,
  changeId: string,
  change: AiSystemChange,
): Promise<string | undefined> {
  const why = significantChangeReason(systemKey, change);
  if (!why) return undefined;
  const system = await loadAimsIssue(jira, aims.state, systemKey, []);
  const completed = linkedIssues(
    system,
    'assesses',
    aims.config.issueTypeNames.impactAssessment,
  ).filter((l) => l.issue.statusKey === 'impactCompleted');
  const outcomes: string[] = [];
  for (const link of completed)
    outcomes.push(await reopenForChange(jira, aims, link.issue.key, changeId, why));
  return `${systemKey} changed significantly: ${outcomes.length ? outcomes.join('; ') : 'no completed impact assessment'}`;
}
