import { route } from '@forge/api';
import type { APIResponse, RequestInit } from '@forge/api';
import { z } from 'zod';
import {
  ProductApiError,
  ProductClient,
  ProductUnreachableError,
} from '../../../src/jira/product-client';
import type { RetryPolicy } from '../../../src/jira/retry-policy';
import { backoffMs, retryAfterMs } from '../../../src/jira/retry-policy';

type Answer = { status: number; headers?: Record<string, string>; body?: unknown } | Error;

/** A requester answering from a script, recording each call's method. */
function scripted(answers: Answer[]) {
  const calls: string[] = [];
  const requester = async (_path: unknown, init?: RequestInit): Promise<APIResponse> => {
    calls.push(init?.method ?? 'GET');
    const next = answers.shift();
    if (!next) throw new Error('no more answers scripted');
    if (next instanceof Error) throw next;
    const text = next.status === 204 ? null : JSON.stringify(next.body ?? {});
    return new Response(text, {
      status: next.status,
      headers: next.headers ?? {},
    }) as unknown as APIResponse;
  };
  return { requester, calls };
}

/** A policy that records its waits instead of sleeping, with a fixed "random" number. */
function recordingPolicy(random = 0.5): { policy: RetryPolicy; waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    policy: {
      maxAttempts: 4,
      baseDelayMs: 200,
      maxDelayMs: 1_000,
      maxRetryAfterMs: 5_000,
      sleep: async (ms) => {
        waits.push(ms);
      },
      random: () => random,
    },
  };
}

const ok = z.object({ ok: z.boolean() });

