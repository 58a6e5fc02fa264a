import type { APIResponse, RequestInit, Route } from '@forge/api';
import { followTask, jiraTaskSchema } from '../../../src/jira/jira-task';
import { ProductApiError, ProductClient } from '../../../src/jira/product-client';

const json = (status: number, body: unknown): APIResponse =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  }) as unknown as APIResponse;

/** A Jira whose task reports the given states, one per read; records each wait. */
function jiraWithTask(states: string[]): { client: ProductClient; waits: number[] } {
  const waits: number[] = [];
  let reads = 0;
  const client = new ProductClient(async (path: Route) => {
    expect(path.value).toBe('/rest/api/3/task/10000');
    const status = states[Math.min(reads, states.length - 1)];
    reads += 1;
    return json(200, { id: '10000', status, message: status === 'FAILED' ? 'No mapping' : '' });
  });
  return { client, waits };
}

describe('followTask', () => {
  it('reads the task until it has finished, waiting longer each time', async () => {
    const { client, waits } = jiraWithTask(['RUNNING', 'RUNNING', 'COMPLETE']);
    const done = await followTask(
      client,
      { id: '10000', status: 'ENQUEUED' },
      { maxWaitMs: 10_000, sleep: async (ms) => void waits.push(ms) },
    );
    expect(done.status).toBe('COMPLETE');
    expect(waits).toEqual([100, 200, 400]);
  });

  it('stops waiting when the time is spent and answers the task still running', async () => {
    const { client, waits } = jiraWithTask(['RUNNING']);
    const last = await followTask(
      client,
      { id: '10000', status: 'RUNNING' },
      { maxWaitMs: 1000, sleep: async (ms) => void waits.push(ms) },
    );
    expect(last.status).toBe('RUNNING');
    expect(waits.reduce((a, b) => a + b, 0)).toBe(1000);
  });

  it('answers a finished task without reading it again', async () => {
    const { client, waits } = jiraWithTask([]);
    const task = jiraTaskSchema.parse({ id: '10000', status: 'FAILED', message: 'No mapping' });
    expect(await followTask(client, task, { maxWaitMs: 1000, sleep: async () => undefined })).toBe(
      task,
    );
    expect(waits).toEqual([]);
  });
});

describe('ProductClient.startTask', () => {
  const started = { id: '10000', status: 'ENQUEUED' };
  const client = (status: number, body: unknown) =>
    new ProductClient(async (_path: Route, _init?: RequestInit) => json(status, body));

  it('takes the task from a 303 See Other, or from the followed redirect', async () => {
    const path = { value: '/rest/api/3/workflowscheme/project/switch' } as Route;
    expect(await client(303, started).startTask(path, {}, jiraTaskSchema)).toEqual(started);
    expect(await client(200, started).startTask(path, {}, jiraTaskSchema)).toEqual(started);
  });

  it("reads a bulk operation's failed elements as Jira's words", async () => {
    const path = { value: '/rest/api/3/issue/bulk' } as Route;
    const refused = client(400, {
      issues: [],
      errors: [
        {
          status: 400,
          failedElementNumber: 0,
          elementErrors: { errorMessages: [], errors: { customfield_1: 'Not on the screen.' } },
        },
      ],
    }).post(path, {}, jiraTaskSchema);
    await expect(refused).rejects.toThrow(ProductApiError);
    await expect(refused).rejects.toThrow('item 1: customfield_1: Not on the screen.');
  });
});
