/**
 * Provisioning of the real app on the Forge host, inside Forge's time limits: the install trigger
 * queues a run, its parts run on the async events queue as the app, each well inside the
 * consumer's 55 s, with simulated product latency. Latency is charged to each invocation on the
 * virtual clock (150 calls at 100 ms count as 15 s without taking 15 s); one test sleeps a small
 * latency for real.
 */
import path from 'node:path';
import type { RunningSite } from '../../../emulator/core/site';
import { SEEDED_USERS } from '../../../emulator/core/users';
import type { FaultOptions, ForgeHost, LatencyOptions } from '../../../emulator/forge-host';
import { createForgeHost } from '../../../emulator/forge-host';
import type { ProvisioningProgressView } from '../../../src/ui-contract/provisioning-view';
import { PART_BUDGET_MS } from '../../../src/workflows/provisioning/invocation-time-box';
import { provisionInOneInvocation } from '../../support/provision-in-one-invocation';
import { callAs, startTestSite } from '../../support/test-site';

const APP_ROOT = path.resolve(__dirname, '../../..');
const account = (login: string): string => {
  const user = SEEDED_USERS.find((u) => u.email.startsWith(`${login}@`));
  if (!user) throw new Error(login);
  return user.accountId;
};

interface Site {
  site: RunningSite;
  host: ForgeHost;
}

async function startSite(latency: LatencyOptions, faults: FaultOptions = {}): Promise<Site> {
  // Platform waits (retries, delays) at 1/1000: the run's logic, not the clock, is under test.
  const host = createForgeHost({
    appRoot: APP_ROOT,
    latency,
    faults: { retryTimeScale: 0.001, ...faults },
  });
  const site = await startTestSite([host]);
  return { site, host };
}

async function adminCall(
  host: ForgeHost,
  functionKey: string,
  login = 'admin',
): Promise<{ ok: boolean; data?: { run: ProvisioningProgressView | null }; error?: string }> {
  const accountId = account(login);
  return (await host.invokeFunction(
    'admin-resolver',
    { call: { functionKey, payload: {} }, context: { accountId } },
    { accountId },
  )) as { ok: boolean; data?: { run: ProvisioningProgressView | null }; error?: string };
}

const consumerRuns = (host: ForgeHost) =>
  host.invocations.filter((i) => i.functionKey === 'provisioning-consumer');

const typeCount = async (site: RunningSite, name: string): Promise<number> =>
  ((await callAs(site, 'admin', 'GET', '/rest/api/3/issuetype')).body as { name: string }[]).filter(
    (t) => t.name === name,
  ).length;

// A whole provisioning (≈300 product calls) takes ≈30 s of real time on a loaded 2-core machine.
jest.setTimeout(120_000);

