import { getControl, getObjective, normalizeIso42001Id } from '../domain/catalog';
import type { AimsLink } from '../jira/aims-issue';
import { RISK_LEVEL_FIELD_KEYS, SOA_CONTROL_FIELD_KEYS } from '../jira/aims-schema';
import { linkedIssues } from '../jira/aims-links';
import { isImplementedWithoutEvidence } from '../domain/soa';
import { utcDate } from '../domain/calendar';
import { evidenceCurrencyWarning, parseEvidenceText } from '../domain/evidence';
import { aiControlFacts } from '../jira/facts/ai-control-facts-reader';
import { formFields } from './panel-form-fields';
import type { PanelInputs } from './panel-inputs';
import { panelUser, refOfIssue, refOfLink, shownText } from './panel-issue-ref';
import type { ControlPanel, PanelIssueRef, RiskRow } from './panel-types';

/** The control's own fields: its row of the Statement of Applicability. */
export const CONTROL_PANEL_FIELDS = SOA_CONTROL_FIELD_KEYS;
export const CONTROL_LINKED_FIELDS = RISK_LEVEL_FIELD_KEYS;

/** Annex A title and objective group of a control reference; nulls for an organization control. */
export function catalogOf(reference: string | null): {
  title: string | null;
  objective: string | null;
} {
  if (!reference) return { title: null, objective: null };
  try {
    const control = getControl(normalizeIso42001Id(reference));
    const objective = getObjective(control.objectiveId);
    return { title: control.title, objective: `${objective.ref} ${objective.title}` };
  } catch {
    return { title: null, objective: null };
  }
}

function uniqueRefs(links: readonly AimsLink[]): PanelIssueRef[] {
  const seen = new Set<string>();
  return links
    .filter((l) => !seen.has(l.issue.key) && Boolean(seen.add(l.issue.key)))
    .map(refOfLink);
}

/** The AI Control view: one SoA row with its catalog entry, decision, risks and evidence. */
export function buildControlPanel({
  issue: control,
  linked,
  config,
  viewer,
  now,
}: PanelInputs): ControlPanel {
  const v = control.values;
  const names = config.issueTypeNames;
  const isoReference = shownText(v.isoReference);
  const catalog = catalogOf(isoReference);
  const applicability = shownText(v.applicability);
  const justification = shownText(v.justification);
  const implementationStatus = shownText(v.implementationStatus);
  const evidence = shownText(v.evidence);
  const risks: RiskRow[] = linkedIssues(control, 'mitigates', names.aiRisk).map((l) => {
    const risk = linked.get(l.issue.key);
    return {
      ...(risk ? refOfIssue(risk) : refOfLink(l)),
      inherentLevel: shownText(risk?.values.inherentLevel),
      residualLevel: shownText(risk?.values.residualLevel),
    };
  });
  const warnings: string[] = [];
  const missing: string[] = [];
  if (!applicability) {
    warnings.push(
      'Decide whether the control is included in or excluded from the AIMS (Statement of Applicability, 6.1.3).',
    );
    missing.push('applicability');
  }
  if (!justification) {
    warnings.push(
      'Record the justification: the SoA needs one whether the control is included or excluded (6.1.3).',
    );
    missing.push('justification');
  }
  if (applicability === 'Included' && !implementationStatus) {
    warnings.push('Record how far the included control is implemented.');
    missing.push('implementationStatus');
  }
  // The rule of the workflow's validator and of the SoA approval: the "Evidence" field or an
  // issue linked as *evidences*.
  if (isImplementedWithoutEvidence(aiControlFacts(control))) {
    warnings.push(
      'The control is marked implemented but no evidence is recorded in "Evidence" or linked as evidence.',
    );
    missing.push('evidence');
  }
  // Each evidence item stays current (7.5): its review date has not come, and it has both dates.
  const today = utcDate(now);
  for (const item of parseEvidenceText(evidence)) {
    const warning = evidenceCurrencyWarning(item, today);
    if (warning) warnings.push(warning);
  }
  if (applicability === 'Excluded' && risks.length > 0) {
    warnings.push(
      `The control is excluded, yet it is linked as mitigating ${risks.length === 1 ? 'a risk' : `${risks.length} risks`}.`,
    );
  }
  return {
    kind: 'control',
    issue: refOfIssue(control),
    isoReference,
    catalogTitle: catalog.title,
    objective: catalog.objective,
    applicability,
    justification,
    implementationStatus,
    owner: panelUser(control.assignee),
    evidence,
    warnings,
    risks,
    evidenceIssues: uniqueRefs(linkedIssues(control, 'evidences')),
    correctiveActions: uniqueRefs(
      control.links.filter(
        (l) =>
          l.issue.typeName === names.correctiveAction || l.issue.typeName === names.nonconformity,
      ),
    ),
    form: formFields(missing, v, viewer),
  };
}
