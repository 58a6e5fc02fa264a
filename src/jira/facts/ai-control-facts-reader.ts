/** Jira AI Control issue → the domain's ControlDecisionFacts (one SoA row, 6.1.3 d). */
import type { ControlDecisionFacts } from '../../domain/soa';
import type { AimsIssue } from '../aims-issue';
import { SOA_CONTROL_FIELD_KEYS } from '../aims-schema';
import { applicabilityOf, implementationStatusOf, textOf } from '../jira-option-values';

export const AI_CONTROL_FIELD_KEYS = SOA_CONTROL_FIELD_KEYS;

/**
 * The decision recorded on the control. Evidence is the "Evidence" field or any issue linked as
 * *evidences* (only whether there is one: no linked issue is named).
 */
export function aiControlFacts(control: AimsIssue): ControlDecisionFacts {
  const v = control.values;
  return {
    applicability: applicabilityOf(v.applicability),
    justification: textOf(v.justification),
    implementationStatus: implementationStatusOf(v.implementationStatus),
    hasEvidence:
      textOf(v.evidence) !== null || control.links.some((l) => l.linkTypeKey === 'evidences'),
  };
}
