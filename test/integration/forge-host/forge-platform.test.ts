import type { RunningSite } from '../../../emulator/core/site';
import type { ForgeHost } from '../../../emulator/forge-host';
import { SEEDED_USERS } from '../../../emulator/core/users';
import { basicAuth } from '../../support/test-site';
import { anIssueKey, bridge, registerFrame, startFixtureSite } from './fixture-host';

let site: RunningSite;
let host: ForgeHost;

const accountOf = (login: string): string => {
  const u = SEEDED_USERS.find((x) => x.email.startsWith(`${login}@`));
  if (!u) throw new Error(login);
  return u.accountId;
};

beforeAll(async () => {
  ({ site, host } = await startFixtureSite());
});

afterAll(async () => {
  host.close();
  await site.close();
});

const script = (steps: unknown[]): Promise<unknown[]> =>
  host.invokeFunction('kvs-script', { steps }) as Promise<unknown[]>;

describe('Forge KVS through @forge/kvs', () => {
  it('sets, gets and deletes values; a missing key reads as undefined', async () => {
    const [, got, , gone] = await script([
      { op: 'set', key: 'config:a', value: { threshold: 3 } },
      { op: 'get', key: 'config:a' },
      { op: 'delete', key: 'config:a' },
      { op: 'get', key: 'config:a' },
    ]);
    expect(got).toEqual({ threshold: 3 });
    expect(gone).toBeNull();
  });

  it('pages a beginsWith query with cursors, in key order, without other prefixes', async () => {
    await script([
      ...['c', 'a', 'e', 'b', 'd'].map((k) => ({ op: 'set', key: `page:${k}`, value: k })),
      { op: 'set', key: 'other:x', value: 'x' },
    ]);
    const [first] = (await script([{ op: 'query', prefix: 'page:', limit: 2 }])) as {
      results: { key: string }[];
      nextCursor?: string;
    }[];
    expect(first?.results.map((r) => r.key)).toEqual(['page:a', 'page:b']);
    const [second] = (await script([
      { op: 'query', prefix: 'page:', limit: 2, cursor: first?.nextCursor },
    ])) as { results: { key: string }[]; nextCursor?: string }[];
    expect(second?.results.map((r) => r.key)).toEqual(['page:c', 'page:d']);
    const [third] = (await script([
      { op: 'query', prefix: 'page:', limit: 2, cursor: second?.nextCursor },
    ])) as { results: { key: string }[]; nextCursor?: string }[];
    expect(third?.results.map((r) => r.key)).toEqual(['page:e']);
    expect(third?.nextCursor).toBeUndefined();
  });

  it('refuses FAIL_IF_EXISTS on an existing key and invalid keys', async () => {
    const [, second, bad] = (await script([
      { op: 'set', key: 'once', value: 1, options: { keyPolicy: 'FAIL_IF_EXISTS' } },
      { op: 'set', key: 'once', value: 2, options: { keyPolicy: 'FAIL_IF_EXISTS' } },
      { op: 'set', key: 'bad/key', value: 1 },
    ])) as { code?: string }[];
    expect(second?.code).toBe('KEY_ALREADY_EXISTS');
    expect(bad?.code).toBe('INVALID_KEY');
  });

  it('keeps an expired value readable (and its key taken) for up to 48 hours, then deletes it', async () => {
    // storage-reference/kvs-api, TTL: "Deletion may take up to 48 hours. During this window, read
    // operations may still return expired results."
    const realNow = site.ctx.now;
    try {
      await script([
        {
          op: 'set',
          key: 'session:x',
          value: 'v',
          options: { ttl: { value: 30, unit: 'SECONDS' } },
        },
      ]);
      expect(await script([{ op: 'get', key: 'session:x' }])).toEqual(['v']);
      const expired = new Date(Date.now() + 31_000);
      site.ctx.now = () => expired;
      const [read, failIfExists] = await script([
        { op: 'get', key: 'session:x' },
        { op: 'set', key: 'session:x', value: 'w', options: { keyPolicy: 'FAIL_IF_EXISTS' } },
      ]);
      expect(read).toBe('v');
      expect(failIfExists).toMatchObject({ error: expect.any(String) });
      const deleted = new Date(Date.now() + 31_000 + 48 * 3_600_000);
      site.ctx.now = () => deleted;
      expect(await script([{ op: 'get', key: 'session:x' }])).toEqual([null]);
    } finally {
      site.ctx.now = realNow;
    }
  });

  it('keeps secrets apart from plain keys', async () => {
    const [, secret, plain, listed] = await script([
      { op: 'setSecret', key: 'hmac', value: 's3cret' },
      { op: 'getSecret', key: 'hmac' },
      { op: 'get', key: 'hmac' },
      { op: 'query', prefix: 'hmac', limit: 10 },
    ]);
    expect(secret).toBe('s3cret');
    expect(plain).toBeNull();
    expect((listed as { results: unknown[] }).results).toEqual([]);
  });

  it('applies a transaction atomically and refuses it whole when a check fails', async () => {
    await script([
      { op: 'entitySet', key: 'f1', value: { project: 'AIMS', grade: 'major', score: 5 } },
      { op: 'set', key: 'tx:keep', value: 'old' },
    ]);
    const [ok] = await script([
      {
        op: 'transact',
        set: [
          { key: 'tx:a', value: 1 },
          { key: 'tx:b', value: 2 },
        ],
        delete: ['tx:keep'],
        checkEntity: { key: 'f1', grade: 'major' },
      },
    ]);
    expect(ok).toBeNull();
    const [failed, a2, untouched] = (await script([
      {
        op: 'transact',
        set: [
          { key: 'tx:a', value: 99 },
          { key: 'tx:c', value: 3 },
        ],
        checkEntity: { key: 'f1', grade: 'minor' },
      },
      { op: 'get', key: 'tx:a' },
      { op: 'get', key: 'tx:c' },
    ])) as unknown[];
    expect((failed as { code?: string }).code).toBe('CONDITION_FAILED');
    expect(a2).toBe(1);
    expect(untouched).toBeNull();
    const tooMany = Array.from({ length: 26 }, (_, i) => ({ key: `tx:many:${i}`, value: i }));
    const [limit] = (await script([{ op: 'transact', set: tooMany }])) as { code?: string }[];
    expect(limit?.code).toBe('TOO_MANY_OPERATIONS');
  });

  it('queries custom entities by partition, range, filter and sort, with cursors', async () => {
    await script([
      { op: 'entitySet', key: 'e1', value: { project: 'P', grade: 'minor', score: 1 } },
      { op: 'entitySet', key: 'e2', value: { project: 'P', grade: 'major', score: 7 } },
      { op: 'entitySet', key: 'e3', value: { project: 'P', grade: 'major', score: 4 } },
      { op: 'entitySet', key: 'e4', value: { project: 'Q', grade: 'major', score: 9 } },
    ]);
    const [all] = (await script([{ op: 'entityQuery', project: 'P', desc: true }])) as {
      results: { key: string }[];
    }[];
    expect(all?.results.map((r) => r.key)).toEqual(['e2', 'e3', 'e1']);
    const [majorsFrom2] = (await script([
      { op: 'entityQuery', project: 'P', minScore: 2, grade: 'major', limit: 1 },
    ])) as { results: { key: string }[]; nextCursor?: string }[];
    expect(majorsFrom2?.results.map((r) => r.key)).toEqual(['e3']);
    const [next] = (await script([
      {
        op: 'entityQuery',
        project: 'P',
        minScore: 2,
        grade: 'major',
        limit: 1,
        cursor: majorsFrom2?.nextCursor,
      },
    ])) as { results: { key: string }[] }[];
    expect(next?.results.map((r) => r.key)).toEqual(['e2']);
    const [wrongType] = (await script([
      { op: 'entitySet', key: 'e5', value: { project: 'P', score: 'high' } },
    ])) as { code?: string }[];
    expect(wrongType?.code).toBe('INVALID_VALUE');
  });
});

