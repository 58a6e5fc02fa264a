import type { APIResponse, RequestInit, Route } from '@forge/api';
import { ProductClient } from '../../../src/jira/product-client';
import { defaultRetryPolicy } from '../../../src/jira/retry-policy';
import { Refusal as FindingsImportError } from '../../../src/domain/refusal';
import { importFindings } from '../../../src/findings/findings-import';
import { findingRowsFromJson } from '../../../src/findings/finding-import-rows';
import { config, state } from '../workflows/aims-issue-fixture';

interface Call {
  method: string;
  path: string;
  body?: unknown;
}

const json = (status: number, body: unknown): APIResponse =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  }) as unknown as APIResponse;

/** A Jira that knows audit AIMS-1, creates issues in bulk, and refuses links when told to. */
function fakeJira(options: { failLinks: false | 400 | 500 }): {
  client: ProductClient;
  calls: Call[];
} {
  const calls: Call[] = [];
  let next = 100;
  const requester = async (path: Route, init?: RequestInit): Promise<APIResponse> => {
    const method = init?.method ?? 'GET';
    const url = path.value;
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    calls.push({ method, path: url, body });
    if (url === '/rest/api/3/issue/bulkfetch') {
      const asked = (body as { issueIdsOrKeys: string[] }).issueIdsOrKeys;
      return json(200, {
        issues: asked.includes('AIMS-1')
          ? [
              {
                id: '1',
                key: 'AIMS-1',
                fields: { issuetype: { id: '6' }, project: { key: 'AIMS' } },
              },
            ]
          : [],
        issueErrors: [],
      });
    }
    if (url === '/rest/api/3/issue/bulk') {
      const updates = (body as { issueUpdates: unknown[] }).issueUpdates;
      return json(201, {
        issues: updates.map(() => ({ id: String(next), key: `AIMS-${next++}` })),
        errors: [],
      });
    }
    if (url === '/rest/api/3/issueLink')
      return options.failLinks
        ? json(options.failLinks, { errorMessages: ['Link refused'], errors: {} })
        : json(201, undefined);
    if (method === 'DELETE') return json(204, undefined);
    return json(404, { errorMessages: ['not found'], errors: {} });
  };
  // Retries wait for nothing here.
  const policy = { ...defaultRetryPolicy, sleep: async () => undefined };
  return { client: new ProductClient(requester, policy), calls };
}

const aims = { config, state };
const rows = findingRowsFromJson({
  findings: [
    { summary: 'One', grade: 'Observation', isoReference: '9.2' },
    { summary: 'Two', grade: 'Minor nonconformity', isoReference: 'A.6.2.4' },
  ],
});

describe('importFindings', () => {
  it('creates the findings in one bulk request and links each to its audit', async () => {
    const { client, calls } = fakeJira({ failLinks: false });
    const result = await importFindings(client, aims, rows, { auditKey: 'AIMS-1' });
    expect(result.findings.map((f) => f.key)).toEqual(['AIMS-100', 'AIMS-101']);
    expect(calls.filter((c) => c.path === '/rest/api/3/issue/bulk')).toHaveLength(1);
    expect(calls.filter((c) => c.path === '/rest/api/3/issueLink').map((c) => c.body)).toEqual([
      expect.objectContaining({
        inwardIssue: { key: 'AIMS-100' },
        outwardIssue: { key: 'AIMS-1' },
      }),
      expect.objectContaining({
        inwardIssue: { key: 'AIMS-101' },
        outwardIssue: { key: 'AIMS-1' },
      }),
    ]);
  });

  it('when Jira keeps failing half-way, deletes what it created and says to import again', async () => {
    const { client, calls } = fakeJira({ failLinks: 500 });
    const attempt = importFindings(client, aims, rows, { auditKey: 'AIMS-1' });
    await expect(attempt).rejects.toBeInstanceOf(FindingsImportError);
    const err = (await attempt.catch((e: unknown) => e)) as FindingsImportError;
    expect(err.message).toBe(
      'Jira failed for a moment, so the import was undone: import the same findings again shortly.',
    );
    expect(err.retryable).toBe(true);
    expect(err.details.join(' ')).toContain('(AIMS-100, AIMS-101) were deleted again');
    expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.path)).toEqual([
      '/rest/api/3/issue/AIMS-100?deleteSubtasks=true',
      '/rest/api/3/issue/AIMS-101?deleteSubtasks=true',
    ]);
  });

  it('when Jira refuses a link, deletes what it created and does not call it passing', async () => {
    const { client, calls } = fakeJira({ failLinks: 400 });
    const err = (await importFindings(client, aims, rows, { auditKey: 'AIMS-1' }).catch(
      (e: unknown) => e,
    )) as FindingsImportError;
    expect(err.message).toBe('The import failed and was undone.');
    expect(err.retryable).toBe(false);
    expect(err.details.join(' ')).toContain('Link refused');
    expect(calls.filter((c) => c.path === '/rest/api/3/issueLink')).toHaveLength(1);
    expect(calls.filter((c) => c.method === 'DELETE')).toHaveLength(2);
  });

  it('a bad row creates nothing at all', async () => {
    const { client, calls } = fakeJira({ failLinks: false });
    const bad = findingRowsFromJson({
      findings: [
        { summary: 'One', grade: 'Observation', isoReference: '9.2' },
        { summary: 'Two', grade: 'Severe', isoReference: '9.2' },
      ],
    });
    await expect(importFindings(client, aims, bad, { auditKey: 'AIMS-1' })).rejects.toMatchObject({
      details: [expect.stringMatching(/^Finding 2: grade 'Severe'/)],
    });
    expect(calls.map((c) => c.method)).toEqual(['POST']); // the lookup of the audit only (bulk fetch)
  });
});
