import type { AimsIssueTypeKey } from '../jira/aims-schema';
import { CONTROL_LINKED_FIELDS, CONTROL_PANEL_FIELDS } from './control-panel';
import { AI_SYSTEM_LINKED_FIELDS, AI_SYSTEM_PANEL_FIELDS } from './ai-system-panel';
import { COMPETENCE_RECORD_PANEL_FIELDS } from './competence-record-panel';
import { IMPACT_ASSESSMENT_PANEL_FIELDS } from './impact-assessment-panel';
import { INCIDENT_PANEL_FIELDS } from './incident-panel';
import { CORRECTIVE_ACTION_PANEL_FIELDS } from './corrective-action-panel';
import { FINDING_PANEL_FIELDS } from './finding-panel';
import { NONCONFORMITY_LINKED_FIELDS, NONCONFORMITY_PANEL_FIELDS } from './nonconformity-panel';
import { RISK_LINKED_FIELDS, RISK_PANEL_FIELDS } from './risk-panel';
import { AUDIT_FIELD_KEYS } from '../jira/facts/audit-facts-reader';

/** Only the fields each panel reads: of the issue itself, and of its linked issues. */
export const PANEL_FIELDS: Readonly<
  Partial<Record<AimsIssueTypeKey, { own: readonly string[]; linked: readonly string[] }>>
> = {
  nonconformity: { own: NONCONFORMITY_PANEL_FIELDS, linked: NONCONFORMITY_LINKED_FIELDS },
  aiRisk: { own: RISK_PANEL_FIELDS, linked: RISK_LINKED_FIELDS },
  aiControl: { own: CONTROL_PANEL_FIELDS, linked: CONTROL_LINKED_FIELDS },
  aiSystem: { own: AI_SYSTEM_PANEL_FIELDS, linked: AI_SYSTEM_LINKED_FIELDS },
  impactAssessment: { own: IMPACT_ASSESSMENT_PANEL_FIELDS, linked: [] },
  aiIncident: { own: INCIDENT_PANEL_FIELDS, linked: [] },
  // A finding's linked Nonconformities are shown with their 10.2 progress.
  auditFinding: { own: FINDING_PANEL_FIELDS, linked: NONCONFORMITY_PANEL_FIELDS },
  correctiveAction: { own: CORRECTIVE_ACTION_PANEL_FIELDS, linked: [] },
  competenceRecord: { own: COMPETENCE_RECORD_PANEL_FIELDS, linked: [] },
  // An audit's plan, weighed for its next step (its panel is the generic one, with actions).
  audit: { own: AUDIT_FIELD_KEYS, linked: [] },
};

/** Every field some panel reads from an issue (when its type is not known before reading it). */
export const ALL_OWN_PANEL_FIELDS: readonly string[] = [
  ...new Set(Object.values(PANEL_FIELDS).flatMap((f) => f?.own ?? [])),
];
