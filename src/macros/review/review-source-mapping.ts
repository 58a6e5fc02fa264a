/**
 * Maps Jira issues (read as the viewer, through the app's provisioning) to the records the domain's
 * management-review builder reads. Pure: no Jira calls here.
 */
import { dayOfValue } from '../../domain/calendar';
import { FINDING_GRADES } from '../../domain/records/audit-finding';
import type { FindingGrade } from '../../domain/records/audit-finding';
import type {
  PreviousReviewAction,
  ReviewAuditFinding,
  ReviewImprovementItem,
  ReviewTrackedItem,
} from '../../domain/review';
import type { RiskBand } from '../../domain/risk';
import type { AimsIssue } from '../../jira/aims-issue';
import { FINDING_GRADE_OPTIONS } from '../../jira/aims-schema';

const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/** "Opportunity for improvement" (the Jira option) → `opportunity-for-improvement` (the domain's). */
export function findingGradeOf(option: unknown): FindingGrade | undefined {
  const index = FINDING_GRADE_OPTIONS.findIndex((o) => o === option);
  return index >= 0 ? FINDING_GRADES[index] : undefined;
}

/** An AIMS Action decided at a previous review, with its status as Jira shows it. */
export function previousActionOf(issue: AimsIssue): PreviousReviewAction {
  return {
    key: issue.key,
    summary: issue.summary,
    status: issue.statusName || 'Unknown',
    done: issue.statusCategory === 'done',
    dueDate: dayOfValue(issue.duedate),
    ownerAccountId: issue.assignee?.accountId ?? null,
  };
}

/** A Nonconformity for the trends; its source is the "Nonconformity source" field. */
export function nonconformityOf(issue: AimsIssue): ReviewTrackedItem {
  return {
    key: issue.key,
    summary: issue.summary,
    source: text(issue.values.ncSource),
    createdOn: dayOfValue(issue.created) ?? '1970-01-01',
    closedOn:
      issue.statusCategory === 'done' ? dayOfValue(issue.resolutiondate ?? issue.updated) : null,
    dueDate: dayOfValue(issue.duedate),
  };
}

/**
 * A Corrective Action for the trends; its source is that of the nonconformity it corrects
 * (when that nonconformity is among the ones read), else unspecified.
 */
export function correctiveActionOf(
  issue: AimsIssue,
  sourceByNonconformity: ReadonlyMap<string, string | null>,
): ReviewTrackedItem {
  const corrected = issue.links.find((l) => l.linkTypeKey === 'corrects')?.issue.key;
  return {
    key: issue.key,
    summary: issue.summary,
    source: corrected ? (sourceByNonconformity.get(corrected) ?? null) : null,
    createdOn: dayOfValue(issue.created) ?? '1970-01-01',
    closedOn:
      issue.statusCategory === 'done' ? dayOfValue(issue.resolutiondate ?? issue.updated) : null,
    dueDate: dayOfValue(issue.duedate),
  };
}

/** An audit finding with its grade; ungraded findings are left out (and counted by the caller). */
export function auditFindingOf(issue: AimsIssue): ReviewAuditFinding | undefined {
  const grade = findingGradeOf(issue.values.findingGrade);
  if (!grade) return undefined;
  return {
    key: issue.key,
    summary: issue.summary,
    grade,
    raisedOn: dayOfValue(issue.created) ?? '1970-01-01',
    closedOn:
      issue.statusCategory === 'done' ? dayOfValue(issue.resolutiondate ?? issue.updated) : null,
  };
}

/**
 * A risk's current level as a band id: the residual level once treatment has rated it, else the
 * inherent level; null when not assessed. Jira holds the band's label ("High").
 */
export function riskLevelOf(issue: AimsIssue, bands: readonly RiskBand[]): string | null {
  const label = text(issue.values.residualLevel) ?? text(issue.values.inherentLevel);
  if (!label) return null;
  const band = bands.find((b) => b.label.toLowerCase() === label.toLowerCase());
  return band ? band.id : label;
}

export function improvementItemOf(issue: AimsIssue): ReviewImprovementItem {
  return { key: issue.key, summary: issue.summary, done: issue.statusCategory === 'done' };
}

/** Implemented share of the applicable controls, as the SoA builder rounds it (one decimal). */
export function soaFigures(applicable: number, implemented: number) {
  return {
    applicable,
    implemented,
    implementedPercent:
      applicable === 0 ? null : Math.round((implemented / applicable) * 1000) / 10,
  };
}

/** The day after `day` (`YYYY-MM-DD`), for "before the end of the period" JQL bounds. */
export function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
