/**
 * Web trigger `aims-findings-import`: an audit tool POSTs findings (JSON, or CSV with
 * Content-Type text/csv) signed with the shared secret (see src/findings/webhook-signature.ts).
 * Stale or replayed requests are refused; then the findings go through the shared import service.
 */
import { z } from 'zod';
import { Refusal } from '../domain/refusal';
import { findingRowsFromBody } from '../findings/finding-import-rows';
import { importFindings } from '../findings/findings-import';
import {
  MAX_CLOCK_SKEW_SECONDS,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  verifyFindingsSignature,
} from '../findings/webhook-signature';
import { loadActiveAims } from '../jira/active-aims';
import { jiraAsApp } from '../jira/forge-clients';
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

export interface WebtriggerResponse {
  statusCode: number;
  headers: Record<string, string[]>;
  body: string;
}

const respond = (statusCode: number, body: unknown): WebtriggerResponse => ({
  statusCode,
  headers: { 'Content-Type': ['application/json'] },
  body: JSON.stringify(body),
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

  const secret = await loadWebhookSecret();
  if (!secret)
    return respond(503, {
      error:
        'The findings webhook has no secret yet: an administrator sets it on the AIMS admin page.',
    });
  const signature = header(headers, SIGNATURE_HEADER);
  const check = verifyFindingsSignature({
    secret: secret.secret,
    timestamp: header(headers, TIMESTAMP_HEADER),
    signature,
    body,
    nowSeconds: Math.floor(Date.now() / 1000),
  });
  if (!check.ok) return respond(401, { error: check.message });
  // A valid signature is accepted once: remember it for longer than a timestamp stays fresh.
  const nonce = { at: new Date().toISOString() };
  if (
    !(await claimKey(findingsWebhookNonceKey(signature ?? ''), nonce, {
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
    const result = await importFindings(jiraAsApp(), aims, rows, {
      ...(auditKey ? { auditKey } : {}),
    });
    return respond(201, { created: result.findings });
  } catch (err) {
    if (err instanceof Refusal) return respond(400, { error: err.message, details: err.details });
    console.error('[aims] findings webtrigger failed', err);
    return respond(500, { error: 'The import failed; nothing was changed.' });
  }
}
