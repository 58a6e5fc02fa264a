/**
 * The Forge host stops an invocation at its documented time limit (limits-invocation): 25 s for a
 * function, 55 s for an async event consumer unless its function sets timeoutSeconds. Product
 * latency counts against it: on the virtual clock each call is charged without sleeping (so these
 * tests take well under a second per limit), on the real clock it is slept.
 */
import type { RunningSite } from '../../../emulator/core/site';
import type { ForgeHost } from '../../../emulator/forge-host';
import { asApp, route } from '@forge/api';
import { kvs } from '@forge/kvs';
import { startFixtureSite } from './fixture-host';

let site: RunningSite;
let host: ForgeHost;

beforeEach(async () => {
  ({ site, host } = await startFixtureSite());
});

afterEach(async () => {
  await host.waitForIdle();
  host.close();
  await site.close();
});

const doneCalls = async (): Promise<unknown> =>
  host.invokeFunction('kvs-script', { steps: [{ op: 'get', key: 'product-calls:done' }] });

const lastRun = (functionKey: string) =>
  host.invocations.filter((i) => i.functionKey === functionKey).at(-1);

describe('invocation time limits with product latency', () => {
  it('stops a function at 25 s of product latency: its result is the timeout, its next call is never sent', async () => {
    // Latencies are large next to the real time the calls take, so the counts hold on any machine.
    host.setLatency({ productMs: 5000, clock: 'virtual' });
    await expect(host.invokeFunction('product-calls', { count: 10 })).rejects.toMatchObject({
      name: 'FUNCTION_TIME_OUT',
      message: "Function 'product-calls' timed out after 25 seconds",
    });
    // 4 calls took 20 s; the 5th would end at 25 s, so it is refused and not sent.
    expect(await doneCalls()).toEqual([4]);
    expect(lastRun('product-calls')).toMatchObject({
      kind: 'standard',
      limitMs: 25_000,
      productCalls: 4,
      outcome: 'timeout',
    });
  });

  it('refuses every platform call a stopped function still makes, even if it catches the error', async () => {
    host.setLatency({ productMs: 5000, clock: 'virtual' });
    const refused: string[] = [];
    let finished!: () => void;
    const handlerDone = new Promise<void>((resolve) => (finished = resolve));
    const stubborn = async (): Promise<string> => {
      for (let i = 0; i < 8; i += 1) {
        try {
          await asApp().requestJira(route`/rest/api/3/issuetype`);
        } catch (err) {
          refused.push(`jira: ${(err as Error).name}`);
        }
      }
      try {
        await kvs.set('stubborn', 'wrote after its limit');
      } catch (err) {
        refused.push(`kvs: ${(err as Error).name}`);
      }
      finished();
      return 'finished anyway';
    };
    await expect(host.invokeHandler('product-calls', stubborn, [{}])).rejects.toMatchObject({
      name: 'FUNCTION_TIME_OUT',
    });
    await handlerDone;
    // 4 calls (20 s) went through; the 5th reached 25 s: it and everything after were refused.
    expect(refused).toEqual([
      ...Array.from({ length: 4 }, () => 'jira: FUNCTION_TIME_OUT'),
      'kvs: FUNCTION_TIME_OUT',
    ]);
    expect(lastRun('product-calls')?.productCalls).toBe(4);
    expect(
      await host.invokeFunction('kvs-script', { steps: [{ op: 'get', key: 'stubborn' }] }),
    ).toEqual([null]);
  });

  it('gives an async event consumer 55 s, or the timeoutSeconds of its function', async () => {
    host.setLatency({ productMs: 5000, clock: 'virtual' });
    await expect(
      host.invokeFunction(
        'on-queue-event',
        { body: { mode: 'calls', count: 20 } },
        {
          kind: 'consumer',
        },
      ),
    ).rejects.toMatchObject({ name: 'FUNCTION_TIME_OUT' });
    expect(lastRun('on-queue-event')).toMatchObject({
      limitMs: 55_000,
      productCalls: 10,
      outcome: 'timeout',
    });
    // long-queue-event has timeoutSeconds: 120, so 20 calls (100 s) finish.
    await expect(
      host.invokeFunction(
        'long-queue-event',
        { body: { mode: 'calls', count: 20 } },
        {
          kind: 'consumer',
        },
      ),
    ).resolves.toMatchObject({ calls: 20 });
    expect(lastRun('long-queue-event')).toMatchObject({ limitMs: 120_000, outcome: 'ok' });
  });

  it('tells the function its remaining time, charged latency included', async () => {
    host.setLatency({ productMs: 1000, clock: 'virtual' });
    const answer = (await host.invokeFunction('product-calls', { count: 10 })) as {
      calls: number;
      remainingMs: number;
    };
    expect(answer.calls).toBe(10);
    expect(answer.remainingMs).toBeLessThanOrEqual(15_000);
    expect(answer.remainingMs).toBeGreaterThan(10_000);
  });

  it('sleeps the latency on the real clock', async () => {
    host.setLatency({ productMs: 30, clock: 'real' });
    const started = Date.now();
    await expect(host.invokeFunction('product-calls', { count: 5 })).resolves.toMatchObject({
      calls: 5,
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(lastRun('product-calls')?.elapsedMs).toBeGreaterThanOrEqual(150);
  });
});
