import path from 'node:path';
import { SEEDED_USERS } from '../emulator/core/users';
import type { ForgeHost } from '../emulator/forge-host';
import { createForgeHost } from '../emulator/forge-host';
import { startTestSite } from '../test/support/test-site';
import { createRequestCounter } from './request-counter';
import type { BenchResult } from './timing';
import { summarise, timeOnce } from './timing';

const APP_ROOT = path.resolve(__dirname, '..');
const SECOND_RUNS = 3;

interface RunOutcome {
  changes: unknown[];
}

/** The admin page's "Provision" button: the admin resolver's runProvisioning, as the admin. */
async function runProvisioning(host: ForgeHost, accountId: string): Promise<RunOutcome> {
  const answer = (await host.invokeFunction(
    'admin-resolver',
    { call: { functionKey: 'runProvisioning', payload: {} }, context: {} },
    { accountId },
  )) as { ok: boolean; data?: RunOutcome; error?: string; details?: unknown[] };
  if (!answer.ok || !answer.data) throw new Error(`provisioning failed: ${JSON.stringify(answer)}`);
  return answer.data;
}

/**
 * The real app (manifest.yml + src/) on the Forge host: provisioning the AIMS project on a fresh
 * site, then again on the provisioned site (idempotent: it only reads). Counts the product REST
 * requests each run makes.
 */
export async function benchProvisioning(): Promise<BenchResult[]> {
  const counter = createRequestCounter();
  const host = createForgeHost({ appRoot: APP_ROOT });
  const site = await startTestSite([counter, host]);
  try {
    const admin = SEEDED_USERS[0]?.accountId ?? '';
    // Load the resolver's modules first (a KVS-only call) so the first run times provisioning only.
    await host.invokeFunction(
      'admin-resolver',
      { call: { functionKey: 'getOverview', payload: {} }, context: {} },
      { accountId: admin },
    );
    counter.reset();
    const first = await timeOnce(() => runProvisioning(host, admin));
    const firstCalls = counter.count;
    const results = [
      summarise('provisioning, first run (fresh site)', [first.ms], {
        note: `${firstCalls} REST calls, ${first.value.changes.length} changes`,
      }),
    ];
    const samples: number[] = [];
    const calls: number[] = [];
    const changes: number[] = [];
    for (let i = 0; i < SECOND_RUNS; i++) {
      counter.reset();
      const again = await timeOnce(() => runProvisioning(host, admin));
      samples.push(again.ms);
      calls.push(counter.count);
      changes.push(again.value.changes.length);
    }
    results.push(
      summarise('provisioning, second run (already provisioned)', samples, {
        note: `${Math.max(...calls)} REST calls, ${Math.max(...changes)} changes`,
      }),
    );
    await host.waitForIdle();
    return results;
  } finally {
    host.close();
    await site.close();
  }
}
