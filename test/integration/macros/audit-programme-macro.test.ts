/**
 * The internal audit programme macro on the emulator, with the Forge host running the real app:
 * the programme the page describes, the cycle's coverage from the Audits each viewer may see in
 * Jira (a closed audit's requirements audited, an open one's planned, the rest not covered; an
 * audit of another cycle ignored), a bad configuration refused, and export_view without a reader.
 */
import type { RunningSite } from '../../../emulator/core/site';
import type { ForgeHost } from '../../../emulator/forge-host';
import {
  auditProgrammePageBody,
  demoAuditProgrammeConfig,
} from '../../../emulator/seed/demo/demo-audit-programme-page';
import { DemoJira } from '../../../emulator/seed/demo/demo-jira';
import { seededAccountId } from '../../../emulator/seed/demo/demo-review-pages';
import { callAs, startTestSite } from '../../support/test-site';
import { macroPages, ok } from './macro-page-fixture';
import { createAimsHost } from './policy-app-host';

jest.setTimeout(180_000);

let site: RunningSite;
let host: ForgeHost;
let programme: ReturnType<typeof macroPages>;
let pageId: string;
let confidentialAudit: string;

interface ProgrammeView {
  configured: boolean;
  message?: string;
  audits: { key: string; closedOn: string | null; coveredRefs: string[]; unknownRefs: string[] }[];
  rows: { ref: string; audited: boolean; planned: boolean; audits: { key: string }[] }[];
  audited: number;
  plannedOnly: number;
  notCovered: number;
}

const view = async (login: 'admin' | 'manager' | 'auditor' | 'member') =>
  (await programme.call(login, pageId, 'getView')).data as unknown as ProgrammeView;

const PLAN = (coverage: string, cycle = '2026') => ({
  auditObjectives: 'Check the controls',
  auditScope: 'The AIMS',
  auditCycle: cycle,
  auditCoverage: coverage,
  leadAuditor: { user: 'auditor' as const },
  auditee: { user: 'manager' as const },
});

beforeAll(async () => {
  host = createAimsHost();
  site = await startTestSite([host]);
  await host.install(seededAccountId('admin'));
  await host.install(seededAccountId('admin'), { product: 'confluence' });
  await host.waitForIdle();
  const spaces = await ok<{ results: { id: string }[] }>(
    callAs(site, 'admin', 'GET', '/wiki/api/v2/spaces?keys=AIMS'),
  );
  programme = macroPages(
    site,
    spaces.results[0]?.id ?? '',
    'aims-audit-programme',
    'aims-audit-programme-1',
  );
  pageId = await programme.createPage(
    'Internal audit programme 2026',
    auditProgrammePageBody(host, demoAuditProgrammeConfig()),
  );
  const jira = await DemoJira.connect(site);
  const closed = await jira.create('auditor', 'AIMS Audit', 'Q1 audit', PLAN('4, 9.3'));
  await jira.transition('auditor', closed, 'Start fieldwork');
  await jira.transition('auditor', closed, 'Report results');
  await jira.edit('auditor', closed, { auditReport: 'https://wiki.example.com/report-q1' });
  await jira.transition('auditor', closed, 'Close audit');
  await jira.create('auditor', 'AIMS Audit', 'Q3 audit', PLAN('9.3.2, 10.2, A.6.2.4'));
  await jira.create('auditor', 'AIMS Audit', 'Last year', PLAN('5.2', '2025'));
  confidentialAudit = await jira.create(
    'manager',
    'AIMS Audit',
    'Confidential audit of the fraud model',
    PLAN('A.7.2'),
    { security: { id: jira.confidentialLevelId } },
  );
  await host.waitForIdle();
});

afterAll(async () => {
  await host?.waitForIdle();
  host?.close();
  await site?.close();
});

describe('the audit programme of a cycle', () => {
  it('shows what closed audits covered, what is only planned and what no audit covers', async () => {
    const v = await view('manager');
    expect(v.configured).toBe(true);
    const row = (ref: string) => v.rows.find((r) => r.ref === ref);
    expect(row('4.1')).toMatchObject({ audited: true, planned: false });
    expect(row('9.3.2')).toMatchObject({ audited: true });
    expect(row('10.2')).toMatchObject({ audited: false, planned: true });
    expect(row('5.2')).toMatchObject({ audited: false, planned: false, audits: [] });
    expect(row('A.7.2')?.planned).toBe(true);
    // 4.1–4.4 and 9.3.1–9.3.3 audited; 10.2, A.6.2.4 and A.7.2 planned.
    expect([v.audited, v.plannedOnly, v.notCovered]).toEqual([7, 3, 60]);
    expect(v.audits.map((a) => a.coveredRefs.length)).toEqual([7, 3, 1]);
  });

  it('counts only the audits the viewer may see in Jira', async () => {
    const v = await view('member');
    expect(v.audits.map((a) => a.key)).not.toContain(confidentialAudit);
    expect(v.rows.find((r) => r.ref === 'A.7.2')).toMatchObject({ planned: false, audits: [] });
    expect(JSON.stringify(v)).not.toContain('fraud');
  });

  it('refuses a configuration without the programme, saving nothing', async () => {
    const refused = await programme.call(
      'admin',
      pageId,
      'checkConfig',
      { config: { projectKey: 'aims', cycle: '', frequency: 'Yearly' } },
      { configuring: true },
    );
    expect(refused.ok).toBe(false);
    expect(refused.details).toEqual([
      'Jira project must be a project key like AIMS',
      'Programme cycle is required',
      'Methods is required',
      'Responsibilities is required',
    ]);
  });

  it('export_view (no reader) shows the programme and leaves the coverage from Jira out', async () => {
    const html = await programme.exportView('member', pageId);
    expect(html).toContain('Internal audit programme (ISO/IEC 42001 9.2.2): cycle 2026');
    expect(html).toContain('Document review, interviews with process owners');
    expect(html).toContain('Live data on the page');
    expect(html).not.toContain('Q3 audit');
  });
});
