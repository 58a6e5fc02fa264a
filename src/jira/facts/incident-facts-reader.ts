/** Jira AI Incident issue → the domain's IncidentFacts and state (A.3.3, A.8.4, A.8.5, 10.2). */
import type { IncidentFacts, IncidentState } from '../../domain/incident';
import type { AppConfig } from '../../storage/app-config';
import type { AimsIssue } from '../aims-issue';
import { AI_INCIDENT_CONCLUSION_FIELD_KEYS, AI_INCIDENT_REPORT_FIELD_KEYS } from '../aims-schema';
import { isDoneLink, linkedIssues } from '../aims-links';
import { accountIdOf, textOf, yesNo } from '../jira-option-values';

/** Every field the incident's guards read. */
export const AI_INCIDENT_FIELD_KEYS = [
  ...AI_INCIDENT_REPORT_FIELD_KEYS,
  ...AI_INCIDENT_CONCLUSION_FIELD_KEYS,
] as const;

const INCIDENT_STATES: Record<string, IncidentState> = {
  incidentReported: 'reported',
  incidentInvestigating: 'investigating',
  incidentConcluded: 'concluded',
  incidentClosed: 'closed',
};

export function incidentStateOf(statusKey: string | undefined): IncidentState | undefined {
  return statusKey ? INCIDENT_STATES[statusKey] : undefined;
}

/** The facts of an incident: its fields, the AI systems it affects and the Nonconformities it raised. */
export function incidentFacts(incident: AimsIssue, config: AppConfig): IncidentFacts {
  const v = incident.values;
  const names = config.issueTypeNames;
  const raised = linkedIssues(incident, 'raises', names.nonconformity);
  return {
    severity: textOf(v.incidentSeverity),
    detectedHow: textOf(v.detectedHow),
    reportedByAccountId: accountIdOf(v.incidentReportedBy),
    individualsAffected: textOf(v.individualsAffected),
    aiSystems: linkedIssues(incident, 'affects', names.aiSystem).map((l) => l.issue.key),
    externalReporting: yesNo(v.externalReporting),
    externalReportingTo: textOf(v.externalReportingTo),
    requirementBreached: yesNo(v.requirementBreached),
    breachedRequirement: textOf(v.breachedRequirement),
    nonconformities: raised.map((l) => l.issue.key),
    standingNonconformities: raised.filter((l) => !isDoneLink(l)).map((l) => l.issue.key),
  };
}
