/**
 * Signature of the findings webhook: hex HMAC-SHA256 over `${timestamp}.${body}` with the shared
 * secret, sent as `x-aims-signature: sha256=<hex>` with `x-aims-timestamp: <unix seconds>`.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-aims-signature';
export const TIMESTAMP_HEADER = 'x-aims-timestamp';
/** Requests older (or newer) than this are refused as stale. */
export const MAX_CLOCK_SKEW_SECONDS = 300;

export function signFindingsPayload(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}

export type SignatureCheck =
  { ok: true } | { ok: false; reason: 'missing' | 'stale' | 'mismatch'; message: string };

export function verifyFindingsSignature(input: {
  secret: string;
  timestamp: string | undefined;
  signature: string | undefined;
  body: string;
  nowSeconds: number;
}): SignatureCheck {
  const { secret, timestamp, signature, body, nowSeconds } = input;
  if (!timestamp || !signature) {
    return {
      ok: false,
      reason: 'missing',
      message: `Sign the request: send ${TIMESTAMP_HEADER} and ${SIGNATURE_HEADER}.`,
    };
  }
  if (
    !/^\d{1,12}$/.test(timestamp) ||
    Math.abs(nowSeconds - Number(timestamp)) > MAX_CLOCK_SKEW_SECONDS
  ) {
    return {
      ok: false,
      reason: 'stale',
      message: `The request timestamp is more than ${MAX_CLOCK_SKEW_SECONDS / 60} minutes away from now; sign it again.`,
    };
  }
  const expected = Buffer.from(signFindingsPayload(secret, timestamp, body), 'utf8');
  const given = Buffer.from(signature.trim().toLowerCase(), 'utf8');
  // Equal lengths first (timingSafeEqual needs them); the comparison itself takes constant time.
  const same = expected.length === given.length && timingSafeEqual(expected, given);
  return same
    ? { ok: true }
    : { ok: false, reason: 'mismatch', message: 'The signature does not match the request.' };
}
