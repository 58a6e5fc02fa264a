/** Jira Audit issue → AuditFacts (9.2.2). */
import type { AuditFacts } from '../../domain/audit-programme';
import type { AimsIssue } from '../aims-issue';
import { accountIdOf, textOf } from '../jira-option-values';

export { AUDIT_FIELD_KEYS } from '../aims-schema/field-groups';

export function auditFacts(audit: AimsIssue): AuditFacts {
  const v = audit.values;
  return {
    objectives: textOf(v.auditObjectives),
    scopeAndCriteria: textOf(v.auditScope),
    cycle: textOf(v.auditCycle),
    coverage: textOf(v.auditCoverage),
    leadAuditorAccountId: accountIdOf(v.leadAuditor),
    auditeeAccountId: accountIdOf(v.auditee),
    reportUrl: textOf(v.auditReport),
  };
}