describe('the retrying product client', () => {
  it('waits exactly the Retry-After of a 429, then succeeds', async () => {
    const { requester, calls } = scripted([
      { status: 429, headers: { 'Retry-After': '3' } },
      { status: 200, body: { ok: true } },
    ]);
    const { policy, waits } = recordingPolicy();
    const client = new ProductClient(requester, policy);
    await expect(client.get(route`/rest/api/3/myself`, ok)).resolves.toEqual({ ok: true });
    expect(waits).toEqual([3_000]);
    expect(calls).toEqual(['GET', 'GET']);
  });

  it('repeats a create after a 429 (the product did not process it)', async () => {
    const { requester, calls } = scripted([
      { status: 429, headers: { 'Retry-After': '1' } },
      { status: 201, body: { ok: true } },
    ]);
    const client = new ProductClient(requester, recordingPolicy().policy);
    await expect(client.post(route`/rest/api/3/issue`, {}, ok)).resolves.toEqual({ ok: true });
    expect(calls).toEqual(['POST', 'POST']);
  });

  it('gives a Retry-After longer than the invocation can wait to the caller, with the wait', async () => {
    const { requester, calls } = scripted([{ status: 429, headers: { 'Retry-After': '60' } }]);
    const { policy, waits } = recordingPolicy();
    const client = new ProductClient(requester, policy);
    const failure = await client.get(route`/rest/api/3/myself`, ok).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ProductApiError);
    expect(failure).toMatchObject({ status: 429, retryAfterSeconds: 60, passing: true });
    expect(waits).toEqual([]);
    expect(calls).toHaveLength(1);
  });

  it('retries a 5xx of an idempotent call with capped exponential backoff and jitter', async () => {
    const { requester, calls } = scripted([
      { status: 503 },
      { status: 502 },
      { status: 500 },
      { status: 200, body: { ok: true } },
    ]);
    const { policy, waits } = recordingPolicy(0.5);
    const client = new ProductClient(requester, policy);
    await expect(client.get(route`/rest/api/3/myself`, ok)).resolves.toEqual({ ok: true });
    // Ceilings 200, 400, 800 ms (the cap is 1 000), each halved by the jitter of 0.5.
    expect(waits).toEqual([100, 200, 400]);
    expect(calls).toHaveLength(4);
  });

  it('stops after the last attempt and reports the last failure', async () => {
    const { requester, calls } = scripted([
      { status: 500 },
      { status: 500 },
      { status: 500 },
      { status: 503, body: { errorMessages: ['Down for maintenance'] } },
    ]);
    const client = new ProductClient(requester, recordingPolicy().policy);
    await expect(client.get(route`/rest/api/3/myself`, ok)).rejects.toMatchObject({
      status: 503,
      messages: ['Down for maintenance'],
    });
    expect(calls).toHaveLength(4);
  });

  it('never repeats a create after a 5xx: it may have been processed', async () => {
    const { requester, calls } = scripted([{ status: 500 }, { status: 201, body: { ok: true } }]);
    const { policy, waits } = recordingPolicy();
    const client = new ProductClient(requester, policy);
    await expect(client.post(route`/rest/api/3/issue`, {}, ok)).rejects.toMatchObject({
      status: 500,
      passing: true,
    });
    expect(calls).toEqual(['POST']);
    expect(waits).toEqual([]);
  });

  it('after a 5xx, a create made idempotent looks for what it made and answers that: never created twice', async () => {
    const { requester, calls } = scripted([{ status: 502 }]);
    const client = new ProductClient(requester, recordingPolicy().policy);
    const looked: string[] = [];
    const findCreated = async () => {
      looked.push('look');
      return { ok: true };
    };
    await expect(client.post(route`/rest/api/3/issue`, {}, ok, { findCreated })).resolves.toEqual({
      ok: true,
    });
    expect(calls).toEqual(['POST']);
    expect(looked).toEqual(['look']);
  });

  it('creates again only when the lookup finds nothing, and gives up after the last attempt', async () => {
    const { requester, calls } = scripted([
      { status: 500 },
      new Error('socket hang up'),
      { status: 201, body: { ok: true } },
    ]);
    const { policy, waits } = recordingPolicy();
    const client = new ProductClient(requester, policy);
    const findCreated = async () => undefined;
    await expect(client.post(route`/rest/api/3/issue`, {}, ok, { findCreated })).resolves.toEqual({
      ok: true,
    });
    expect(calls).toEqual(['POST', 'POST', 'POST']);
    expect(waits).toHaveLength(2);

    const failing = scripted([{ status: 500 }, { status: 500 }, { status: 500 }, { status: 500 }]);
    const client2 = new ProductClient(failing.requester, recordingPolicy().policy);
    await expect(
      client2.post(route`/rest/api/3/issue`, {}, ok, { findCreated }),
    ).rejects.toMatchObject({ status: 500 });
    expect(failing.calls).toHaveLength(4);
  });

  it('repeats a POST the product treats as idempotent (an issue link) after a 5xx, but not an ordinary one', async () => {
    const link = {
      type: { name: 'Relates' },
      inwardIssue: { key: 'A-1' },
      outwardIssue: { key: 'A-2' },
    };
    const repeatable = scripted([{ status: 500 }, { status: 201 }]);
    await new ProductClient(repeatable.requester, recordingPolicy().policy).sendNoContent(
      route`/rest/api/3/issueLink`,
      'POST',
      link,
      { repeatable: true },
    );
    expect(repeatable.calls).toEqual(['POST', 'POST']);
    const ordinary = scripted([{ status: 500 }, { status: 201 }]);
    await expect(
      new ProductClient(ordinary.requester, recordingPolicy().policy).sendNoContent(
        route`/rest/api/3/issueLink`,
        'POST',
        link,
      ),
    ).rejects.toMatchObject({ status: 500 });
    expect(ordinary.calls).toEqual(['POST']);
  });

  it('repeats a read-only POST (a search) after a 5xx', async () => {
    const { requester, calls } = scripted([{ status: 504 }, { status: 200, body: { ok: true } }]);
    const client = new ProductClient(requester, recordingPolicy().policy);
    await expect(
      client.post(route`/rest/api/3/search/jql`, {}, ok, { readOnly: true }),
    ).resolves.toEqual({ ok: true });
    expect(calls).toEqual(['POST', 'POST']);
  });

  it('retries a timeout of an idempotent call, but not of a create', async () => {
    const timeout = new Error('socket hang up');
    const read = scripted([timeout, { status: 204 }]);
    await new ProductClient(read.requester, recordingPolicy().policy).sendNoContent(
      route`/rest/api/3/issue/AIMS-1`,
      'PUT',
      {},
    );
    expect(read.calls).toEqual(['PUT', 'PUT']);

    const create = scripted([timeout, { status: 201, body: { ok: true } }]);
    await expect(
      new ProductClient(create.requester, recordingPolicy().policy).post(
        route`/rest/api/3/issue`,
        {},
        ok,
      ),
    ).rejects.toBeInstanceOf(ProductUnreachableError);
    expect(create.calls).toEqual(['POST']);
  });

  it('does not retry a refusal (4xx other than 429)', async () => {
    const { requester, calls } = scripted([{ status: 400, body: { errorMessages: ['Bad'] } }]);
    const client = new ProductClient(requester, recordingPolicy().policy);
    await expect(client.get(route`/rest/api/3/myself`, ok)).rejects.toMatchObject({
      status: 400,
      passing: false,
    });
    expect(calls).toHaveLength(1);
  });
});

describe('retry timing', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('2', 0)).toBe(2_000);
    expect(retryAfterMs('Thu, 01 Jan 1970 00:00:05 GMT', 1_000)).toBe(4_000);
    expect(retryAfterMs('soon', 0)).toBeUndefined();
    expect(retryAfterMs(null, 0)).toBeUndefined();
  });

  it('caps the backoff and spreads it with jitter', () => {
    const policy = { ...recordingPolicy().policy, random: () => 0.999 };
    expect(backoffMs(policy, 1)).toBe(199);
    expect(backoffMs(policy, 10)).toBe(999);
    expect(backoffMs({ ...policy, random: () => 0 }, 10)).toBe(0);
  });
});
