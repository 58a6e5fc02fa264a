import { operationRequirements } from '../domain/ai-system';
import { AI_SYSTEM_INVENTORY_FIELD_KEYS, RISK_LEVEL_FIELD_KEYS } from '../jira/aims-schema';
import { linkedIssues } from '../jira/aims-links';
import { aiSystemFacts } from '../jira/facts/ai-system-facts-reader';
import { panelFacts } from './panel-facts';
import type { PanelInputs } from './panel-inputs';
import { refOfIssue, refOfLink, shownText } from './panel-issue-ref';
import { nextSteps } from './panel-next-steps';
import type { AiSystemPanel, IncidentRow, PanelIssueRef, RiskRow } from './panel-types';

export const AI_SYSTEM_PANEL_FIELDS = AI_SYSTEM_INVENTORY_FIELD_KEYS;
/** Read from its linked issues in the panel's one search: risk levels, incident severities. */
export const AI_SYSTEM_LINKED_FIELDS = [...RISK_LEVEL_FIELD_KEYS, 'incidentSeverity'] as const;

/**
 * The AI System view: its inventory, where it stands in its life cycle and what going into
 * operation still needs, its risks with levels, impact assessments, controls (via the risks),
 * open NCs and the AI incidents affecting it (open ones first, then the latest).
 */
export function buildAiSystemPanel({ issue: system, linked, config }: PanelInputs): AiSystemPanel {
  const names = config.issueTypeNames;
  const facts = aiSystemFacts(system, config);
  const riskLinks = linkedIssues(system, 'affects', names.aiRisk);
  const risks: RiskRow[] = riskLinks.map((l) => {
    const risk = linked.get(l.issue.key);
    return {
      ...(risk ? refOfIssue(risk) : refOfLink(l)),
      inherentLevel: shownText(risk?.values.inherentLevel),
      residualLevel: shownText(risk?.values.residualLevel),
    };
  });
  const controls = new Map<string, PanelIssueRef>();
  for (const l of riskLinks) {
    const risk = linked.get(l.issue.key);
    if (!risk) continue;
    for (const c of linkedIssues(risk, 'mitigates', names.aiControl))
      if (!controls.has(c.issue.key)) controls.set(c.issue.key, refOfLink(c));
  }
  const openNonconformities = new Map<string, PanelIssueRef>();
  for (const l of system.links) {
    if (
      l.issue.typeName === names.nonconformity &&
      l.issue.statusCategory !== 'done' &&
      !openNonconformities.has(l.issue.key)
    ) {
      openNonconformities.set(l.issue.key, refOfLink(l));
    }
  }
  const incidents: IncidentRow[] = linkedIssues(system, 'affects', names.aiIncident).map((l) => {
    const incident = linked.get(l.issue.key);
    return {
      ...(incident ? refOfIssue(incident) : refOfLink(l)),
      severity: shownText(incident?.values.incidentSeverity),
    };
  });
  return {
    kind: 'aiSystem',
    issue: refOfIssue(system),
    inventory: panelFacts(system, AI_SYSTEM_INVENTORY_FIELD_KEYS),
    next: nextSteps('aiSystem', system.statusKey, () => operationRequirements(facts)),
    risks,
    impactAssessments: linkedIssues(system, 'assesses', names.impactAssessment).map(refOfLink),
    controls: [...controls.values()].sort((a, b) =>
      a.key.localeCompare(b.key, 'en', { numeric: true }),
    ),
    openNonconformities: [...openNonconformities.values()],
    incidents: incidents.sort(openFirstThenLatest),
  };
}

const isDone = (row: PanelIssueRef): boolean => row.statusCategory === 'done';

/** Open incidents before closed ones; within each, the latest reported (highest key) first. */
function openFirstThenLatest(a: PanelIssueRef, b: PanelIssueRef): number {
  if (isDone(a) !== isDone(b)) return isDone(a) ? 1 : -1;
  return b.key.localeCompare(a.key, 'en', { numeric: true });
}
