/**
 * The live Statement of Applicability for one viewer: their AI Controls and AI Risks from Jira,
 * built by the domain (src/domain/soa), with the rows hidden from them left out and counted.
 */
import { Refusal } from '../../domain/refusal';
import type { StatementOfApplicability } from '../../domain/soa';
import { buildStatementOfApplicability, soaContentHash } from '../../domain/soa';
import type { ProductClient } from '../../jira/product-client';
import { loadProvisioningState } from '../../storage/provisioning-state';
import { loadRiskMatrix } from '../../storage/risk-matrix';
import type { JqlClause } from '../../jira/jql-builder';
import { controlRisksClause, controlRisksJql, readSoaRecords } from './soa-jira-reader';
import type { SoaMacroConfig } from './soa-macro-config';
import {
  soaRiskBands,
  controlInputOf,
  isOrganizationControl,
  ownerNamesOf,
} from './soa-record-mapping';
import { withoutHiddenAnnexRows } from './soa-visibility';

export interface LiveSoa {
  soa: StatementOfApplicability;
  contentHash: string;
  ownerNames: Record<string, string>;
  visibleControlKeys: Set<string>;
  /** The JQL of all the risks a control issue mitigates. */
  risksJqlOf: (controlKey: string) => string;
  /** The same, as a clause to search with. */
  risksClauseOf: (controlKey: string) => JqlClause;
}

export interface LiveSoaRequest {
  config: SoaMacroConfig;
  siteUrl: string;
  jiraAsViewer: ProductClient;
}

export async function loadLiveSoa(request: LiveSoaRequest): Promise<LiveSoa> {
  const { config } = request;
  const state = await loadProvisioningState(config.projectKey);
  if (!state) {
    throw new Refusal(
      `The Jira project ${config.projectKey} is not set up for the AIMS app yet. An administrator can provision it from the AIMS admin page in Jira, or choose another project in the macro settings.`,
    );
  }
  const matrix = await loadRiskMatrix();
  const records = await readSoaRecords(request.jiraAsViewer, state, matrix);
  const controls = records.controls
    .map((issue) => controlInputOf(issue, request.siteUrl))
    .filter((c) => config.includeOrganizationControls || !isOrganizationControl(c.controlId));
  const built = buildStatementOfApplicability({
    controls,
    risks: records.risks,
    riskBands: soaRiskBands(matrix),
    hiddenControlCount: records.hiddenControlCount,
    hiddenRiskCount: records.hiddenRiskCount,
  });
  const visibleControlKeys = new Set(records.controls.map((c) => c.key));
  const soa = withoutHiddenAnnexRows(built, state.controls, visibleControlKeys);
  return {
    soa,
    contentHash: soaContentHash(soa.rows),
    ownerNames: ownerNamesOf(records.controls),
    visibleControlKeys,
    risksJqlOf: (controlKey) => controlRisksJql(state, controlKey),
    risksClauseOf: (controlKey) => controlRisksClause(state, controlKey),
  };
}
