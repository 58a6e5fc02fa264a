/** Bringing findings in bulk: the signed webtrigger and the admin page's CSV import (all-or-nothing). */
import { signFindingsPayload } from '../../../src/findings/webhook-signature';
import { accountOf, jiraOk, searchCatchesUp } from './aims-site';
import { createAimsIssue, linkedKeys, linksOf } from './aims-rest';
import { aimsSitePerFile } from './aims-site-per-file';

const s = aimsSitePerFile();
let audit: string;
let system: string;
const SECRET = 'test-secret-0123456789abcdef0123456789abcdef';

type Outcome = { ok: true; data: unknown } | { ok: false; error: string; details: string[] };
const admin = (functionKey: string, payload: unknown): Promise<Outcome> =>
  s.host.invokeFunction(
    'admin-resolver',
    { call: { functionKey, payload }, context: { accountId: accountOf('admin') } },
    { accountId: accountOf('admin') },
  ) as Promise<Outcome>;

async function findingsOfAudit(): Promise<string[]> {
  return linkedKeys(await linksOf(s, audit), 'foundIn');
}

beforeAll(async () => {
  audit = await createAimsIssue(s, 'auditor', 'audit', 'Internal audit 2026-Q2');
  system = await createAimsIssue(s, 'manager', 'aiSystem', 'Resume screening model');
}, 60_000);

interface Answer {
  error?: string;
  details?: string[];
  created?: { key: string }[];
  alreadyImported?: { key: string }[];
}

