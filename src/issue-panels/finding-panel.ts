import { linkedIssues } from '../jira/aims-links';
import {
  AUDIT_FINDING_FIELD_KEYS,
  auditFindingFacts,
} from '../jira/facts/audit-finding-facts-reader';
import { auditFindingRequirements } from '../domain/nonconformity';
import { isNonconformityGrade } from '../domain/records';
import { nonconformityFacts } from '../jira/facts/nonconformity-facts-reader';
import { nonconformityProgressView } from './nonconformity-progress-view';
import { correctiveActionSnapshots } from './nonconformity-panel';
import { formFields } from './panel-form-fields';
import type { PanelInputs } from './panel-inputs';
import { refOfIssue, refOfLink, shownText } from './panel-issue-ref';
import { nextSteps } from './panel-next-steps';
import type { FindingPanel } from './panel-types';

export const FINDING_PANEL_FIELDS = AUDIT_FINDING_FIELD_KEYS;

/**
 * The Audit Finding view: grade, the Nonconformity it raised and that Nonconformity's 10.2
 * progress. `linked` holds the raised Nonconformities (with their fields and links) and their
 * Corrective Actions.
 */
export function buildFindingPanel({
  issue: finding,
  linked,
  config,
  viewer,
}: PanelInputs): FindingPanel {
  const names = config.issueTypeNames;
  const facts = auditFindingFacts(finding, config);
  const nonconformities = linkedIssues(finding, 'raises', names.nonconformity).map((l) => {
    const nc = linked.get(l.issue.key);
    if (!nc) return { issue: refOfLink(l), progress: { state: null, steps: [], next: [] } };
    const ncFacts = nonconformityFacts(
      nc,
      correctiveActionSnapshots(nc, linked, names.correctiveAction),
    );
    return { issue: refOfIssue(nc), progress: nonconformityProgressView(nc, ncFacts).view };
  });
  const next = nextSteps('auditFinding', finding.statusKey, (t) =>
    t.key === 'ncRaised' || t.key === 'close' ? auditFindingRequirements(t.key, facts) : [],
  );
  return {
    kind: 'finding',
    issue: refOfIssue(finding),
    grade: shownText(finding.values.findingGrade),
    isoReference: shownText(finding.values.isoReference),
    raisesNonconformity: isNonconformityGrade(facts.grade),
    nonconformities,
    next,
    form: facts.grade ? [] : formFields(['findingGrade'], finding.values, viewer),
  };
}
