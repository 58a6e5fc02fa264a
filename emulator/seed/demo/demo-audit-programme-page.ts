/**
 * Demo seed: the "Internal audit programme 2026" page in space AIMS with the app's audit programme
 * macro, configured as a page editor would (the programme's frequency, methods and
 * responsibilities); its coverage comes live from the demo's Audits. Idempotent: an existing page
 * is left as it is.
 */
import type { ForgeHost } from '../../forge-host';
import type { DemoPage } from './demo-pages';
import { aimsSpaceId, createAdfPage, DemoMacro, findPage, introAndMacro } from './demo-pages';
import type { DemoSite } from './demo-rest';

export const AUDIT_PROGRAMME_PAGE_TITLE = 'Internal audit programme 2026';

const PROGRAMME_MACRO = new DemoMacro(
  'aims-audit-programme',
  'aims-audit-programme-1',
  'checkConfig',
);

export function demoAuditProgrammeConfig(): Record<string, unknown> {
  return {
    projectKey: 'AIMS',
    cycle: '2026',
    frequency: 'Every clause and Annex A control once a year; high-risk AI systems twice.',
    methods:
      'Document review, interviews with process owners, sampling of Jira records and evidence.',
    responsibilities:
      'The internal audit lead plans the programme; auditors never audit their own area; the AIMS manager receives the reports.',
  };
}

/** The page body: a short introduction and the configured macro. */
export function auditProgrammePageBody(host: ForgeHost, config?: Record<string, unknown>) {
  return introAndMacro(
    'The internal audit programme of the AIMS (ISO/IEC 42001 9.2.2) and which requirements its audits covered this cycle.',
    PROGRAMME_MACRO.node(host, config),
  );
}

export async function seedAuditProgrammePage(site: DemoSite, host: ForgeHost): Promise<DemoPage> {
  const spaceId = await aimsSpaceId(site);
  const found = await findPage(site, spaceId, AUDIT_PROGRAMME_PAGE_TITLE);
  if (found) return { id: found, spaceId };
  const body = auditProgrammePageBody(host, demoAuditProgrammeConfig());
  return { id: await createAdfPage(site, spaceId, AUDIT_PROGRAMME_PAGE_TITLE, body), spaceId };
}
