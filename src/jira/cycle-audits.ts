/**
 * The Audits of one audit programme cycle (9.2.2) the viewer may browse (`jira` reads as them,
 * every page of the search, two fields): each with the requirements it covers and when it was
 * closed. The audit programme macro and the AIMS overview both read a cycle through here.
 */
import { parseCoverageRefs } from '../domain/audit-programme';
import type { ProvisioningState } from '../storage/provisioning-state';
import { readAimsIssue, searchFieldsFor } from './aims-issue';
import { searchIssues } from './issue-search';
import { textOf } from './jira-option-values';
import { customField, jql } from './jql-builder';
import type { ProductClient } from './product-client';

export interface CycleAudit {
  key: string;
  summary: string;
  status: string;
  /** When it was closed (YYYY-MM-DD), or null while planned or under way. */
  closedOn: string | null;
  coverage: string | null;
  coveredRefs: readonly string[];
  unknownRefs: readonly string[];
}

/** Whether the project is provisioned for the audit programme (Audit type, cycle and coverage). */
export const auditProgrammeReady = (state: ProvisioningState): boolean =>
  Boolean(state.issueTypes.audit && state.fields.auditCycle && state.fields.auditCoverage);

/** The JQL of a cycle's audits (a text search: the reader keeps exactly the cycle's). */
export function cycleAuditsJql(state: ProvisioningState, cycle: string): string {
  return jql.orderBy(
    jql.and(
      jql.eq('project', state.projectKey),
      jql.eq('issuetype', state.issueTypes.audit ?? ''),
      jql.contains(customField(state.fields.auditCycle ?? ''), cycle),
    ),
    'key',
  );
}

export async function readCycleAudits(
  jira: ProductClient,
  state: ProvisioningState,
  cycle: string,
): Promise<CycleAudit[]> {
  const found = await searchIssues(jira, {
    jql: cycleAuditsJql(state, cycle),
    fields: searchFieldsFor(state, ['auditCycle', 'auditCoverage']),
  });
  // "~" is a text search: keep the audits of exactly this cycle.
  return found
    .map((raw) => readAimsIssue(raw, state))
    .filter((issue) => textOf(issue.values.auditCycle)?.trim() === cycle)
    .map((issue) => {
      const coverage = textOf(issue.values.auditCoverage);
      const refs = parseCoverageRefs(coverage);
      const closedOn =
        issue.statusCategory === 'done'
          ? (issue.resolutiondate ?? issue.updated ?? '').slice(0, 10) || null
          : null;
      return {
        key: issue.key,
        summary: issue.summary,
        status: issue.statusName,
        closedOn,
        coverage,
        coveredRefs: refs.refs,
        unknownRefs: refs.unknown,
      };
    });
}
