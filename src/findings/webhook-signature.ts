/**
 * Signature of the findings webhook: hex HMAC-SHA256 over `${timestamp}.${body}` with the shared
 * secret, sent as `x-aims-signature: sha256=<hex>` with `x-aims-timestamp: <unix seconds>`.
 * Only that exact format is accepted (lower-case `sha256=`, 64 lower-case hex digits, nothing
 * around them), so one signed request has one spelling; its replay nonce is the digest of what
 * was signed (`signedContentId`), never the header as sent.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-aims-signature';
export const TIMESTAMP_HEADER = 'x-aims-timestamp';
/** Requests older (or newer) than this are refused as stale. */
export const MAX_CLOCK_SKEW_SECONDS = 300;

export function signFindingsPayload(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}

/** The one accepted spelling of a signature. */
const SIGNATURE_FORMAT = /^sha256=[0-9a-f]{64}$/;

export type SignatureCheck =
  | { ok: true }
  | { ok: false; reason: 'missing' | 'stale' | 'malformed' | 'mismatch'; message: string };

/**
 * What identifies a signed request for replay protection: SHA-256 of the timestamp and body the
 * signature covers. However a sender re-spells the header, the same signed content has this id.
 */
export function signedContentId(timestamp: string, body: string): string {
  return createHash('sha256').update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

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
  if (!SIGNATURE_FORMAT.test(signature)) {
    return {
      ok: false,
      reason: 'malformed',
      message: `Send ${SIGNATURE_HEADER} exactly as sha256=<64 lower-case hex digits>.`,
    };
  }
  const expected = Buffer.from(signFindingsPayload(secret, timestamp, body), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  // Equal lengths first (timingSafeEqual needs them); the comparison itself takes constant time.
  const same = expected.length === given.length && timingSafeEqual(expected, given);
  return same
    ? { ok: true }
    : { ok: false, reason: 'mismatch', message: 'The signature does not match the request.' };
}
