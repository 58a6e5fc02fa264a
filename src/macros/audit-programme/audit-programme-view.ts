/**
 * The audit programme of one cycle as the viewer may see it: the programme the page describes
 * (9.2.2) and, from the Audits of the cycle the viewer can browse in Jira (read as them, every
 * page of the search), which clauses and controls were audited, are only planned, or were not
 * covered. Audits hidden from the viewer are not counted: the view says whose view it is.
 */
import { cycleCoverage } from '../../domain/audit-programme';
import { auditProgrammeReady, cycleAuditsJql, readCycleAudits } from '../../jira/cycle-audits';
import type { ProductClient } from '../../jira/product-client';
import { loadProvisioningState } from '../../storage/provisioning-state';
import type { AuditProgrammeView } from '../../ui-contract/audit-programme-view';
import { auditProgrammeConfig } from './audit-programme-config';

export interface AuditProgrammeRequest {
  rawConfig: unknown;
  jiraAsViewer: ProductClient;
}

export async function loadAuditProgrammeView(
  request: AuditProgrammeRequest,
): Promise<AuditProgrammeView> {
  const checked = auditProgrammeConfig.check(request.rawConfig);
  if (!checked.ok) {
    return {
      configured: false,
      message: auditProgrammeConfig.notConfigured(checked.problems),
      problems: checked.problems,
    };
  }
  const config = checked.config;
  const state = await loadProvisioningState(config.projectKey);
  if (!state || !auditProgrammeReady(state)) {
    const problem = `Project ${config.projectKey} is not set up for the audit programme yet; an administrator provisions it on the AIMS admin page.`;
    return { configured: false, message: problem, problems: [problem] };
  }
  const audits = await readCycleAudits(request.jiraAsViewer, state, config.cycle);
  const coverage = cycleCoverage(audits);
  return {
    configured: true,
    config,
    audits: audits.map(({ coverage: _coverage, ...audit }) => audit),
    rows: coverage.rows.map((r) => ({
      ref: r.ref,
      title: r.title,
      group: r.group,
      audits: r.audits,
      audited: r.audited,
      planned: r.planned,
    })),
    audited: coverage.audited,
    plannedOnly: coverage.plannedOnly,
    notCovered: coverage.notCovered,
    jql: cycleAuditsJql(state, config.cycle),
  };
}
