/**
 * Forge's async events through the unmodified @forge/events client: a push reaches the queue's
 * consumer later, as the app, with the documented AsyncEvent; retries (InvocationError, a throw)
 * carry a retryContext; concurrency keys serialise; duplicates arrive; jobs report and cancel.
 */
import type { RunningSite } from '../../../emulator/core/site';
import type { ForgeHost } from '../../../emulator/forge-host';
import { consumerLog, resetConsumerLog } from '../../fixtures/forge-app/src/queue';
import { startFixtureSite } from './fixture-host';

let site: RunningSite;
let host: ForgeHost;

beforeEach(async () => {
  // Platform waits (delayInSeconds, retryAfter, backoff) run at 1/1000 of their length.
  ({ site, host } = await startFixtureSite({ retryTimeScale: 0.001 }));
  resetConsumerLog();
});

afterEach(async () => {
  await host.waitForIdle();
  host.close();
  await site.close();
});

const queueScript = (step: unknown): Promise<unknown> => host.invokeFunction('queue-script', step);
const seen = () => consumerLog().consumed;

describe('async events (@forge/events Queue and a consumer module)', () => {
  it('delivers a pushed event later to the consumer, as the app, with the documented AsyncEvent', async () => {
    const pushed = (await queueScript({
      op: 'push',
      queue: 'fixture',
      events: [{ body: { mode: 'ok', tag: 'first' } }],
    })) as { jobId: string };
    expect(pushed.jobId).toMatch(/^[0-9a-f-]{36}$/);
    // Not inside the push: the consumer runs in its own invocation afterwards.
    expect(seen()).toHaveLength(0);
    await host.waitForIdle();
    expect(seen()).toEqual([
      {
        body: { mode: 'ok', tag: 'first' },
        event: { queueName: 'fixture-queue', jobId: pushed.jobId, eventId: expect.any(String) },
      },
    ]);
    expect(await queueScript({ op: 'stats', jobId: pushed.jobId })).toEqual({
      success: 1,
      inProgress: 0,
      failed: 0,
    });
    const consumerRun = host.invocations.find((i) => i.moduleKey === 'fixture-consumer');
    expect(consumerRun).toMatchObject({ kind: 'consumer', limitMs: 55_000, outcome: 'ok' });
  });

  it('retries an event whose consumer returns an InvocationError, with a retryContext', async () => {
    await queueScript({
      op: 'push',
      queue: 'fixture',
      events: [{ body: { mode: 'retry', times: 3 } }],
    });
    await host.waitForIdle();
    const attempts = seen().map((s) => s.event.retryContext);
    expect(attempts).toEqual([
      undefined,
      expect.objectContaining({
        retryCount: 1,
        retryReason: 'FUNCTION_RETRY_REQUEST',
        retryData: { attempt: 1 },
        retentionWindow: expect.objectContaining({ remainingTimeMs: expect.any(Number) }),
      }),
      expect.objectContaining({ retryCount: 2, retryData: { attempt: 2 } }),
    ]);
    expect(new Set(seen().map((s) => s.event.eventId)).size).toBe(1);
  });

  it('retries an event whose consumer throws (an app-level error) until it is delivered', async () => {
    const { jobId } = (await queueScript({
      op: 'push',
      queue: 'fixture',
      events: [{ body: { mode: 'throw', times: 3 } }],
    })) as { jobId: string };
    await host.waitForIdle();
    expect(seen().map((s) => s.event.retryContext?.retryCount ?? 0)).toEqual([0, 1, 2]);
    expect(seen()[1]?.event.retryContext?.retryReason).toBe('FUNCTION_ERROR');
    expect(await queueScript({ op: 'stats', jobId })).toEqual({
      success: 1,
      inProgress: 0,
      failed: 0,
    });
    expect(host.deliveries.filter((d) => d.moduleKey === 'fixture-consumer')).toEqual([
      { moduleKey: 'fixture-consumer', eventType: 'queue:fixture-queue', ok: true },
    ]);
  });

  it('runs events of one concurrency key one at a time, and others side by side', async () => {
    const hold = (n: number, concurrency?: unknown) =>
      Array.from({ length: n }, (_, i) => ({
        body: { mode: 'hold', ms: 40, tag: String(i) },
        ...(concurrency ? { concurrency } : {}),
      }));
    await queueScript({
      op: 'push',
      queue: 'fixture',
      events: hold(3, { key: 'one-at-a-time', limit: 1 }),
    });
    await host.waitForIdle();
    expect(seen()).toHaveLength(3);
    expect(consumerLog().mostActive).toBe(1);

    resetConsumerLog();
    await queueScript({ op: 'push', queue: 'fixture', events: hold(3) });
    await host.waitForIdle();
    expect(consumerLog().mostActive).toBe(3);
  });

  it('delivers every event twice in duplicate mode (at least once), with the same eventId', async () => {
    host.setFaults({ duplicateEvents: true, retryTimeScale: 0.001 });
    await queueScript({ op: 'push', queue: 'fixture', events: [{ body: { mode: 'ok' } }] });
    await host.waitForIdle();
    expect(seen()).toHaveLength(2);
    expect(seen()[0]?.event.eventId).toBe(seen()[1]?.event.eventId);
  });

  it('waits delayInSeconds, and a cancelled job processes nothing that has not started', async () => {
    const { jobId } = (await queueScript({
      op: 'push',
      queue: 'fixture',
      events: [{ body: { mode: 'ok' }, delayInSeconds: 600 }],
    })) as { jobId: string };
    expect(await queueScript({ op: 'stats', jobId })).toEqual({
      success: 0,
      inProgress: 1,
      failed: 0,
    });
    expect(await queueScript({ op: 'cancel', jobId })).toEqual({ cancelled: true });
    await host.waitForIdle();
    expect(seen()).toHaveLength(0);
    expect(await queueScript({ op: 'stats', jobId: 'no-such-job' })).toEqual({
      error: expect.stringContaining('JobDoesNotExistError'),
    });
  });

  it('refuses a push to a queue no consumer listens to, and pushes the client refuses', async () => {
    expect(
      await queueScript({ op: 'push', queue: 'unheard', events: [{ body: { mode: 'ok' } }] }),
    ).toEqual({ error: expect.stringMatching(/InternalServerError: 400.*nobody-listens/) });
    const tooMany = Array.from({ length: 51 }, () => ({ body: { mode: 'ok' } }));
    expect(await queueScript({ op: 'push', queue: 'fixture', events: tooMany })).toEqual({
      error: expect.stringContaining('TooManyEventsError'),
    });
    expect(
      await queueScript({
        op: 'push',
        queue: 'fixture',
        events: [{ body: { mode: 'ok' }, delayInSeconds: 901 }],
      }),
    ).toEqual({ error: expect.stringContaining('InvalidPushSettingsError') });
  });
});
