/**
 * In test mode the Forge host checks every request the app sends against Atlassian's OpenAPI
 * specs: a mismatch fails the invocation (even when the app catches the error) with a message
 * naming the operation and the problem, and is recorded for the test harness. Outside test mode
 * (`npm start`) requests go through unchecked unless asked.
 */
import { startSite } from '../../../emulator/core/site';
import { createForgeHost } from '../../../emulator/forge-host';
import { takeRequestViolations } from '../../../emulator/forge-host/request-contract';
import { anIssueKey, bridge, FIXTURE_APP, registerFrame, startFixtureSite } from './fixture-host';

const offSpec = async (
  site: Parameters<typeof bridge>[0],
  mistake: string,
): Promise<Awaited<ReturnType<typeof bridge>>> => {
  const frame = await registerFrame(site, 'admin', 'fixture-panel', {
    issueKey: await anIssueKey(site),
  });
  return bridge(site, 'admin', frame.frameId, 'invoke', {
    functionKey: 'offSpecRequest',
    payload: { mistake },
  });
};

describe('test mode (startTestSite)', () => {
  let fixture: Awaited<ReturnType<typeof startFixtureSite>>;
  beforeAll(async () => {
    fixture = await startFixtureSite();
  });
  afterAll(async () => {
    fixture.host.close();
    await fixture.site.close();
  });

  it('fails the invocation that sends an undocumented query parameter, naming the operation', async () => {
    const res = await offSpec(fixture.site, 'query');
    expect(res.ok).toBe(false);
    expect(res.error?.message).toContain(
      "The app's request GET /rest/api/3/issue/{issueIdOrKey} (getIssue) does not match Atlassian's jira OpenAPI spec: query parameter 'colour' is not documented",
    );
    const recorded = takeRequestViolations();
    expect(recorded).toEqual([
      {
        moduleKey: 'fixture-panel',
        product: 'jira',
        method: 'GET',
        path: '/rest/api/3/issue/AIMS-1?fields=summary&colour=red',
        operation: 'GET /rest/api/3/issue/{issueIdOrKey} (getIssue)',
        problems: ["query parameter 'colour' is not documented"],
      },
    ]);
    expect(fixture.host.requestViolations).toEqual(recorded);
  });

  it('refuses a deprecated body property even when the app catches the error', async () => {
    const res = await offSpec(fixture.site, 'deprecated-property');
    expect(res.ok).toBe(false);
    expect(res.error?.message).toMatch(
      /POST \/rest\/api\/3\/issuetype \(createIssueType\) does not match .*request \/type is deprecated \(Deprecated\. Use `hierarchyLevel` instead\.\)/,
    );
    expect(takeRequestViolations().map((v) => v.operation)).toEqual([
      'POST /rest/api/3/issuetype (createIssueType)',
    ]);
  });
});

describe('outside test mode', () => {
  it('sends the same requests unchecked (npm start), unless asked', async () => {
    const host = createForgeHost({ appRoot: FIXTURE_APP });
    const site = await startSite({ dataDir: ':memory:', port: 0 }, [host]);
    await host.install(undefined, { product: 'jira' });
    try {
      const res = await offSpec(site, 'query');
      expect(res.ok).toBe(true);
      expect(res.result).toEqual({ status: 404 });
      expect(host.requestViolations).toEqual([]);
    } finally {
      host.close();
      await site.close();
    }
    const checking = createForgeHost({ appRoot: FIXTURE_APP, checkAppRequests: true });
    const checked = await startSite({ dataDir: ':memory:', port: 0 }, [checking]);
    await checking.install(undefined, { product: 'jira' });
    try {
      expect((await offSpec(checked, 'query')).ok).toBe(false);
      expect(takeRequestViolations()).toHaveLength(1);
    } finally {
      checking.close();
      await checked.close();
    }
  });
});
