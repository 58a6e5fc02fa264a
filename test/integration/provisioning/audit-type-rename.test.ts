/**
 * ADR 0013: a site an earlier version provisioned has the issue type "Audit" (a reserved JQL word)
 * holding Audits with findings linked to them, and a configuration saved with that name or never
 * saved. The upgraded app's dry run shows one change, the rename; provisioning renames the type in
 * place (same id), so every issue keeps its type and every link stays; the JQL the app builds and
 * the JQL a person types find the Audits; a re-run changes nothing.
 */
import path from 'node:path';
import { kvs } from '@forge/kvs';
import type { RunningSite } from '../../../emulator/core/site';
import { SEEDED_USERS } from '../../../emulator/core/users';
import type { ForgeHost } from '../../../emulator/forge-host';
import { createForgeHost } from '../../../emulator/forge-host';
import { readCycleAudits } from '../../../src/jira/cycle-audits';
import { jiraAsApp } from '../../../src/jira/forge-clients';
import { AIMS_LINK_TYPES } from '../../../src/jira/aims-schema';
import { DEFAULT_APP_CONFIG, loadAppConfig, saveAppConfig } from '../../../src/storage/app-config';
import type { AppConfig } from '../../../src/storage/app-config';
import { APP_CONFIG_KEY } from '../../../src/storage/kvs-keys';
import { loadProvisioningState } from '../../../src/storage/provisioning-state';
import type { OnboardingStatus } from '../../../src/ui-contract/onboarding-view';
import type { ProvisioningChange } from '../../../src/ui-contract/provisioning-view';
import type { SeededLogin } from '../../support/test-site';
import { callAs, jsonOk, startTestSite } from '../../support/test-site';
import type { ResolverOutcome } from '../forge-host/fixture-host';
import { invokeFromFrame } from '../forge-host/fixture-host';

jest.setTimeout(300_000);

const APP_ROOT = path.resolve(__dirname, '../../..');
const admin = SEEDED_USERS.find((u) => u.email === 'admin@example.com')?.accountId ?? '';

/** What an earlier version's admin page saved: every name, the audit's "Audit", no revision. */
const EARLIER_CONFIG: AppConfig = {
  ...DEFAULT_APP_CONFIG,
  issueTypeNames: { ...DEFAULT_APP_CONFIG.issueTypeNames, audit: 'Audit' },
};

interface Named {
  id: string;
  name: string;
}