describe('web triggers', () => {
  it('hands the raw request to the function and returns its response; webTrigger.getUrl gives the same URL', async () => {
    const url = host.webtriggerUrl('hook');
    const body = '{"finding": 1,  "spaced": true}';
    const res = await fetch(`${url}/import/csv?source=audit,tool&x=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Signature': 'sha256=abc' },
      body,
    });
    expect(res.status).toBe(202);
    expect(res.headers.get('x-fixture')).toBe('yes');
    expect(await res.json()).toEqual({
      method: 'POST',
      userPath: '/import/csv',
      query: { source: ['audit', 'tool'], x: ['1'] },
      signature: ['sha256=abc'],
      body,
    });
    const frame = await registerFrame(site, 'admin', 'fixture-panel', {
      issueKey: await anIssueKey(site),
    });
    const viaApi = await bridge(site, 'admin', frame.frameId, 'invoke', {
      functionKey: 'webtriggerUrl',
      payload: {},
    });
    expect(viaApi.result).toBe(url);
  });

  it('answers 500 when the function returns no statusCode, 404 for unknown ids', async () => {
    expect((await fetch(`${host.webtriggerUrl('hook')}?broken=1`)).status).toBe(500);
    expect((await fetch(`${site.url}/x1/not-a-trigger`)).status).toBe(404);
  });
});

describe('scheduled triggers and installation', () => {
  it('runs a scheduled trigger on demand with Forge request shape', async () => {
    const run = await host.runScheduledTrigger('nightly');
    expect(run.statusCode).toBe(204);
    const [stored] = await script([{ op: 'get', key: 'nightly' }]);
    expect(stored).toEqual({ moduleKey: 'nightly', cloudId: host.identity.cloudId });
  });

  it('records 424 Failed dependency when a scheduled trigger answers no response object', async () => {
    const run = await host.runScheduledTrigger('weekly-bare');
    expect(run.statusCode).toBe(424);
    const [ran] = await script([{ op: 'get', key: 'weekly' }]);
    expect(ran).toBe(true);
    expect(host.deliveries.at(-1)).toMatchObject({
      moduleKey: 'weekly-bare',
      ok: false,
      error: expect.stringMatching(/424 Failed dependency/),
    });
  });

  it('lets only site admins run a scheduled trigger over HTTP', async () => {
    const asMember = await fetch(`${site.url}/forge/scheduled/nightly/run`, {
      method: 'POST',
      headers: { authorization: basicAuth('member') },
    });
    expect(asMember.status).toBe(403);
    const asAdmin = await fetch(`${site.url}/forge/scheduled/nightly/run`, {
      method: 'POST',
      headers: { authorization: basicAuth('admin') },
    });
    expect(asAdmin.status).toBe(200);
    expect(await asAdmin.json()).toEqual({ moduleKey: 'nightly', statusCode: 204 });
    const anonymous = await fetch(`${site.url}/forge/scheduled/nightly/run`, { method: 'POST' });
    expect(anonymous.status).toBe(401);
  });

  it('ran the installed trigger once per installation (the site fixture installed it)', async () => {
    const [installed] = await script([{ op: 'get', key: 'installed' }]);
    expect(installed).toEqual({
      installationId: host.identity.installationId,
      appId: host.identity.appId,
    });
    expect(await host.install(accountOf('admin'))).toEqual({ ran: false });
    expect(await host.install(accountOf('admin'), { product: 'confluence' })).toEqual({
      ran: false,
    });
  });
});

describe('scopes and limits', () => {
  it('fails a product call outside the manifest scopes as Forge does (401 scope does not match)', async () => {
    const frame = await registerFrame(site, 'admin', 'fixture-panel', {
      issueKey: await anIssueKey(site),
    });
    const res = await bridge(site, 'admin', frame.frameId, 'invoke', {
      functionKey: 'createIssueType',
      payload: {},
    });
    expect(res.ok).toBe(true);
    expect(res.result).toEqual({
      status: 401,
      body: JSON.stringify({ code: 401, message: 'Unauthorized; scope does not match' }),
    });
  });

  it('refuses an invoke payload above 500 KB and accepts one just below', async () => {
    const frame = await registerFrame(site, 'member', 'fixture-panel', {
      issueKey: await anIssueKey(site),
    });
    const small = await bridge(site, 'member', frame.frameId, 'invoke', {
      functionKey: 'payloadSize',
      payload: { blob: 'x'.repeat(400 * 1024) },
    });
    expect(small.ok).toBe(true);
    const big = await bridge(site, 'member', frame.frameId, 'invoke', {
      functionKey: 'payloadSize',
      payload: { blob: 'x'.repeat(501 * 1024) },
    });
    expect(big.status).toBe(413);
    expect(big.error?.message).toMatch(/500 KB/);
  });
});

describe('Custom UI frames and the bridge', () => {
  it('serves the resource with the bridge script first in <head>, only to the frame owner', async () => {
    const issueKey = await anIssueKey(site);
    const frame = await registerFrame(site, 'manager', 'fixture-panel', { issueKey });
    const extension = {
      type: 'jira:issuePanel',
      issue: { key: issueKey, type: 'Task' },
      project: { key: 'DEMO' },
    };
    const page = await fetch(site.url + frame.url, {
      headers: { authorization: basicAuth('manager') },
    });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html.indexOf('window.__bridge')).toBeGreaterThan(html.indexOf('<head>'));
    expect(html.indexOf('window.__bridge')).toBeLessThan(html.indexOf('./assets/panel.js'));
    const asset = await fetch(`${site.url}/forge/frames/${frame.frameId}/assets/panel.js`, {
      headers: { authorization: basicAuth('manager') },
    });
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    const escape = await fetch(`${site.url}/forge/frames/${frame.frameId}/..%2F..%2Fmanifest.yml`, {
      headers: { authorization: basicAuth('manager') },
    });
    expect(escape.status).toBe(404);
    const otherUser = await fetch(site.url + frame.url, {
      headers: { authorization: basicAuth('member') },
    });
    expect(otherUser.status).toBe(404);
    const context = await bridge(site, 'manager', frame.frameId, 'getContext', null);
    expect(context.result).toMatchObject({
      accountId: accountOf('manager'),
      cloudId: host.identity.cloudId,
      moduleKey: 'fixture-panel',
      extension,
    });
    const viaResolver = await bridge(site, 'manager', frame.frameId, 'invoke', {
      functionKey: 'extensionContext',
      payload: {},
    });
    expect(viaResolver.result).toMatchObject({ extension, moduleKey: 'fixture-panel' });
  });

  it('rejects frames for modules the app does not have', async () => {
    const res = await fetch(`${site.url}/forge/frames`, {
      method: 'POST',
      headers: { authorization: basicAuth('admin'), 'content-type': 'application/json' },
      body: JSON.stringify({ moduleKey: 'nope' }),
    });
    expect(res.status).toBe(404);
  });

  it("a resolver error rejects the bridge call with the error's message", async () => {
    const frame = await registerFrame(site, 'admin', 'fixture-panel', {
      issueKey: await anIssueKey(site),
    });
    const res = await bridge(site, 'admin', frame.frameId, 'invoke', {
      functionKey: 'doesNotExist',
      payload: {},
    });
    expect(res.ok).toBe(false);
    expect(res.error?.message).toMatch(/Resolver has no definition for 'doesNotExist'/);
  });
});

describe('macro export', () => {
  it('calls adfExport with exactly the documented payload (exportType, extension context) and no user', async () => {
    const exporter = site.ctx.extensionExport.exporter;
    if (!exporter) throw new Error('no exporter installed');
    const node = {
      type: 'extension',
      attrs: {
        extensionType: 'com.atlassian.ecosystem',
        extensionKey: `${host.identity.appId}/${host.identity.environmentId}/static/fixture-macro`,
        parameters: {
          localId: 'm1',
          extensionId: host.extensionKey('fixture-macro'),
          guestParams: { projectKey: 'AIMS' },
        },
      },
    };
    const adf = (await exporter.render({
      node,
      pageId: '98765',
      spaceId: '1',
      accountId: accountOf('auditor'),
      exportType: 'pdf',
    })) as { content: { text: string }[] }[];
    expect(JSON.parse(adf[0]?.content[0]?.text ?? '')).toEqual({
      payload: {
        exportType: 'pdf',
        context: {
          extension: {
            type: 'macro',
            content: { id: '98765', type: 'page', subtype: null },
            space: { id: '1' },
            isEditing: false,
            references: [],
            config: { projectKey: 'AIMS' },
          },
        },
      },
      principal: null,
    });
    const foreign = {
      type: 'extension',
      attrs: { extensionKey: 'other-app/env/static/x', parameters: {} },
    };
    expect(
      await exporter.render({
        node: foreign,
        pageId: '1',
        spaceId: '1',
        accountId: accountOf('auditor'),
        exportType: 'pdf',
      }),
    ).toEqual([]);
  });
});

describe('principals', () => {
  it('keeps each concurrent invocation on its own user', async () => {
    const logins = ['admin', 'member', 'manager', 'auditor'] as const;
    const issueKey = await anIssueKey(site);
    const frames = await Promise.all(
      logins.map((l) => registerFrame(site, l, 'fixture-panel', { issueKey })),
    );
    const results = await Promise.all(
      logins.flatMap((login, i) =>
        [30, 0, 15].map((delayMs) =>
          bridge(site, login, frames[i]?.frameId ?? '', 'invoke', {
            functionKey: 'whoami',
            payload: { delayMs },
          }).then((r) => ({ login, r })),
        ),
      ),
    );
    for (const { login, r } of results) {
      expect(r.result).toEqual({
        contextAccountId: accountOf(login),
        restAccountId: accountOf(login),
        status: 200,
      });
    }
  });
});
