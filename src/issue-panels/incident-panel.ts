import {
  closingRequirements,
  conclusionRequirements,
  incidentRaisesNonconformity,
  investigationRequirements,
} from '../domain/incident';
import { linkedIssues } from '../jira/aims-links';
import {
  AI_INCIDENT_FIELD_KEYS,
  incidentFacts,
  incidentStateOf,
} from '../jira/facts/incident-facts-reader';
import { panelFacts } from './panel-facts';
import type { PanelInputs } from './panel-inputs';
import { refOfIssue, refOfLink } from './panel-issue-ref';
import { nextSteps } from './panel-next-steps';
import type { IncidentPanel } from './panel-types';

export const INCIDENT_PANEL_FIELDS = AI_INCIDENT_FIELD_KEYS;

/** The guard of each validated step of the incident workflow, by its transition key. */
const STEP_REQUIREMENTS = {
  investigate: investigationRequirements,
  conclude: conclusionRequirements,
  close: closingRequirements,
} as const;

/**
 * The AI Incident view (A.3.3, A.8.4, A.8.5, 10.2): what the report and its conclusion record,
 * where it stands and what its next step still needs, the AI systems it affects and the
 * Nonconformity a breach raised (or a notice while it is being raised).
 */
export function buildIncidentPanel({ issue: incident, config }: PanelInputs): IncidentPanel {
  const names = config.issueTypeNames;
  const facts = incidentFacts(incident, config);
  const nonconformities = linkedIssues(incident, 'raises', names.nonconformity).map(refOfLink);
  const raising =
    incidentRaisesNonconformity(incidentStateOf(incident.statusKey), facts) &&
    nonconformities.length === 0;
  return {
    kind: 'incident',
    issue: refOfIssue(incident),
    facts: panelFacts(incident, AI_INCIDENT_FIELD_KEYS),
    breachNotice: raising
      ? 'A breached requirement is recorded: the app is raising its Nonconformity (10.2). It appears here once raised.'
      : null,
    aiSystems: linkedIssues(incident, 'affects', names.aiSystem).map(refOfLink),
    nonconformities,
    next: nextSteps('aiIncident', incident.statusKey, (t) =>
      t.key in STEP_REQUIREMENTS
        ? STEP_REQUIREMENTS[t.key as keyof typeof STEP_REQUIREMENTS](facts)
        : [],
    ),
  };
}