describe('provisioning on the async events queue', () => {
  let s: Site;
  afterEach(async () => {
    await s.host.waitForIdle();
    s.host.close();
    await s.site.close();
    const failed = s.host.deliveries.filter((d) => !d.ok);
    expect(failed).toEqual([]);
  });

  it('completes on install with 100 ms per product call, every part well inside the consumer limit', async () => {
    s = await startSite({ productMs: 100, clock: 'virtual' });
    await s.host.install(account('admin'));
    await s.host.waitForIdle();
    const { data } = await adminCall(s.host, 'provisioningProgress');
    expect(data?.run).toMatchObject({
      origin: 'install',
      status: 'completed',
      stepsDone: data?.run?.totalSteps,
      canResume: false,
    });
    const parts = consumerRuns(s.host);
    expect(parts.length).toBeGreaterThanOrEqual(1);
    for (const part of parts) {
      expect(part).toMatchObject({ kind: 'consumer', limitMs: 55_000, outcome: 'ok' });
      // Each part stops starting work at its 20 s budget; the item it is in finishes soon after.
      expect(part.elapsedMs).toBeLessThan(PART_BUDGET_MS + 10_000);
    }
    const calls = parts.reduce((n, p) => n + p.productCalls, 0);
    expect(calls).toBeGreaterThanOrEqual(150);
    expect(await typeCount(s.site, 'Nonconformity')).toBe(1);
  });

  it('the old way — every step in one invocation — is stopped at 25 s once calls take 200 ms', async () => {
    s = await startSite({ productMs: 200, clock: 'virtual' });
    const { run: stopped, error } = await provisionInOneInvocation(s.host);
    expect(error).toMatchObject({ name: 'FUNCTION_TIME_OUT' });
    expect(stopped).toMatchObject({ limitMs: 25_000, outcome: 'timeout' });
    // It got through fewer than 125 of its ~300 calls; the rest were never sent.
    expect(stopped?.productCalls).toBeLessThan(125);
    // The queue finishes the same work at that latency, and at five times it in several parts.
    for (const productMs of [200, 1000]) {
      s.host.setLatency({ productMs, clock: 'virtual' });
      const before = consumerRuns(s.host).length;
      const started = await adminCall(s.host, 'startProvisioning');
      expect(started.data?.run?.status).toBe('queued');
      await s.host.waitForIdle();
      expect((await adminCall(s.host, 'provisioningProgress')).data?.run?.status).toBe('completed');
      const parts = consumerRuns(s.host).slice(before);
      expect(parts.every((p) => p.outcome === 'ok')).toBe(true);
      if (productMs === 1000) expect(parts.length).toBeGreaterThan(2);
    }
  });

  it('at 100 ms per call the old way — with the screens Jira needs, about 300 calls — is stopped at 25 s', async () => {
    s = await startSite({ productMs: 100, clock: 'virtual' });
    const { run, error } = await provisionInOneInvocation(s.host);
    expect(error).toMatchObject({ name: 'FUNCTION_TIME_OUT' });
    expect(run).toMatchObject({ limitMs: 25_000, outcome: 'timeout' });
    expect(run?.productCalls).toBeLessThan(250);
  });

  it('keeps the dry run in one resolver call: about 50 reads fit the 25 s limit at 100 ms', async () => {
    s = await startSite({ productMs: 100, clock: 'virtual' });
    const plan = (await s.host.invokeFunction(
      'admin-resolver',
      {
        call: { functionKey: 'planProvisioning', payload: {} },
        context: { accountId: account('admin') },
      },
      { accountId: account('admin') },
    )) as { ok: boolean; data?: { changes: unknown[] } };
    expect(plan.ok).toBe(true);
    expect(plan.data?.changes.length).toBeGreaterThan(50);
    const run = s.host.invocations.at(-1);
    expect(run).toMatchObject({ functionKey: 'admin-resolver', limitMs: 25_000, outcome: 'ok' });
    expect(run?.elapsedMs).toBeLessThan(12_500);
  });

  it('completes with a real 10 ms sleep per product call', async () => {
    s = await startSite({ productMs: 10, clock: 'real' });
    const started = Date.now();
    await s.host.install(account('admin'));
    await s.host.waitForIdle();
    expect((await adminCall(s.host, 'provisioningProgress')).data?.run?.status).toBe('completed');
    const calls = consumerRuns(s.host).reduce((n, p) => n + p.productCalls, 0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(calls * 10);
  });

  it('waits for the app’s permissions right after install, as the Forge docs advise, then completes', async () => {
    s = await startSite({ productMs: 0, clock: 'real' }, { appPermissionsPendingCalls: 3 });
    await s.host.install(account('admin'));
    await s.host.waitForIdle();
    expect((await adminCall(s.host, 'provisioningProgress')).data?.run?.status).toBe('completed');
    // Three deliveries of the first part met a 403 at their first call and asked to be retried.
    const parts = consumerRuns(s.host);
    expect(parts.slice(0, 3).map((p) => p.productCalls)).toEqual([0, 0, 0]);
    expect(parts[3]?.productCalls).toBeGreaterThan(0);
  });

  it('provisions once when every queue event arrives twice', async () => {
    s = await startSite({ productMs: 100, clock: 'virtual' }, { duplicateEvents: true });
    await s.host.install(account('admin'));
    await s.host.waitForIdle();
    expect((await adminCall(s.host, 'provisioningProgress')).data?.run?.status).toBe('completed');
    for (const name of ['Nonconformity', 'AI Control', 'Audit Finding'])
      expect(await typeCount(s.site, name)).toBe(1);
    const controls = await callAs(s.site, 'admin', 'POST', '/rest/api/3/search/approximate-count', {
      jql: 'project = AIMS AND issuetype = "AI Control"',
    });
    expect(controls.body).toEqual({ count: 38 });
  });

  it('lets only Jira administrators start a run', async () => {
    s = await startSite({ productMs: 0 });
    const refused = await adminCall(s.host, 'startProvisioning', 'member');
    expect(refused).toMatchObject({
      ok: false,
      error: 'Only Jira administrators can provision the AIMS project.',
    });
    // Nothing was queued; the progress, too, is for Jira administrators only.
    expect(await adminCall(s.host, 'provisioningProgress', 'member')).toMatchObject({
      ok: false,
      error: 'Only Jira administrators can follow the AIMS provisioning.',
    });
    expect((await adminCall(s.host, 'provisioningProgress')).data?.run).toBeNull();
  });
});
