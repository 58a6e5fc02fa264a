/**
 * Hostile deliveries to the findings webtrigger, as a property (the webtrigger is the app's one
 * entry point reachable without signing in): arbitrary bodies and near-valid ones, unsigned, with
 * made-up signatures, re-spelled or stale ones, and correctly signed bodies that are not a valid
 * import. Every answer is a refusal in words with a 4xx status — never a 5xx or a crash — and
 * nothing reaches Jira or Confluence. (Only the replay store, in the app's storage, may note a
 * correctly signed delivery.) `AIMS_HOSTILE_RUNS=1000` for the full run.
 */
import fc from 'fast-check';
import { signFindingsPayload } from '../../../src/findings/webhook-signature';
import { siteState } from '../../support/site-state';
import { accountOf } from '../jira-automation/aims-site';
import { aimsSitePerFile } from '../jira-automation/aims-site-per-file';

jest.setTimeout(1_800_000);

const RUNS = Number(process.env.AIMS_HOSTILE_RUNS ?? 100);
const SECRET = 'hostile-secret-0123456789abcdef0123456789abcdef';
const s = aimsSitePerFile();

/** What the site stores outside the app's own storage: Jira, Confluence, users. */
const productState = (): Record<string, string> => {
  const { forge_kvs: _appStorage, ...rest } = siteState(s.site);
  return rest;
};

beforeAll(async () => {
  const set = (await s.host.invokeFunction(
    'admin-resolver',
    {
      call: { functionKey: 'setWebhookSecret', payload: { secret: SECRET } },
      context: { accountId: accountOf('admin') },
    },
    { accountId: accountOf('admin') },
  )) as { ok: boolean };
  expect(set.ok).toBe(true);
  await s.host.waitForIdle();
});

/** A finding that is valid except for one field. */
const nearValidFinding = fc.oneof(
  fc.record({
    summary: fc.oneof(fc.integer(), fc.constant(null), fc.array(fc.string()), fc.constant('')),
    grade: fc.constant('Observation'),
    isoReference: fc.constant('A.6.2.7'),
  }),
  fc.record({
    summary: fc.string({ minLength: 1 }),
    grade: fc.oneof(fc.integer(), fc.constant(null), fc.constant('Catastrophic'), fc.constant('')),
    isoReference: fc.constant('A.6.2.7'),
  }),
  fc.record({
    summary: fc.string({ minLength: 1 }),
    grade: fc.constant('Minor nonconformity'),
    isoReference: fc.oneof(fc.constant('A.99.1'), fc.integer(), fc.constant('<script>')),
  }),
  fc.record({
    summary: fc.string({ minLength: 1, maxLength: 5000 }),
    grade: fc.constant('Major nonconformity'),
    isoReference: fc.constant('A.6.2.7'),
    __proto__: fc.constant({ polluted: true }),
    auditKey: fc.oneof(fc.integer(), fc.constant('NOPE-1'), fc.constant('"; DROP TABLE')),
  }),
);

const body = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.json({ maxDepth: 3 }),
  fc
    .array(nearValidFinding, { minLength: 1, maxLength: 3 })
    .map((findings) => JSON.stringify({ findings })),
  fc
    .oneof(fc.integer(), fc.string(), fc.dictionary(fc.string(), fc.string()))
    .map((findings) => JSON.stringify({ findings })),
);

type Signing =
  | 'none'
  | 'made-up'
  | 'upper-case'
  | 'SHA256='
  | 'spaced'
  | 'stale'
  | 'future'
  | 'not-a-time'
  | 'another-secret'
  | 'correct';
const signing = fc.constantFrom<Signing>(
  'none',
  'made-up',
  'upper-case',
  'SHA256=',
  'spaced',
  'stale',
  'future',
  'not-a-time',
  'another-secret',
  'correct',
);

function headersFor(kind: Signing, text: string, nonce: number): Record<string, string> {
  const now = Math.floor(Date.now() / 1000);
  // A fresh timestamp per delivery, so a correctly signed body is new content, not a replay.
  const ts = String(now - (nonce % 200));
  const sign = (t: string, secret = SECRET) => signFindingsPayload(secret, t, text);
  switch (kind) {
    case 'none':
      return {};
    case 'made-up':
      return { 'x-aims-timestamp': ts, 'x-aims-signature': `sha256=${'ab'.repeat(32)}` };
    case 'upper-case':
      return { 'x-aims-timestamp': ts, 'x-aims-signature': sign(ts).toUpperCase() };
    case 'SHA256=':
      return { 'x-aims-timestamp': ts, 'x-aims-signature': sign(ts).replace('sha256=', 'SHA256=') };
    case 'spaced':
      return { 'x-aims-timestamp': ts, 'x-aims-signature': ` ${sign(ts)} ` };
    case 'stale':
      return {
        'x-aims-timestamp': String(now - 3600),
        'x-aims-signature': sign(String(now - 3600)),
      };
    case 'future':
      return {
        'x-aims-timestamp': String(now + 3600),
        'x-aims-signature': sign(String(now + 3600)),
      };
    case 'not-a-time':
      return { 'x-aims-timestamp': 'yesterday', 'x-aims-signature': sign('yesterday') };
    case 'another-secret':
      return { 'x-aims-timestamp': ts, 'x-aims-signature': sign(ts, `${SECRET}-other`) };
    case 'correct':
      return { 'x-aims-timestamp': ts, 'x-aims-signature': sign(ts) };
  }
}

it('every hostile delivery is refused in words with a 4xx, and nothing reaches Jira or Confluence', async () => {
  const before = productState();
  const statuses: Record<string, number> = {};
  const crashes: string[] = [];
  let nonce = 0;
  await fc.assert(
    fc.asyncProperty(
      body,
      signing,
      fc.constantFrom('application/json', 'text/csv'),
      async (text, kind, contentType) => {
        nonce += 1;
        const res = await fetch(s.host.webtriggerUrl('aims-findings-import'), {
          method: 'POST',
          headers: { 'content-type': contentType, ...headersFor(kind, text, nonce) },
          body: text,
        });
        const answer = await res.text();
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        let words = '';
        try {
          const json = JSON.parse(answer) as { error?: unknown; message?: unknown };
          words = String(json.error ?? json.message ?? '');
        } catch {
          words = '';
        }
        const refused = res.status >= 400 && res.status < 500 && words.length > 0;
        if (!refused)
          crashes.push(`${res.status} ${answer.slice(0, 200)} ← ${kind} ${text.slice(0, 100)}`);
        return true; // collected: the end of the test lists every delivery that was not refused
      },
    ),
    { numRuns: RUNS, seed: 42 },
  );
  await s.host.waitForIdle();
  const after = productState();
  const written = Object.keys(after).filter((table) => after[table] !== before[table]);
  console.log(
    `[hostile webhook] ${JSON.stringify({ runs: nonce, statuses, crashes: crashes.length, written })}`,
  );
  expect({ crashes, written }).toEqual({ crashes: [], written: [] });
  expect(nonce).toBe(RUNS);
});