async function post(
  body: string,
  headers: Record<string, string>,
): Promise<{
  status: number;
  json: Answer;
}> {
  const res = await fetch(s.host.webtriggerUrl('aims-findings-import'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return {
    status: res.status,
    json: (await res.json()) as Answer,
  };
}

const signed = (
  body: string,
  secret = SECRET,
  timestamp = String(Math.floor(Date.now() / 1000)),
) => ({
  'x-aims-timestamp': timestamp,
  'x-aims-signature': signFindingsPayload(secret, timestamp, body),
});

describe('findings webtrigger', () => {
  const body = JSON.stringify({
    auditKey: '',
    findings: [
      {
        summary: 'Model card missing',
        grade: 'Major nonconformity',
        isoReference: 'A.6.2.7',
        aiSystemKey: '',
      },
    ],
  });

  it('without a secret configured, refuses; the admin sets one and sees only its status later', async () => {
    expect((await post(body, signed(body))).status).toBe(503);
    const set = await admin('setWebhookSecret', { secret: SECRET });
    expect(set.ok).toBe(true);
    const status = await admin('webhookStatus', {});
    expect(status).toMatchObject({ ok: true, data: { configured: true } });
    expect(JSON.stringify(status)).not.toContain(SECRET);
  });

  it('a good signature imports, links to the audit and raises the NC; a replay, a bad signature and a stale timestamp are refused', async () => {
    const good = JSON.stringify({
      auditKey: audit,
      findings: [
        {
          summary: 'Model card missing',
          grade: 'Major nonconformity',
          isoReference: 'A.6.2.7',
          aiSystemKey: system,
        },
      ],
    });
    const headers = signed(good);
    const res = await post(good, headers);
    expect(res.status).toBe(201);
    const key = res.json.created?.[0]?.key ?? '';
    expect(await findingsOfAudit()).toContain(key);
    await s.host.waitForIdle();
    expect(linkedKeys(await linksOf(s, key), 'raises')).toHaveLength(1);
    expect(linkedKeys(await linksOf(s, key), 'affects')).toEqual([system]);

    const replay = await post(good, headers);
    expect(replay.status).toBe(409);
    const bad = await post(good, signed(good, 'another-secret-0123456789abcdef0123456789'));
    expect(bad.status).toBe(401);
    const stale = await post(
      good,
      signed(good, SECRET, String(Math.floor(Date.now() / 1000) - 600)),
    );
    expect(stale.status).toBe(401);
    expect(stale.json.error).toMatch(/minutes/);
    const unsigned = await post(good, {});
    expect(unsigned.status).toBe(401);
    expect(await findingsOfAudit()).toHaveLength(1);
  });
});

describe('findings webtrigger under hostile or unlucky deliveries', () => {
  const one = (summary: string) =>
    JSON.stringify({
      auditKey: audit,
      findings: [{ summary, grade: 'Observation', isoReference: 'A.6.2.7' }],
    });

  it('a replay re-spelled (upper-case hex, SHA256=, added spaces) is refused, and imports nothing', async () => {
    const before = await findingsOfAudit();
    const body = one('Re-spelled replay');
    const headers = signed(body);
    const sig = headers['x-aims-signature'];
    const respellings = [
      sig.toUpperCase().replace('SHA256=', 'sha256='),
      sig.replace('sha256=', 'SHA256='),
      sig.replace('sha256=', 'sha256= '),
      sig.replace('sha256=', 'sha256 = '),
    ];
    for (const respelled of respellings) {
      const res = await post(body, { ...headers, 'x-aims-signature': respelled });
      expect(res.status).toBe(401);
    }
    expect((await post(body, headers)).status).toBe(201);
    for (const respelled of [sig, ...respellings]) {
      const res = await post(body, { ...headers, 'x-aims-signature': respelled });
      expect([401, 409]).toContain(res.status);
    }
    expect(await findingsOfAudit()).toHaveLength(before.length + 1);
  });

  it('a delivery sent again (a new signature, the same external ids) imports each finding once', async () => {
    const before = await findingsOfAudit();
    const body = (ids: string[]) =>
      JSON.stringify({
        auditKey: audit,
        findings: ids.map((externalId) => ({
          externalId,
          summary: `Finding ${externalId}`,
          grade: 'Observation',
          isoReference: '9.2',
        })),
      });
    const now = Math.floor(Date.now() / 1000);
    const first = await post(
      body(['TOOL-1', 'TOOL-2']),
      signed(body(['TOOL-1', 'TOOL-2']), SECRET, String(now - 1)),
    );
    expect(first.status).toBe(201);
    const keys = (first.json.created ?? []).map((f) => f.key);
    expect(keys).toHaveLength(2);
    // The sender did not get the answer and sends again, now with a third finding.
    const again = body(['TOOL-1', 'TOOL-2', 'TOOL-3']);
    const second = await post(again, signed(again, SECRET, String(now)));
    expect(second.status).toBe(201);
    expect((second.json.alreadyImported ?? []).map((f) => f.key)).toEqual(keys);
    expect(second.json.created).toHaveLength(1);
    const third = await post(body(['TOOL-2']), signed(body(['TOOL-2']), SECRET, String(now + 1)));
    expect(third.status).toBe(200);
    expect(third.json).toMatchObject({ created: [], alreadyImported: [{ key: keys[1] }] });
    const added = (await findingsOfAudit()).filter((k) => !before.includes(k));
    expect(added.sort()).toEqual([...keys, second.json.created?.[0]?.key].sort());

    const twice = JSON.stringify({
      auditKey: audit,
      findings: [
        { externalId: 'TOOL-9', summary: 'A', grade: 'Observation', isoReference: '9.2' },
        { externalId: 'TOOL-9', summary: 'B', grade: 'Observation', isoReference: '9.2' },
      ],
    });
    const refused = await post(twice, signed(twice, SECRET, String(now + 2)));
    expect(refused.status).toBe(400);
    expect(refused.json.details?.join(' ')).toMatch(
      /external id 'TOOL-9' is given to another finding/,
    );
  });

  it('a body over 1 MB or over 500 findings answers 413 and imports nothing', async () => {
    const before = await findingsOfAudit();
    const big = JSON.stringify({
      auditKey: audit,
      findings: [{ summary: 'Big', grade: 'Observation', description: 'x'.repeat(1024 * 1024) }],
    });
    const bigAnswer = await post(big, signed(big));
    expect(bigAnswer).toMatchObject({ status: 413 });
    const many = JSON.stringify({
      auditKey: audit,
      findings: Array.from({ length: 501 }, (_, i) => ({
        summary: `Finding ${i}`,
        grade: 'Observation',
      })),
    });
    expect(await post(many, signed(many))).toMatchObject({ status: 413 });
    const csv = [
      'summary,grade,ISO reference',
      ...Array.from({ length: 501 }, (_, i) => `F${i},Observation,A.6.2.7`),
    ].join('\n');
    const res = await fetch(s.host.webtriggerUrl('aims-findings-import'), {
      method: 'POST',
      headers: { 'content-type': 'text/csv', ...signed(csv) },
      body: csv,
    });
    expect({ status: res.status, body: await res.text() }).toMatchObject({ status: 413 });
    expect(await findingsOfAudit()).toEqual(before);
  });

  it("a body over Forge's 5 MB payload limit is refused by the platform, never cut short", async () => {
    const csv = `summary,grade\n${'x'.repeat(5 * 1024 * 1024)},Observation\n`;
    const res = await fetch(s.host.webtriggerUrl('aims-findings-import'), {
      method: 'POST',
      headers: { 'content-type': 'text/csv', ...signed(csv) },
      body: csv,
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ message: 'Web trigger payload too large' });
  });

  it('when Jira fails in passing, answers 503 with Retry-After (the sender tries again), and nothing is imported', async () => {
    const before = await findingsOfAudit();
    const body = one('Jira was down');
    s.host.setFaults({ restFailures: { status: 503 } });
    const res = await fetch(s.host.webtriggerUrl('aims-findings-import'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signed(body) },
      body,
    });
    s.host.setFaults({});
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('30');
    expect(await findingsOfAudit()).toEqual(before);
  });
});

describe('findings import when Jira fails for a moment', () => {
  const one = (summary: string) =>
    JSON.stringify({
      auditKey: audit,
      findings: [{ summary, grade: 'Observation', isoReference: 'A.6.2.7' }],
    });

  it('a 5xx on linking a finding to its audit is retried (Jira makes no second link), and the import completes once', async () => {
    const before = await findingsOfAudit();
    const body = one('Linked after a 5xx');
    s.host.setFaults({
      restFailures: { status: 500, count: 1, method: 'POST', path: '/rest/api/3/issueLink' },
    });
    const res = await post(body, signed(body));
    s.host.setFaults({});
    expect(res.status).toBe(201);
    const key = res.json.created?.[0]?.key ?? '';
    const after = await findingsOfAudit();
    expect(after.filter((k) => !before.includes(k))).toEqual([key]);
    expect(linkedKeys(await linksOf(s, key), 'foundIn')).toEqual([audit]);
  });

  it('a 5xx on creating the findings undoes the import: the webhook answers 503 with Retry-After, the admin page says to import again, nothing is imported', async () => {
    const before = await findingsOfAudit();
    const body = one('Created after a 5xx');
    const failCreateOnce = () =>
      s.host.setFaults({
        restFailures: { status: 500, count: 1, method: 'POST', path: '/rest/api/3/issue/bulk' },
      });
    failCreateOnce();
    const res = await post(body, signed(body));
    s.host.setFaults({});
    expect(res.status).toBe(503);
    expect(res.json.error).toMatch(/again/);
    failCreateOnce();
    const csv = `summary,grade,ISO reference\nCreated after a 5xx,Observation,A.6.2.7`;
    const outcome = (await admin('importFindingsCsv', { csv, auditKey: audit })) as Outcome & {
      retryable?: boolean;
    };
    s.host.setFaults({});
    expect(outcome).toMatchObject({ ok: false, retryable: true });
    expect(outcome.ok ? '' : outcome.error).toMatch(/import the same findings again/);
    expect(await findingsOfAudit()).toEqual(before);
    // Sent again once Jira is back, it imports.
    const again = await post(body, signed(body, SECRET, String(Math.floor(Date.now() / 1000) - 1)));
    expect(again.status).toBe(201);
  });
});

describe('CSV import on the admin page', () => {
  it('a bad row creates nothing and is reported row by row', async () => {
    const before = await findingsOfAudit();
    const csv = [
      'summary,grade,ISO reference,AI system,due date',
      'Bias tests not documented,Minor nonconformity,A.7.4,,2026-12-31',
      'Logging gap,Severe,A.6.2.8,,',
      '"Reviewer, not independent",Observation,ISO27001:5.1,,31/12/2026',
    ].join('\r\n');
    const res = await admin('importFindingsCsv', { csv, auditKey: audit });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.details).toHaveLength(2);
    expect(res.details[0]).toMatch(
      /^Row 3: grade 'Severe' is not one of Major nonconformity, Minor nonconformity, Observation, Opportunity for improvement/,
    );
    expect(res.details[1]).toMatch(
      /^Row 4: .*ISO reference 'ISO27001:5.1'.*due date '31\/12\/2026'/,
    );
    await s.host.waitForIdle();
    expect(await findingsOfAudit()).toEqual(before);
  });

  it('a good file imports every row (dry run first changes nothing)', async () => {
    const before = await findingsOfAudit();
    const csv =
      'summary,grade,ISO reference\nObjectives lack targets,Opportunity for improvement,6.2\n"Quoted, ""summary""",Observation,ISO42001:A.2.2\n';
    const dry = await admin('importFindingsCsv', { csv, auditKey: audit, dryRun: true });
    expect(dry).toMatchObject({ ok: true, data: { dryRun: true } });
    expect(await findingsOfAudit()).toEqual(before);
    const real = await admin('importFindingsCsv', { csv, auditKey: audit });
    expect(real.ok).toBe(true);
    const after = await findingsOfAudit();
    expect(after).toHaveLength(before.length + 2);
    searchCatchesUp(s.site); // later: the new findings are in the search index
    const summaries = await jiraOk<{ issues: { fields: { summary: string } }[] }>(
      s.site,
      'admin',
      'POST',
      '/rest/api/3/search/jql',
      {
        jql: `issue in linkedIssues("${audit}") ORDER BY key ASC`,
        fields: ['summary'],
      },
    );
    expect(summaries.issues.map((i) => i.fields.summary)).toContain('Quoted, "summary"');
  });
});
