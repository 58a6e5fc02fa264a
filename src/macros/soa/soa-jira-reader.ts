/**
 * Reads the SoA's records from Jira AS THE VIEWER: every AI Control issue of the AIMS project (no
 * bound: a Statement of Applicability that leaves records out is wrong) with only the fields the
 * SoA needs, in pages of 100 following `nextPageToken`; the risks each control treats from the
 * controls' `issuelinks` in the same search, and the levels of the risks the rows list (never one
 * request per issue, never a read of every risk).
 */
import { route } from '@forge/api';
import { z } from 'zod';
import { Refusal } from '../../domain/refusal';
import type { AimsIssue, AimsLinkedIssue } from '../../jira/aims-issue';
import { fieldIdOf, readAimsIssue } from '../../jira/aims-issue';
import type { AimsLinkTypeDefinition } from '../../jira/aims-schema';
import {
  AIMS_LINK_TYPES,
  RISK_LEVEL_FIELD_KEYS,
  SOA_CONTROL_FIELD_KEYS,
} from '../../jira/aims-schema';
import { searchIssues } from '../../jira/issue-search';
import type { JqlClause } from '../../jira/jql-builder';
import { jql } from '../../jira/jql-builder';
import type { ProductClient } from '../../jira/product-client';
import { ProductApiError } from '../../jira/product-client';
import type { ProvisioningState } from '../../storage/provisioning-state';
import type { SoaRiskInput } from '../../domain/soa';
import { compareIssueKeys, SOA_RISKS_LISTED } from '../../domain/soa';
import { hiddenAnnexControls } from './soa-hidden-count';
import type { RiskMatrixConfig } from '../../domain/risk';
import { riskInputOf } from './soa-record-mapping';

export interface SoaJiraRecords {
  controls: AimsIssue[];
  risks: SoaRiskInput[];
  hiddenControlCount: number;
  hiddenRiskCount: number;
}

function typeJql(state: ProvisioningState, typeKey: 'aiControl' | 'aiRisk'): JqlClause {
  const typeId = state.issueTypes[typeKey];
  if (!typeId)
    throw new Refusal(
      `Project ${state.projectKey} has no ${typeKey === 'aiControl' ? 'AI Control' : 'AI Risk'} issue type; run provisioning again from the AIMS admin page.`,
    );
  return jql.and(jql.eq('project', state.projectKey), jql.eq('issuetype', typeId));
}

/** The JQL of the SoA's controls and risks (values quoted by the builder). */
export function soaQueries(state: ProvisioningState): { controls: string; risks: string } {
  return {
    controls: jql.orderBy(typeJql(state, 'aiControl'), 'key'),
    risks: jql.orderBy(typeJql(state, 'aiRisk'), 'key'),
  };
}

/** Every risk the control `controlKey` mitigates. */
export function controlRisksClause(state: ProvisioningState, controlKey: string): JqlClause {
  return jql.and(typeJql(state, 'aiRisk'), jql.linkedIssues(controlKey, MITIGATES.outward));
}

/** The JQL of every risk the control `controlKey` mitigates (for "all of them in Jira"). */
export function controlRisksJql(state: ProvisioningState, controlKey: string): string {
  return jql.orderBy(controlRisksClause(state, controlKey), 'key');
}

const MITIGATES = AIMS_LINK_TYPES.find((t) => t.key === 'mitigates') as AimsLinkTypeDefinition;

const projectSchema = z.object({ key: z.string() });

/** Refuses, without any count, when the viewer cannot browse the project. */
async function requireBrowsable(jiraAsViewer: ProductClient, projectKey: string): Promise<void> {
  try {
    await jiraAsViewer.get(route`/rest/api/3/project/${projectKey}`, projectSchema);
  } catch (err) {
    if (err instanceof ProductApiError && (err.status === 404 || err.status === 403)) {
      throw new Refusal(
        `You cannot browse the Jira project ${projectKey}, so the Statement of Applicability cannot be shown to you.`,
      );
    }
    throw err;
  }
}

/**
 * The viewer's controls and the risks they treat, read as the viewer, and how many Annex A control
 * rows exist that the viewer cannot see (see soa-hidden-count.ts: known from the app's own
 * provisioning record, never from Jira read as the app). Which risks a control treats, and their
 * titles, come from the controls' `issuelinks` (Jira lists only the linked issues the viewer may
 * see); only the risks a row lists (its first SOA_RISKS_LISTED) are read for their levels, in
 * searches of up to 100 keys. So the requests grow with the controls and the rows, not with the
 * risks.
 */
export async function readSoaRecords(
  jiraAsViewer: ProductClient,
  state: ProvisioningState,
  matrix: RiskMatrixConfig,
): Promise<SoaJiraRecords> {
  await requireBrowsable(jiraAsViewer, state.projectKey);
  const controlFields = [
    'summary',
    'assignee',
    'issuelinks',
    ...SOA_CONTROL_FIELD_KEYS.map((k) => fieldIdOf(state, k)),
  ];
  const rawControls = await searchIssues(jiraAsViewer, {
    jql: soaQueries(state).controls,
    fields: controlFields,
  });
  const controls = rawControls.map((raw) => readAimsIssue(raw, state));
  const linked = new Map<string, SoaRiskInput>();
  const listed = new Set<string>();
  for (const control of controls) {
    const risks = mitigatedRisks(control, state);
    for (const risk of risks) linked.set(risk.key, { key: risk.key, title: risk.summary });
    for (const risk of risks.slice(0, SOA_RISKS_LISTED)) listed.add(risk.key);
  }
  for (const risk of await readListedRisks(jiraAsViewer, state, matrix, [...listed]))
    if (risk.key) linked.set(risk.key, risk);
  return {
    controls,
    risks: [...linked.values()],
    hiddenControlCount: hiddenAnnexControls(state.controls, new Set(rawControls.map((c) => c.key))),
    hiddenRiskCount: 0,
  };
}

/** The AI Risks a control mitigates (its outward "mitigates" links), in the order rows list them. */
function mitigatedRisks(control: AimsIssue, state: ProvisioningState): AimsLinkedIssue[] {
  const riskType = state.issueTypes.aiRisk;
  const byKey = new Map<string, AimsLinkedIssue>();
  for (const link of control.links)
    if (
      link.linkTypeKey === 'mitigates' &&
      link.direction === 'outward' &&
      link.issue.key &&
      link.issue.typeId === riskType
    )
      byKey.set(link.issue.key, link.issue);
  return [...byKey.values()].sort((a, b) => compareIssueKeys(a.key, b.key));
}

/** How many keys one search names (a page of 100 issues with fields holds them all). */
const KEYS_PER_SEARCH = 100;

/** The listed risks with their levels, in searches of KEYS_PER_SEARCH keys at once. */
async function readListedRisks(
  jiraAsViewer: ProductClient,
  state: ProvisioningState,
  matrix: RiskMatrixConfig,
  keys: readonly string[],
): Promise<SoaRiskInput[]> {
  const fields = ['summary', ...RISK_LEVEL_FIELD_KEYS.map((k) => fieldIdOf(state, k))];
  const batches: string[][] = [];
  for (let i = 0; i < keys.length; i += KEYS_PER_SEARCH)
    batches.push(keys.slice(i, i + KEYS_PER_SEARCH));
  const found = await Promise.all(
    batches.map((batch) => searchIssues(jiraAsViewer, { jql: jql.in('key', batch), fields })),
  );
  return found.flat().map((raw) => riskInputOf(matrix, readAimsIssue(raw, state)));
}
