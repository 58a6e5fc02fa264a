/**
 * Reads the SoA's records from Jira AS THE VIEWER: the AI Control and AI Risk issues of the AIMS
 * project, with only the fields the SoA needs, following `nextPageToken`. Links come from the
 * controls' `issuelinks` in the same search (never one request per issue).
 */
import { route } from '@forge/api';
import { z } from 'zod';
import { Refusal } from '../../domain/refusal';
import type { AimsIssue } from '../../jira/aims-issue';
import { fieldIdOf, readAimsIssue } from '../../jira/aims-issue';
import { RISK_LEVEL_FIELD_KEYS, SOA_CONTROL_FIELD_KEYS } from '../../jira/aims-schema';
import { searchIssues } from '../../jira/issue-search';
import type { JqlClause } from '../../jira/jql-builder';
import { jql } from '../../jira/jql-builder';
import type { ProductClient } from '../../jira/product-client';
import { ProductApiError } from '../../jira/product-client';
import type { ProvisioningState } from '../../storage/provisioning-state';
import { hiddenAnnexControls } from './soa-hidden-count';

/** Safety bound for one SoA (38 Annex A controls plus the organization's own). */
const MAX_CONTROLS = 2000;
const MAX_RISKS = 5000;

export interface SoaJiraRecords {
  controls: AimsIssue[];
  risks: AimsIssue[];
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
  const [rawControls, rawRisks] = await Promise.all([
    searchIssues(jiraAsViewer, {
      jql: queries.controls,
      fields: controlFields,
      limit: MAX_CONTROLS,
    }),
    searchIssues(jiraAsViewer, { jql: queries.risks, fields: riskFields, limit: MAX_RISKS }),
  ]);
  return {
    controls: rawControls.map((raw) => readAimsIssue(raw, state)),
    risks: rawRisks.map((raw) => readAimsIssue(raw, state)),
    hiddenControlCount: hiddenAnnexControls(state.controls, new Set(rawControls.map((c) => c.key))),
    hiddenRiskCount: 0,
  };
}
