import path from 'node:path';
import { SEEDED_USERS } from '../emulator/core/users';
import type { ForgeHost, LatencyOptions } from '../emulator/forge-host';
import { createForgeHost } from '../emulator/forge-host';
import { provisionInOneInvocation } from '../test/support/provision-in-one-invocation';
import { startTestSite } from '../test/support/test-site';
import { createRequestCounter } from './request-counter';
import type { BenchResult } from './timing';
import { summarise, timeOnce } from './timing';

const APP_ROOT = path.resolve(__dirname, '..');
const SECOND_RUNS = 3;
const LATENCY_MS = 100;

interface Answer {
  ok: boolean;
  data?: { run: { status: string; changes: unknown[] } | null };
  error?: string;
}

/** The admin page's "Provision" button: start a run on the queue, then wait for its parts. */
async function provisionOnQueue(host: ForgeHost, accountId: string): Promise<{ changes: number }> {
  const call = async (functionKey: string): Promise<Answer> =>
    (await host.invokeFunction(
      'admin-resolver',
      { call: { functionKey, payload: {} }, context: { accountId } },
      { accountId },
    )) as Answer;
  const started = await call('startProvisioning');
  if (!started.ok) throw new Error(`provisioning did not start: ${JSON.stringify(started)}`);
  await host.waitForIdle();
  const run = (await call('provisioningProgress')).data?.run;
  if (run?.status !== 'completed') throw new Error(`provisioning ended ${JSON.stringify(run)}`);
  return { changes: run.changes.length };
}

async function withSite<T>(
  latency: LatencyOptions,
  body: (
    host: ForgeHost,
    admin: string,
    counter: ReturnType<typeof createRequestCounter>,
  ) => Promise<T>,
): Promise<T> {
  const counter = createRequestCounter();
  const host = createForgeHost({ appRoot: APP_ROOT, latency });
  const site = await startTestSite([counter, host]);
  try {
    const admin = SEEDED_USERS[0]?.accountId ?? '';
    // Load the resolver's modules first (a KVS-only call) so the first run times provisioning only.
    await host.invokeFunction(
      'admin-resolver',
      { call: { functionKey: 'provisioningProgress', payload: {} }, context: {} },
      { accountId: admin },
    );
    await host.waitForIdle();
    counter.reset();
    return await body(host, admin, counter);
  } finally {
    host.close();
    await site.close();
  }
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/**
 * The real app (manifest.yml + src/) on the Forge host: provisioning the AIMS project on the async
 * events queue on a fresh site, then again on the provisioned site (idempotent: it only reads);
 * then at 100 ms per product call on the virtual clock, where the figures are simulated time (the
 * latency charged: on the virtual clock only that counts), next to the old way, every step in one invocation.
 */
export async function benchProvisioning(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  await withSite({ productMs: 0 }, async (host, admin, counter) => {
    const first = await timeOnce(() => provisionOnQueue(host, admin));
    results.push(
      summarise('provisioning on the queue, first run (fresh site)', [first.ms], {
        note: `${counter.count} REST calls, ${first.value.changes} changes`,
      }),
    );
    const samples: number[] = [];
    const calls: number[] = [];
    const changes: number[] = [];
    for (let i = 0; i < SECOND_RUNS; i++) {
      counter.reset();
      const again = await timeOnce(() => provisionOnQueue(host, admin));
      samples.push(again.ms);
      calls.push(counter.count);
      changes.push(again.value.changes);
    }
    results.push(
      summarise('provisioning on the queue, second run (already provisioned)', samples, {
        note: `${Math.max(...calls)} REST calls, ${Math.max(...changes)} changes`,
      }),
    );
  });
  await withSite({ productMs: LATENCY_MS, clock: 'virtual' }, async (host, admin, counter) => {
    await provisionOnQueue(host, admin);
    const parts = host.invocations.filter((i) => i.functionKey === 'provisioning-consumer');
    const total = parts.reduce((sum, p) => sum + p.elapsedMs, 0);
    const longest = Math.max(...parts.map((p) => p.elapsedMs));
    results.push(
      summarise(`on the queue at ${LATENCY_MS} ms per call (simulated time)`, [total], {
        note: `${counter.count} REST calls in ${parts.length} part(s); longest part ${seconds(longest)} of its 55 s`,
      }),
    );
  });
  await withSite({ productMs: LATENCY_MS, clock: 'virtual' }, async (host, _admin, counter) => {
    const { run, error } = await provisionInOneInvocation(host);
    const outcome = error ? error.name : 'finished';
    results.push(
      summarise(
        `old way, one invocation, at ${LATENCY_MS} ms per call (simulated)`,
        [run?.elapsedMs ?? NaN],
        {
          note: `${counter.count} REST calls, ${outcome}: ${seconds(run?.elapsedMs ?? NaN)} of the 25 s limit`,
        },
      ),
    );
  });
  return results;
}
