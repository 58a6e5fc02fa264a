import { createHmac } from 'node:crypto';
import {
  signedContentId,
  signFindingsPayload,
  verifyFindingsSignature,
} from '../../../src/findings/webhook-signature';

const secret = 's'.repeat(40);
const now = 1_800_000_000;

describe('findings webhook signature', () => {
  it('is hex HMAC-SHA256 over "timestamp.body", prefixed sha256=', () => {
    const expected = createHmac('sha256', secret).update(`${now}.{"a":1}`).digest('hex');
    expect(signFindingsPayload(secret, String(now), '{"a":1}')).toBe(`sha256=${expected}`);
  });

  it('accepts a fresh, matching signature, only in its exact spelling', () => {
    const sig = signFindingsPayload(secret, String(now - 100), 'body');
    expect(
      verifyFindingsSignature({
        secret,
        timestamp: String(now - 100),
        signature: sig,
        body: 'body',
        nowSeconds: now,
      }),
    ).toEqual({ ok: true });
    const good = signFindingsPayload(secret, String(now), 'body');
    for (const respelled of [
      good.toUpperCase().replace('SHA256=', 'sha256='),
      good.replace('sha256=', 'SHA256='),
      ` ${good}`,
      `${good} `,
      good.replace('sha256=', 'sha256= '),
      good.slice('sha256='.length),
    ]) {
      expect(
        verifyFindingsSignature({
          secret,
          timestamp: String(now),
          signature: respelled,
          body: 'body',
          nowSeconds: now,
        }),
      ).toMatchObject({ ok: false, reason: 'malformed' });
    }
  });

  it('gives the same signed content one replay id, and other content another', () => {
    expect(signedContentId(String(now), 'body')).toBe(signedContentId(String(now), 'body'));
    expect(signedContentId(String(now), 'body')).not.toBe(signedContentId(String(now), 'body '));
    expect(signedContentId(String(now), 'body')).not.toBe(signedContentId(String(now + 1), 'body'));
  });

  it('refuses a changed body, another secret, a stale or future timestamp, and missing headers', () => {
    const sig = signFindingsPayload(secret, String(now), 'body');
    const check = (over: Partial<Parameters<typeof verifyFindingsSignature>[0]>) =>
      verifyFindingsSignature({
        secret,
        timestamp: String(now),
        signature: sig,
        body: 'body',
        nowSeconds: now,
        ...over,
      });
    expect(check({ body: 'body!' })).toMatchObject({ ok: false, reason: 'mismatch' });
    expect(check({ secret: 't'.repeat(40) })).toMatchObject({ ok: false, reason: 'mismatch' });
    expect(check({ signature: 'sha256=abc' })).toMatchObject({ ok: false, reason: 'malformed' });
    expect(check({ signature: `sha256=${'0'.repeat(64)}` })).toMatchObject({
      ok: false,
      reason: 'mismatch',
    });
    expect(check({ nowSeconds: now + 301 })).toMatchObject({ ok: false, reason: 'stale' });
    expect(check({ nowSeconds: now - 301 })).toMatchObject({ ok: false, reason: 'stale' });
    expect(check({ timestamp: 'yesterday' })).toMatchObject({ ok: false, reason: 'stale' });
    expect(check({ signature: undefined })).toMatchObject({ ok: false, reason: 'missing' });
  });
});
