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
import { loadCompetenceRequirements } from '../storage/competence-requirements';
import { loadRiskMatrix } from '../storage/risk-matrix';
import { riskDeciders } from '../jira/facts/ai-risk-facts-reader';
import { membersOfGroupAmong } from '../jira/people';
import { buildAiSystemPanel } from './ai-system-panel';
import { buildCompetenceRecordPanel } from './competence-record-panel';
import { buildControlPanel } from './control-panel';
import { buildCorrectiveActionPanel } from './corrective-action-panel';
import { buildFindingPanel } from './finding-panel';
import { buildGenericPanel } from './generic-panel';
import { buildImpactAssessmentPanel } from './impact-assessment-panel';
import { buildIncidentPanel } from './incident-panel';
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
      return buildRiskPanel(inputs, inputs.matrix);
    case 'aiControl':
      return buildControlPanel(inputs);
    case 'aiSystem':
      return buildAiSystemPanel(inputs);
    case 'impactAssessment':
      return buildImpactAssessmentPanel(inputs);
    case 'aiIncident':
      return buildIncidentPanel(inputs);
    case 'auditFinding':
      return buildFindingPanel(inputs);
    case 'correctiveAction':
      return buildCorrectiveActionPanel(inputs);
    case 'competenceRecord':
      return buildCompetenceRecordPanel(inputs);
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

/** The issue with its linked issues, as `loadIssuePanel` reads them. */
interface IssueWithLinked {
  issue: AimsIssue;
  linked: Map<string, AimsIssue>;
}

/** A linked issue as its panel reads it: its own links only when the panel uses them. */
function asLinked(found: AimsIssue, withLinks: boolean): AimsIssue {
  return withLinks ? found : { ...found, links: [] };
}

/**
 * The issue and every issue linked to it in ONE search (`key = X OR issue in linkedIssues(X)`, pages
 * of 100, all of them), as the client's user. Search is eventually consistent, so the issue is
 * reconciled by its id (`reconcileIssues`): it is read as it is now, as `GET /issue` would read it,
 * e.g. just after `updateFields` wrote it. Undefined when the search does not return the issue
 * under the type the context named (the type changed meanwhile): the caller reads it on its own.
 */
async function searchIssueWithLinked(
  client: ProductClient,
  aims: ActiveAims,
  target: { issueKey: string; issueId: string; typeKey: AimsIssueTypeKey },
): Promise<IssueWithLinked | undefined> {
  const fields = PANEL_FIELDS[target.typeKey] ?? { own: [], linked: [] };
  const withLinks = LINKED_WITH_LINKS.has(target.typeKey);
  const found = await searchIssues(client, {
    jql: jql.or(jql.eq('key', target.issueKey), jql.linkedIssues(target.issueKey)),
    fields: searchFieldsFor(aims.state, [...new Set([...fields.own, ...fields.linked])]),
    reconcileIssueIds: [target.issueId],
  });
  const issues = found.map((raw) => readAimsIssue(raw, aims.state));
  const issue = issues.find((i) => i.id === target.issueId);
  if (!issue) throw new Error(`Issue ${target.issueKey} does not exist or you cannot see it.`);
  if (issue.typeKey !== target.typeKey) return undefined;
  const selfLinked = issue.links.some((l) => l.issue.key === issue.key);
  const linked = new Map<string, AimsIssue>();
  for (const other of issues)
    if (other.id !== issue.id || selfLinked) linked.set(other.key, asLinked(other, withLinks));
  return { issue, linked };
}

/**
 * The issue read on its own (`GET /issue`), then its linked issues in one search: when the
 * context does not name the issue's id and type, which decide the fields to read and the issue to
 * reconcile.
 */
async function readIssueThenLinked(
  client: ProductClient,
  aims: ActiveAims,
  issueKey: string,
  knownType: AimsIssueTypeKey | undefined,
): Promise<IssueWithLinked> {
  const fields = knownType ? (PANEL_FIELDS[knownType] ?? { own: [], linked: [] }) : undefined;
  const issue = await loadAimsIssue(
    client,
    aims.state,
    issueKey,
    fields?.own ?? ALL_OWN_PANEL_FIELDS,
  );
  const own = PANEL_FIELDS[issue.typeKey as AimsIssueTypeKey] ?? { own: [], linked: [] };
  const linked = new Map<string, AimsIssue>();
  if (issue.typeKey && issue.links.length > 0 && issue.typeKey in PANEL_FIELDS) {
    const withLinks = LINKED_WITH_LINKS.has(issue.typeKey);
    for (const found of await searchLinked(client, aims, [issue.key], own.linked, withLinks))
      linked.set(found.key, found);
  }
  return { issue, linked };
}

/**
 * Reads the issue (only the fields its panel needs) and its linked issues as the viewer, then
 * builds the panel: one search for both when the context names the issue's id and an AIMS type
 * (as Forge's issue panel context does). Links the viewer cannot see are not in Jira's answer, so
 * they never appear. A finding's panel needs one more search: the Corrective Actions of the
 * Nonconformities it raised.
 */
export async function loadIssuePanel(
  client: ProductClient,
  aims: ActiveAims,
  request: {
    issueKey: string;
    issueId?: string;
    issueTypeId?: string;
    viewer: PanelUser | null;
    now: Date;
  },
): Promise<IssuePanelView> {
  const knownType = issueTypeKeyOfId(aims.state, request.issueTypeId) as
    AimsIssueTypeKey | undefined;
  const searched =
    knownType && request.issueId && knownType in PANEL_FIELDS
      ? await searchIssueWithLinked(client, aims, {
          issueKey: request.issueKey,
          issueId: request.issueId,
          typeKey: knownType,
        })
      : undefined;
  const { issue, linked } =
    searched ?? (await readIssueThenLinked(client, aims, request.issueKey, knownType));
  if (issue.typeKey === 'auditFinding') {
    const ncKeys = linkedIssues(issue, 'raises', aims.config.issueTypeNames.nonconformity)
      .map((l) => l.issue.key)
      .filter((k) => linked.get(k)?.links.some((l) => l.linkTypeKey === 'corrects'));
    for (const found of await searchLinked(client, aims, ncKeys, [], false))
      if (!linked.has(found.key)) linked.set(found.key, found);
  }
  // Who of the risk's deciders is an AIMS manager, as the viewer may see it (a viewer without
  // "Browse users and groups" is refused: the panel then counts no manager; the validator decides).
  const managerAccountIds =
    issue.typeKey === 'aiRisk'
      ? await membersOfGroupAmong(client, riskDeciders(issue), aims.config.managerGroup).catch(
          () => [],
        )
      : [];
  const competenceRequirements =
    issue.typeKey === 'competenceRecord'
      ? await loadCompetenceRequirements(aims.state.projectKey)
      : undefined;
  return buildPanel({
    issue,
    linked,
    managerAccountIds,
    ...(competenceRequirements ? { competenceRequirements } : {}),
    config: aims.config,
    matrix: await loadRiskMatrix(),
    viewer: request.viewer,
    now: request.now,
  });
}
