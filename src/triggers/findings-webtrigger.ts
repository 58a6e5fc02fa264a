/**
 * Web trigger `aims-findings-import`: an audit tool POSTs findings (JSON, or CSV with
 * Content-Type text/csv) signed with the shared secret (see src/findings/webhook-signature.ts).
 * Stale or replayed requests are refused (the nonce is the signed content, however the header is
 * spelled); a body over MAX_BODY_BYTES or over the row limit is refused with 413; then the
 * findings go through the shared import service. When Jira rate limits or fails in passing the
 * answer is 503 with Retry-After, so the sender tries again instead of giving up. Findings with
 * an `externalId` are imported once: a re-sent delivery answers them under `alreadyImported`.
 */
import { z } from 'zod';
import { Refusal } from '../domain/refusal';
import { MAX_FINDINGS_PER_REQUEST } from '../findings/finding-import-rows';
import { findingRowsFromBody } from '../findings/finding-import-rows';
import { FindingsImportBusy, importFindings } from '../findings/findings-import';
import {
  MAX_CLOCK_SKEW_SECONDS,
  SIGNATURE_HEADER,
  signedContentId,
  TIMESTAMP_HEADER,
  verifyFindingsSignature,
} from '../findings/webhook-signature';
import { loadActiveAims } from '../jira/active-aims';
import { jiraAsApp } from '../jira/forge-clients';
import { failedInPassing, ProductApiError } from '../jira/product-client';
import { claimKey } from '../storage/kvs-claim';
import { findingsWebhookNonceKey } from '../storage/kvs-keys';
import { loadWebhookSecret } from '../storage/webhook-secret';

const requestSchema = z
  .object({
    method: z.string(),
    headers: z.record(z.string(), z.union([z.array(z.string()), z.string()])).default({}),
    body: z.string().nullish(),
    queryParameters: z.record(z.string(), z.array(z.string())).nullish(),
  })
  .loose();

/** The largest body read: 500 findings with long descriptions fit well under it. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** The wait a sender is told after Jira failed in passing without saying how long. */
const DEFAULT_RETRY_AFTER_SECONDS = 30;

export interface WebtriggerResponse {
  statusCode: number;
  headers: Record<string, string[]>;
  body: string;
}

const respond = (
  statusCode: number,
  body: unknown,
  extraHeaders: Record<string, string[]> = {},
): WebtriggerResponse => ({
  statusCode,
  headers: { 'Content-Type': ['application/json'], ...extraHeaders },
  body: JSON.stringify(body),
});

const tooLarge = (): WebtriggerResponse =>
  respond(413, {
    error: `Send at most ${MAX_BODY_BYTES / 1024} KB and ${MAX_FINDINGS_PER_REQUEST} findings at a time.`,
  });

function header(headers: Record<string, string[] | string>, name: string): string | undefined {
  const entry = Object.entries(headers).find(([k]) => k.toLowerCase() === name);
  const value = entry?.[1];
  return Array.isArray(value) ? value[0] : value;
}

export async function findingsWebtrigger(request: unknown): Promise<WebtriggerResponse> {
  const parsed = requestSchema.safeParse(request);
  if (!parsed.success) return respond(400, { error: 'The request could not be read.' });
  const { method, headers } = parsed.data;
  const body = parsed.data.body ?? '';
  if (method.toUpperCase() !== 'POST') return respond(405, { error: 'POST the findings.' });
  if (Buffer.byteLength(body, 'utf8') > MAX_BODY_BYTES) return tooLarge();

  const secret = await loadWebhookSecret();
  if (!secret)
    return respond(503, {
      error:
        'The findings webhook has no secret yet: an administrator sets it on the AIMS admin page.',
    });
  const timestamp = header(headers, TIMESTAMP_HEADER);
  const check = verifyFindingsSignature({
    secret: secret.secret,
    timestamp,
    signature: header(headers, SIGNATURE_HEADER),
    body,
    nowSeconds: Math.floor(Date.now() / 1000),
  });
  if (!check.ok) return respond(401, { error: check.message });
  // A valid signature is accepted once: remember it for longer than a timestamp stays fresh.
  const nonce = { at: new Date().toISOString() };
  if (
    !(await claimKey(findingsWebhookNonceKey(signedContentId(timestamp ?? '', body)), nonce, {
      staleAfterSeconds: MAX_CLOCK_SKEW_SECONDS * 2 + 60,
      forgetAfterSeconds: MAX_CLOCK_SKEW_SECONDS * 4 + 120,
    }))
  ) {
    return respond(409, { error: 'This request was already received (replay refused).' });
  }

  const aims = await loadActiveAims();
  if (!aims) return respond(503, { error: 'The AIMS app is not provisioned yet.' });
  try {
    const { rows, auditKey } = findingRowsFromBody(
      body,
      header(headers, 'content-type') ?? '',
      parsed.data.queryParameters?.audit?.[0],
    );
    if (rows.length > MAX_FINDINGS_PER_REQUEST) return tooLarge();
    const result = await importFindings(jiraAsApp(), aims, rows, {
      ...(auditKey ? { auditKey } : {}),
    });
    const created = result.findings.filter((f) => !f.alreadyImported);
    const alreadyImported = result.findings.filter((f) => f.alreadyImported);
    return respond(created.length > 0 ? 201 : 200, { created, alreadyImported });
  } catch (err) {
    if (err instanceof Refusal && err.retryable)
      return respond(
        503,
        { error: err.message, details: err.details },
        { 'Retry-After': [String(DEFAULT_RETRY_AFTER_SECONDS)] },
      );
    if (err instanceof Refusal) return respond(400, { error: err.message, details: err.details });
    if (err instanceof FindingsImportBusy)
      return respond(
        503,
        { error: err.message },
        { 'Retry-After': [String(DEFAULT_RETRY_AFTER_SECONDS)] },
      );
    if (failedInPassing(err)) {
      const wait =
        (err instanceof ProductApiError ? err.retryAfterSeconds : undefined) ??
        DEFAULT_RETRY_AFTER_SECONDS;
      return respond(
        503,
        { error: 'Jira is busy or unavailable; send the same findings again later.' },
        { 'Retry-After': [String(wait)] },
      );
    }
    console.error('[aims] findings webtrigger failed', err);
    return respond(500, { error: 'The import failed; nothing was changed.' });
  }
}
