import { DEFAULT_RISK_MATRIX } from '../domain/risk';
import type { AimsIssue } from '../jira/aims-issue';
import { readAimsIssue, searchFieldsFor } from '../jira/aims-issue';
import type { AimsIssueTypeKey } from '../jira/aims-schema';
import { searchIssues } from '../jira/issue-search';
import { jql } from '../jira/jql-builder';
import type { ProductClient } from '../jira/product-client';
import type { ActiveAims } from '../jira/active-aims';
import { issueTypeKeyOfId } from '../jira/active-aims';
import { loadAimsIssue } from '../jira/aims-issue-loader';
import { linkedIssues } from '../jira/aims-links';
import { buildAiSystemPanel } from './ai-system-panel';
import { buildControlPanel } from './control-panel';
import { buildCorrectiveActionPanel } from './corrective-action-panel';
import { buildFindingPanel } from './finding-panel';
import { buildGenericPanel } from './generic-panel';
import { buildImpactAssessmentPanel } from './impact-assessment-panel';
import { buildNonconformityPanel } from './nonconformity-panel';
import { ALL_OWN_PANEL_FIELDS, PANEL_FIELDS } from './panel-fields-by-type';
import type { PanelInputs } from './panel-inputs';
import type { IssuePanelView, PanelUser } from './panel-types';
import { buildRiskPanel } from './risk-panel';

/**
 * Panels that read their linked issues' own links (a finding's Nonconformities and a corrective
 * action's, to show their 10.2 progress; an AI system's risks, for the controls treating them);
 * the others leave `issuelinks` out of the linked search.
 */
const LINKED_WITH_LINKS: ReadonlySet<AimsIssueTypeKey> = new Set([
  'auditFinding',
  'correctiveAction',
  'aiSystem',
]);

/** Builds the view of an issue once it and its linked issues are read. */
export function buildPanel(inputs: PanelInputs): IssuePanelView {
  switch (inputs.issue.typeKey) {
    case 'nonconformity':
      return buildNonconformityPanel(inputs);
    case 'aiRisk':
      return buildRiskPanel(inputs, DEFAULT_RISK_MATRIX);
    case 'aiControl':
      return buildControlPanel(inputs);
    case 'aiSystem':
      return buildAiSystemPanel(inputs);
    case 'impactAssessment':
      return buildImpactAssessmentPanel(inputs);
    case 'auditFinding':
      return buildFindingPanel(inputs);
    case 'correctiveAction':
      return buildCorrectiveActionPanel(inputs);
    default:
      return buildGenericPanel(inputs);
  }
}

/**
 * Every issue linked to `issueKeys` with the given extra fields, in ONE search (pages of 100, all
 * of them: a panel that left linked issues out would show a wrong 10.2 progress), as the client's
 * user.
 */
async function searchLinked(
  client: ProductClient,
  aims: ActiveAims,
  issueKeys: readonly string[],
  fieldKeys: readonly string[],
  withLinks: boolean,
): Promise<AimsIssue[]> {
  if (issueKeys.length === 0) return [];
  const where = issueKeys.map((k) => jql.linkedIssues(k));
  const fields = searchFieldsFor(aims.state, fieldKeys).filter(
    (f) => withLinks || f !== 'issuelinks',
  );
  const found = await searchIssues(client, {
    jql: where.length === 1 ? (where[0] as string) : jql.or(...where),
    fields,
  });
  return found.map((raw) => readAimsIssue(raw, aims.state));
}

/**
 * Reads the issue (only the fields its panel needs) and its linked issues as the viewer, then
 * builds the panel. Links the viewer cannot see are not in Jira's answer, so they never appear.
 * A finding's panel needs one more search: the Corrective Actions of the Nonconformities it raised.
 */
export async function loadIssuePanel(
  client: ProductClient,
  aims: ActiveAims,
  request: { issueKey: string; issueTypeId?: string; viewer: PanelUser | null; now: Date },
): Promise<IssuePanelView> {
  const knownType = issueTypeKeyOfId(aims.state, request.issueTypeId) as
    AimsIssueTypeKey | undefined;
  const fields = knownType ? (PANEL_FIELDS[knownType] ?? { own: [], linked: [] }) : undefined;
  const issue = await loadAimsIssue(
    client,
    aims.state,
    request.issueKey,
    fields?.own ?? ALL_OWN_PANEL_FIELDS,
  );
  const own = PANEL_FIELDS[issue.typeKey as AimsIssueTypeKey] ?? { own: [], linked: [] };
  const linked = new Map<string, AimsIssue>();
  if (issue.typeKey && issue.links.length > 0 && issue.typeKey in PANEL_FIELDS) {
    const withLinks = LINKED_WITH_LINKS.has(issue.typeKey);
    for (const found of await searchLinked(client, aims, [issue.key], own.linked, withLinks))
      linked.set(found.key, found);
  }
  if (issue.typeKey === 'auditFinding') {
    const ncKeys = linkedIssues(issue, 'raises', aims.config.issueTypeNames.nonconformity)
      .map((l) => l.issue.key)
      .filter((k) => linked.get(k)?.links.some((l) => l.linkTypeKey === 'corrects'));
    for (const found of await searchLinked(client, aims, ncKeys, [], false))
      if (!linked.has(found.key)) linked.set(found.key, found);
  }
  return buildPanel({
    issue,
    linked,
    config: aims.config,
    viewer: request.viewer,
    now: request.now,
  });
}