describe.each([
  ['a saved configuration', true],
  ['a configuration never saved', false],
])('upgrading a site provisioned with the issue type "Audit" and %s', (_title, saved) => {
  let site: RunningSite;
  let host: ForgeHost;
  const audits: string[] = [];
  const findings: string[] = [];
  let auditTypeId = '';

  const inApp = <T>(fn: () => Promise<T>): Promise<T> =>
    host.invokeHandler('admin-resolver', fn, []) as Promise<T>;
  const adminData = async <T>(functionKey: string): Promise<T> => {
    const out: ResolverOutcome = await invokeFromFrame(
      site,
      'admin',
      'aims-admin',
      functionKey,
      {},
    );
    if (!out.ok) throw new Error(`${functionKey}: ${out.error} ${(out.details ?? []).join('; ')}`);
    return out.data as T;
  };
  const rest = <T>(login: SeededLogin, method: string, url: string, body?: unknown) =>
    jsonOk<T>(callAs(site, login, method, url, body));
  const types = () => rest<Named[]>('admin', 'GET', '/rest/api/3/issuetype');
  const jiraConfiguration = async () => ({
    types: await types(),
    screens: await rest<unknown>('admin', 'GET', '/rest/api/3/screens?maxResults=100'),
    screenSchemes: await rest<unknown>('admin', 'GET', '/rest/api/3/screenscheme?maxResults=100'),
    workflows: await rest<unknown>('admin', 'GET', '/rest/api/3/workflows/search?maxResults=200'),
  });
  const keysOf = async (login: SeededLogin, jql: string) =>
    (
      await rest<{ issues: { key: string }[] }>(login, 'POST', '/rest/api/3/search/jql', {
        jql,
        fields: ['summary'],
      })
    ).issues
      .map((i) => i.key)
      .sort();
  const provisionAsAdmin = async () => {
    await adminData('startProvisioning');
    await host.waitForIdle();
    const progress = await adminData<{ run: { status: string } }>('provisioningProgress');
    expect(progress.run.status).toBe('completed');
  };

  beforeAll(async () => {
    host = createForgeHost({ appRoot: APP_ROOT });
    site = await startTestSite([host]);
    // The earlier version: its default "Audit" provisioned on install.
    await inApp(() => saveAppConfig(EARLIER_CONFIG));
    await host.install(admin);
    await host.waitForIdle();
    // Its storage as it left it: the names saved without a revision, or nothing saved.
    await inApp(() =>
      saved ? kvs.set(APP_CONFIG_KEY, EARLIER_CONFIG) : kvs.delete(APP_CONFIG_KEY),
    );
    auditTypeId = (await types()).find((t) => t.name === 'Audit')?.id ?? '';
    expect(auditTypeId).not.toBe('');
    const foundIn = AIMS_LINK_TYPES.find((l) => l.key === 'foundIn')?.name ?? '';
    for (const quarter of ['Q1', 'Q3']) {
      const audit = await rest<{ key: string }>('auditor', 'POST', '/rest/api/3/issue', {
        fields: {
          project: { key: 'AIMS' },
          issuetype: { id: auditTypeId },
          summary: `Internal audit 2026-${quarter}`,
        },
      });
      audits.push(audit.key);
      const state = await inApp(() => loadProvisioningState('AIMS'));
      await rest('auditor', 'PUT', `/rest/api/3/issue/${audit.key}`, {
        fields: { [state?.fields.auditCycle ?? '']: '2026' },
      });
      const finding = await rest<{ key: string }>('auditor', 'POST', '/rest/api/3/issue', {
        fields: {
          project: { key: 'AIMS' },
          issuetype: { id: state?.issueTypes.auditFinding },
          summary: `Finding of the ${quarter} audit`,
        },
      });
      findings.push(finding.key);
      await callAs(site, 'auditor', 'POST', '/rest/api/3/issueLink', {
        type: { name: foundIn },
        outwardIssue: { key: finding.key },
        inwardIssue: { key: audit.key },
      });
    }
  });

  afterAll(async () => {
    await host?.waitForIdle();
    host?.close();
    await site?.close();
    expect(host.deliveries.filter((d) => !d.ok)).toEqual([]);
  });

  it('before: a person must quote the reserved word to find the Audits', async () => {
    const refused = await callAs(site, 'auditor', 'POST', '/rest/api/3/search/jql', {
      jql: 'project = AIMS AND issuetype = Audit',
    });
    expect(refused.status).toBe(400);
    expect(await keysOf('auditor', 'project = AIMS AND issuetype = "Audit"')).toEqual(audits);
  });

  it('the admin page says provisioning is to do again, for the rename', async () => {
    const status = await adminData<OnboardingStatus>('getOnboarding');
    expect(status.issueTypesToRename).toEqual([{ from: 'Audit', to: 'AIMS Audit' }]);
  });

  it('the dry run shows one change, the rename, and makes none', async () => {
    const before = await jiraConfiguration();
    const plan = await adminData<{ changes: ProvisioningChange[] }>('planProvisioning');
    expect(plan.changes).toEqual([
      {
        step: 'issue-types',
        action: 'update',
        target: "Issue type 'Audit'",
        detail: "rename to 'AIMS Audit' (same issue type: its issues keep it)",
      },
    ]);
    expect(await jiraConfiguration()).toEqual(before);
  });

  it('provisioning renames the type in place: one audit type, issues and links intact', async () => {
    const before = await jiraConfiguration();
    await provisionAsAdmin();
    const after = await jiraConfiguration();
    expect(after.types.filter((t) => /audit$/i.test(t.name))).toEqual([
      expect.objectContaining({ id: auditTypeId, name: 'AIMS Audit' }),
    ]);
    expect(after.types).toHaveLength(before.types.length);
    // Same screens, screen schemes and workflows: nothing made a second time.
    expect(after.screens).toEqual(before.screens);
    expect(after.screenSchemes).toEqual(before.screenSchemes);
    expect(after.workflows).toEqual(before.workflows);
    for (const key of audits) {
      const issue = await rest<{ fields: { issuetype: Named } }>(
        'auditor',
        'GET',
        `/rest/api/3/issue/${key}?fields=issuetype`,
      );
      expect(issue.fields.issuetype).toMatchObject({ id: auditTypeId, name: 'AIMS Audit' });
    }
    for (const [i, key] of findings.entries()) {
      const finding = await rest<{
        fields: { issuelinks: { inwardIssue?: { key: string }; outwardIssue?: { key: string } }[] };
      }>('auditor', 'GET', `/rest/api/3/issue/${key}?fields=issuelinks`);
      const linked = finding.fields.issuelinks.map(
        (l) => l.inwardIssue?.key ?? l.outwardIssue?.key,
      );
      expect(linked).toEqual([audits[i]]);
    }
    const config = await adminData<{ config: AppConfig }>('getOverview');
    expect(config.config.issueTypeNames.audit).toBe('AIMS Audit');
  });

  it('the JQL the app builds and the JQL a person types find the Audits', async () => {
    const cycle = await inApp(async () => {
      const state = await loadProvisioningState('AIMS');
      if (!state) throw new Error('not provisioned');
      return readCycleAudits(jiraAsApp(), state, '2026');
    });
    expect(cycle.map((a) => a.key).sort()).toEqual(audits);
    expect(await keysOf('auditor', 'project = AIMS AND issuetype = "AIMS Audit"')).toEqual(audits);
    expect(await keysOf('auditor', 'project = AIMS AND issuetype = "Audit Finding"')).toEqual(
      findings,
    );
  });

  it('afterwards nothing is left to rename', async () => {
    expect((await adminData<OnboardingStatus>('getOnboarding')).issueTypesToRename).toEqual([]);
  });

  it('a re-run changes nothing', async () => {
    const before = await jiraConfiguration();
    expect((await adminData<{ changes: unknown[] }>('planProvisioning')).changes).toEqual([]);
    await provisionAsAdmin();
    expect(await jiraConfiguration()).toEqual(before);
  });

  it('a name the admin saves after the upgrade is kept, even "Audit" (warned about on the admin page)', async () => {
    const read = await inApp(async () => {
      await saveAppConfig(EARLIER_CONFIG);
      const stored = await kvs.get<{ revision?: number }>(APP_CONFIG_KEY);
      return { revision: stored?.revision, config: await loadAppConfig() };
    });
    expect(read).toEqual({ revision: 2, config: EARLIER_CONFIG });
  });
});
