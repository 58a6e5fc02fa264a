/**
 * Reads the SoA's records from Jira AS THE VIEWER: every AI Control and AI Risk issue of the AIMS
 * project (no bound: a Statement of Applicability that leaves records out is wrong), with only
 * the fields the SoA needs, in pages of 100 following `nextPageToken`. Links come from the
 * controls' `issuelinks` in the same search (never one request per issue). Each page of risks is
 * turned into the builder's small risk records as it arrives, so the issues themselves are not
 * held.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import { Refusal } from '../../domain/refusal';
import type { AimsIssue } from '../../jira/aims-issue';
import { fieldIdOf, readAimsIssue } from '../../jira/aims-issue';
import type { AimsLinkTypeDefinition } from '../../jira/aims-schema';
import {
  AIMS_LINK_TYPES,
  RISK_LEVEL_FIELD_KEYS,
  SOA_CONTROL_FIELD_KEYS,
} from '../../jira/aims-schema';
import type { SearchOptions } from '../../jira/issue-search';
import { searchIssues, searchPages } from '../../jira/issue-search';
import type { JqlClause } from '../../jira/jql-builder';
import { jql } from '../../jira/jql-builder';
import type { ProductClient } from '../../jira/product-client';
import { ProductApiError } from '../../jira/product-client';
import type { ProvisioningState } from '../../storage/provisioning-state';
import type { SoaRiskInput } from '../../domain/soa';
import { hiddenAnnexControls } from './soa-hidden-count';
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

/** The JQL of every risk the control `controlKey` mitigates (for "all of them in Jira"). */
export function controlRisksJql(state: ProvisioningState, controlKey: string): string {
  return jql.orderBy(
    jql.and(typeJql(state, 'aiRisk'), jql.linkedIssues(controlKey, MITIGATES.outward)),
    'key',
  );
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
 * The viewer's controls and risks, read as the viewer, and how many Annex A control rows exist
 * that the viewer cannot see (see soa-hidden-count.ts: known from the app's own provisioning
 * record, never from Jira read as the app).
 */
export async function readSoaRecords(
  jiraAsViewer: ProductClient,
  state: ProvisioningState,
): Promise<SoaJiraRecords> {
  await requireBrowsable(jiraAsViewer, state.projectKey);
  const queries = soaQueries(state);
  const controlFields = [
    'summary',
    'assignee',
    'issuelinks',
    ...SOA_CONTROL_FIELD_KEYS.map((k) => fieldIdOf(state, k)),
  ];
  const riskFields = ['summary', ...RISK_LEVEL_FIELD_KEYS.map((k) => fieldIdOf(state, k))];
  const [rawControls, risks] = await Promise.all([
    searchIssues(jiraAsViewer, { jql: queries.controls, fields: controlFields }),
    readRisks(jiraAsViewer, state, { jql: queries.risks, fields: riskFields }),
  ]);
  return {
    controls: rawControls.map((raw) => readAimsIssue(raw, state)),
    risks,
    hiddenControlCount: hiddenAnnexControls(state.controls, new Set(rawControls.map((c) => c.key))),
    hiddenRiskCount: 0,
  };
}

/** Every risk of the search as the builder's risk record, page by page. */
async function readRisks(
  jiraAsViewer: ProductClient,
  state: ProvisioningState,
  search: SearchOptions,
): Promise<SoaRiskInput[]> {
  const risks: SoaRiskInput[] = [];
  for await (const page of searchPages(jiraAsViewer, search))
    for (const raw of page) risks.push(riskInputOf(readAimsIssue(raw, state)));
  return risks;
}
