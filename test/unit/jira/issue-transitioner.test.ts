import type { APIResponse, RequestInit } from '@forge/api';
import { moveIssueToStatus } from '../../../src/jira/issue-transitioner';
import { ProductClient } from '../../../src/jira/product-client';

/** A Jira whose issue AIMS-1 sits in `status` and offers `offered` transitions (id → to-status). */
function jira(state: { status: string; offered: Record<string, string>; refuse?: string }) {
  const sent: string[] = [];
  const requester = async (path: unknown, init?: RequestInit): Promise<APIResponse> => {
    const url = String((path as { value?: string }).value ?? path);
    const method = init?.method ?? 'GET';
    sent.push(`${method} ${url}`);
    let status = 200;
    let body: unknown;
    if (url.endsWith('/transitions') && method === 'GET')
      body = {
        transitions: Object.entries(state.offered).map(([id, to]) => ({ id, to: { id: to } })),
      };
    else if (url.endsWith('/transitions') && method === 'POST') {
      if (state.refuse) {
        status = 400;
        body = { errorMessages: [state.refuse], errors: {} };
      } else status = 204;
    } else body = { fields: { status: { id: state.status } } };
    return new Response(status === 204 ? null : JSON.stringify(body), {
      status,
    }) as unknown as APIResponse;
  };
  const policy = {
    maxAttempts: 1,
    baseDelayMs: 1,
    maxDelayMs: 1,
    maxRetryAfterMs: 1,
    sleep: async () => undefined,
    random: () => 0,
  };
  return { client: new ProductClient(requester, policy), sent };
}

describe('moving an issue to a status', () => {
  it('runs the transition that leads there, without reading the issue again', async () => {
    const { client, sent } = jira({ status: '1', offered: { '11': '2' } });
    await expect(moveIssueToStatus(client, 'AIMS-1', '2')).resolves.toEqual({ moved: true });
    expect(sent).toEqual([
      'GET /rest/api/3/issue/AIMS-1/transitions',
      'POST /rest/api/3/issue/AIMS-1/transitions',
    ]);
  });

  it('says another run made the move when the issue is already there (a duplicated event)', async () => {
    const { client } = jira({ status: '2', offered: { '21': '3' } });
    await expect(moveIssueToStatus(client, 'AIMS-1', '2')).resolves.toEqual({
      moved: false,
      reason: 'already in that status: another run of this automation moved it',
    });
  });

  it('says so when a concurrent run moved it between reading and sending the transition', async () => {
    const { client } = jira({
      status: '2',
      offered: { '11': '2' },
      refuse: 'It seems that you have tried to perform a workflow operation that is not valid.',
    });
    await expect(moveIssueToStatus(client, 'AIMS-1', '2')).resolves.toEqual({
      moved: false,
      reason: 'already in that status: another run of this automation moved it',
    });
  });

  it("gives Jira's refusal or the missing transition otherwise", async () => {
    const refused = jira({ status: '1', offered: { '11': '2' }, refuse: 'Add a rationale first.' });
    await expect(moveIssueToStatus(refused.client, 'AIMS-1', '2')).resolves.toEqual({
      moved: false,
      reason: 'Add a rationale first.',
    });
    const none = jira({ status: '1', offered: { '12': '3' } });
    await expect(moveIssueToStatus(none.client, 'AIMS-1', '2')).resolves.toEqual({
      moved: false,
      reason: 'no transition to that status is offered from the current status',
    });
  });
});
