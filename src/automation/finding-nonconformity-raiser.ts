/**
 * 9.2 → 10.2: an Audit Finding graded as a major or minor nonconformity raises exactly one linked
 * Nonconformity (source "Internal audit", or "External audit" for a finding imported from the
 * external audit; see nonconformity-raiser.ts for how it stays one), then
 * moves to "Nonconformity Raised".
 */
import { addDays, utcDate } from '../domain/calendar';
import { findingSourceOf, isNonconformityGrade } from '../domain/records/audit-finding';
import type { ActiveAims } from '../jira/active-aims';
import type { AimsIssue } from '../jira/aims-issue';
import { loadAimsIssue } from '../jira/aims-issue-loader';
import { moveIssueToStatus } from '../jira/issue-transitioner';
import { findingGrade, textOf } from '../jira/jira-option-values';
import type { ProductClient } from '../jira/product-client';
import { raiseNonconformityOnce } from './nonconformity-raiser';

export async function raiseNonconformityForFinding(
  jira: ProductClient,
  aims: ActiveAims,
  findingKey: string,
): Promise<string> {
  const { state, config } = aims;
  const finding = await loadAimsIssue(jira, state, findingKey, ['findingGrade', 'isoReference']);
  const grade = findingGrade(finding.values.findingGrade);
  if (!isNonconformityGrade(grade))
    return `${findingKey}: ${grade ?? 'ungraded'} finding, tracked without a Nonconformity`;
  const reference = textOf(finding.values.isoReference);
  const gradeLabel = grade === 'major-nc' ? 'major nonconformity' : 'minor nonconformity';
  const days =
    grade === 'major-nc' ? config.dueDays.majorNonconformity : config.dueDays.minorNonconformity;
  return raiseNonconformityOnce(jira, aims, {
    source: finding,
    nonconformity: {
      summary: `Nonconformity: ${finding.summary}`,
      raisedFrom: `Raised from audit finding ${finding.key}`,
      description:
        `Raised from audit finding ${finding.key} (${gradeLabel}${reference ? `, ${reference}` : ''}).\n` +
        'Work it through ISO/IEC 42001 clause 10.2: react, analyse causes and similar nonconformities, implement corrective action, review its effectiveness, change the AIMS if needed.',
      duedate: addDays(utcDate(new Date()), days),
      values: {
        ncSource: findingSourceOf(finding.labels),
        ...(reference ? { isoReference: reference } : {}),
      },
    },
    settle: (fresh, what) => ensureRaisedStatus(jira, aims, fresh, what),
  });
}

async function ensureRaisedStatus(
  jira: ProductClient,
  aims: ActiveAims,
  finding: AimsIssue,
  what: string,
): Promise<string> {
  const target = aims.state.statuses.findingNcRaised;
  if (!target || finding.statusKey !== 'findingOpen') return `${finding.key}: ${what}`;
  const outcome = await moveIssueToStatus(jira, finding.key, target);
  return `${finding.key}: ${what}; ${outcome.moved ? 'moved to Nonconformity Raised' : `not moved (${outcome.reason})`}`;
}
