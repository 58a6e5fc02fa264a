/** Jira Audit Finding issue → AuditFindingFacts. */
import type { AimsIssue } from '../aims-issue';
import type { AppConfig } from '../../storage/app-config';
import { isDoneLink, linkedIssues } from '../aims-links';
import type { AuditFindingFacts } from '../../domain/nonconformity';
import { findingGrade } from '../jira-option-values';

export const AUDIT_FINDING_FIELD_KEYS = ['findingGrade', 'isoReference'] as const;

/** The Nonconformities a finding raised ('raises' links to Nonconformity issues). */
export function raisedNonconformities(
  finding: AimsIssue,
  config: AppConfig,
): { key: string; closed: boolean }[] {
  return linkedIssues(finding, 'raises', config.issueTypeNames.nonconformity).map((l) => ({
    key: l.issue.key,
    closed: isDoneLink(l),
  }));
}

export function auditFindingFacts(finding: AimsIssue, config: AppConfig): AuditFindingFacts {
  return {
    grade: findingGrade(finding.values.findingGrade),
    nonconformities: raisedNonconformities(finding, config),
  };
}
