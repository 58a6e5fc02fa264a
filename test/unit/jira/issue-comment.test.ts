import type { APIResponse, RequestInit } from '@forge/api';
import { ProductClient } from '../../../src/jira/product-client';
import type { RetryPolicy } from '../../../src/jira/retry-policy';
import { addIssueComment } from '../../../src/jira/issue-comment';

const policy: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 1,
  maxDelayMs: 1,
  maxRetryAfterMs: 1,
  sleep: async () => undefined,
  random: () => 0,
};

/** A Jira whose comment create adds the comment, then answers 500 the first `failures` times. */
function flakyJira(failures: number, existing: { body: unknown; created: string }[] = []) {
  const comments = existing.map((c, i) => ({ id: String(i + 1), ...c }));
  const posts: unknown[] = [];
  let failuresLeft = failures;
  const requester = async (path: unknown, init?: RequestInit): Promise<APIResponse> => {
    const url = (path as { value: string }).value;
    if (init?.method === 'POST') {
      const { body } = JSON.parse(String(init.body)) as { body: unknown };
      posts.push(body);
      const made = { id: String(comments.length + 1), body, created: new Date().toISOString() };
      comments.push(made);
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        return new Response('{}', { status: 500 }) as unknown as APIResponse;
      }
      return new Response(JSON.stringify({ id: made.id }), {
        status: 201,
      }) as unknown as APIResponse;
    }
    expect(url).toContain('orderBy=-created');
    const newest = [...comments].reverse();
    return new Response(JSON.stringify({ comments: newest, startAt: 0, total: newest.length }), {
      status: 200,
    }) as unknown as APIResponse;
  };
  return { client: new ProductClient(requester, policy), comments, posts };
}

describe('an app comment on an issue', () => {
  it('is added once when Jira adds it but answers 500 (the retry finds it)', async () => {
    const jira = flakyJira(1);
    const id = await addIssueComment(jira.client, 'AIMS-1', 'Effectiveness verified.');
    expect(jira.posts).toHaveLength(1);
    expect(jira.comments).toHaveLength(1);
    expect(id).toBe(jira.comments[0]?.id);
  });

  it('is added again when the same words were commented before the call began', async () => {
    const old = {
      body: {
        type: 'doc',
        version: 1,
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Reopened.' }] }],
      },
      created: '2020-01-01T00:00:00.000Z',
    };
    const jira = flakyJira(0, [old]);
    await addIssueComment(jira.client, 'AIMS-1', 'Reopened.');
    expect(jira.comments).toHaveLength(2);
  });
});
