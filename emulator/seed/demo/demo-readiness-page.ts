/**
 * Demo seed: the certification readiness report. The certification body's Stage 1 audit is
 * recorded as an Audit, and its findings are imported through the app's one findings import (the
 * admin page's CSV, source "External audit"), so the minor nonconformity raises a Nonconformity
 * with that source; then the "Certification readiness" page in space AIMS with the app's
 * readiness macro (naming the SoA page and the held Q3 review), and the Stage 1 / Stage 2 dates
 * set by the AIMS manager through the macro. Idempotent: an existing page is left as it is.
 */
import type { ForgeHost } from '../../forge-host';
import { invokeAdminPage } from './demo-admin-page';
import { daysFromNow } from './demo-dates';
import type { DemoJira } from './demo-jira';
import type { DemoPage } from './demo-pages';
import {
  aimsSpaceId,
  createAdfPage,
  DemoMacro,
  findPage,
  introAndMacro,
  outcomeData,
} from './demo-pages';
import type { DemoSite } from './demo-rest';

export const READINESS_PAGE_TITLE = 'Certification readiness';

export const READINESS_MACRO = new DemoMacro('aims-readiness', 'aims-readiness-1', 'checkConfig');

export const EXTERNAL_FINDINGS_CSV = [
  'summary,grade,ISO reference,source',
  'Competence evidence of the model reviewers is incomplete,Minor nonconformity,7.2,External audit',
  'Sampling plan of the internal audits could cover more Annex A controls,Observation,9.2.2,External audit',
].join('\n');

export function demoReadinessConfig(pages: {
  soaPageId: string;
  reviewPageId: string;
}): Record<string, unknown> {
  return { projectKey: 'AIMS', cycle: '2026', ...pages };
}

/** The page body: a short introduction and the configured macro. */
export function readinessPageBody(host: ForgeHost, config?: Record<string, unknown>) {
  return introAndMacro(
    'Where the AIMS stands before the certification audit (ISO/IEC 42001, programme step 10): each item an auditor starts from, with the record that proves it.',
    READINESS_MACRO.node(host, config),
  );
}

/** The Stage 1 audit as an Audit, and its findings imported through the admin page's CSV import. */
export async function seedExternalAuditFindings(jira: DemoJira, host: ForgeHost): Promise<string> {
  const audit = await jira.create(
    'manager',
    'AIMS Audit',
    'Stage 1 certification audit (certification body)',
    {
      auditObjectives: 'Stage 1: review the AIMS documentation and readiness for Stage 2.',
      auditScope: 'Scope: the AIMS as a whole.\n\nCriteria: ISO/IEC 42001.',
      auditCycle: 'Certification 2027',
      auditCoverage: '4, 5, 6.1, 9.2, 9.3',
      leadAuditor: { user: 'auditor' },
      auditee: { user: 'manager' },
    },
  );
  await invokeAdminPage(
    host,
    'importFindingsCsv',
    { csv: EXTERNAL_FINDINGS_CSV, auditKey: audit },
    'The external audit findings were refused',
  );
  return audit;
}

export async function seedReadinessPage(
  site: DemoSite,
  host: ForgeHost,
  pages: { soaPageId: string; reviewPageId: string },
): Promise<DemoPage> {
  const spaceId = await aimsSpaceId(site);
  const found = await findPage(site, spaceId, READINESS_PAGE_TITLE);
  if (found) return { id: found, spaceId };
  const config = demoReadinessConfig(pages);
  const page = {
    id: await createAdfPage(site, spaceId, READINESS_PAGE_TITLE, readinessPageBody(host, config)),
    spaceId,
  };
  outcomeData(
    'saveStages',
    await READINESS_MACRO.invoke(
      host,
      'manager',
      page,
      {
        functionKey: 'saveStages',
        payload: {
          stages: {
            stage1: daysFromNow(40),
            stage2: daysFromNow(85),
            certificationBody: 'Example Certification Ltd.',
          },
        },
      },
      config,
    ),
  );
  return page;
}
