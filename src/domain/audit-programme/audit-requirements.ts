/**
 * What an internal audit needs before each step of its workflow (9.2.2): before fieldwork, its
 * objectives, scope and criteria, the programme cycle, the requirements it covers, a lead auditor
 * and an auditee who are not the same person (auditors do not audit their own work); before it is
 * closed, its report.
 */
import { reasonsIn } from '../lifecycle/reason';
import type { Reason } from '../lifecycle/reason';
import { hasText } from '../lifecycle/has-text';
import { parseCoverageRefs } from './audit-coverage-refs';

export interface AuditFacts {
  readonly objectives: string | null;
  readonly scopeAndCriteria: string | null;
  readonly cycle: string | null;
  readonly coverage: string | null;
  readonly leadAuditorAccountId: string | null;
  readonly auditeeAccountId: string | null;
  readonly reportUrl: string | null;
}

export type AuditTransition = 'start' | 'report' | 'close';

/** What an audit's steps need, each a message key `audit.<code>`. */
export const AUDIT_REASON_CODES = [
  'objectives-missing',
  'scope-missing',
  'cycle-missing',
  'coverage-unknown',
  'coverage-missing',
  'lead-auditor-missing',
  'auditee-missing',
  'auditor-not-impartial',
  'report-missing',
] as const;

const reason = reasonsIn<(typeof AUDIT_REASON_CODES)[number]>('audit');

function planRequirements(facts: AuditFacts): Reason[] {
  const reasons: Reason[] = [];
  if (!hasText(facts.objectives))
    reasons.push(reason('objectives-missing', 'Record the audit objectives (9.2.2).'));
  if (!hasText(facts.scopeAndCriteria))
    reasons.push(reason('scope-missing', 'Record the audit scope and criteria (9.2.2 b).'));
  if (!hasText(facts.cycle))
    reasons.push(
      reason(
        'cycle-missing',
        'Name the audit programme cycle this audit belongs to, e.g. 2026 (9.2.2).',
      ),
    );
  const coverage = parseCoverageRefs(facts.coverage);
  if (coverage.unknown.length > 0)
    reasons.push(
      reason(
        'coverage-unknown',
        `"Requirements audited" names what is not a clause 4–10 sub-clause or Annex A control: ${coverage.unknown.join(', ')}.`,
        { refs: coverage.unknown.join(', ') },
      ),
    );
  else if (coverage.refs.length === 0)
    reasons.push(
      reason(
        'coverage-missing',
        'List the clauses and Annex A controls the audit covers in "Requirements audited", e.g. 6.1.2, 9.3, A.6.2.4 (9.2.2).',
      ),
    );
  if (!hasText(facts.leadAuditorAccountId))
    reasons.push(reason('lead-auditor-missing', 'Name the lead auditor (9.2.2 c).'));
  if (!hasText(facts.auditeeAccountId))
    reasons.push(reason('auditee-missing', 'Name the auditee, who answers for the audited area.'));
  if (hasText(facts.leadAuditorAccountId) && facts.leadAuditorAccountId === facts.auditeeAccountId)
    reasons.push(
      reason(
        'auditor-not-impartial',
        'The lead auditor is the auditee: auditors must be objective and impartial and do not audit their own work (9.2.2 c).',
      ),
    );
  return reasons;
}

/** Every unmet requirement of the step; empty when the audit may move on. */
export function auditRequirements(transition: AuditTransition, facts: AuditFacts): Reason[] {
  const reasons = planRequirements(facts);
  if (transition === 'close' && !hasText(facts.reportUrl))
    reasons.push(
      reason(
        'report-missing',
        'Link the audit report in "Audit report": the results are reported to management before the audit is closed (9.2.2 d).',
      ),
    );
  return reasons;
}
