import type { AimsIssue, AimsLink, UserRef } from '../jira/aims-issue';
import type { PanelIssueRef, PanelUser } from './panel-types';

/** The short reference of an issue the panel lists. */
export function refOfIssue(issue: AimsIssue): PanelIssueRef {
  return {
    key: issue.key,
    summary: issue.summary,
    typeName: issue.typeName,
    statusName: issue.statusName,
    statusCategory: issue.statusCategory,
  };
}

/** The reference of a linked issue as Jira's `issuelinks` gives it. */
export function refOfLink(link: AimsLink): PanelIssueRef {
  return {
    key: link.issue.key,
    summary: link.issue.summary,
    typeName: link.issue.typeName,
    statusName: link.issue.statusName,
    statusCategory: link.issue.statusCategory,
  };
}

export function panelUser(user: UserRef | null | undefined): PanelUser | null {
  return user
    ? { accountId: user.accountId, displayName: user.displayName ?? user.accountId }
    : null;
}

/** Text of a field value for display (null when not recorded). */
export function shownText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() ? value : null;
  if (typeof value === 'number') return String(value);
  return null;
}

/** True when a due date (YYYY-MM-DD) has passed and the issue is not done. */
export function isOverdue(duedate: string | null, statusCategory: string, today: string): boolean {
  return Boolean(duedate) && statusCategory !== 'done' && (duedate as string) < today;
}

/** Today's date (UTC) as YYYY-MM-DD. */
export const isoDay = (now: Date): string => now.toISOString().slice(0, 10);
