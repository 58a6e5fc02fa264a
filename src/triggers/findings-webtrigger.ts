/**
 * Web trigger `aims-findings-import`: an audit tool POSTs findings (JSON, or CSV with
 * Content-Type text/csv) signed with the shared secret (see webhook-signature.ts). Stale or
 * replayed requests are refused; then the findings go through the shared import service.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { jiraAsApp } from '../jira/forge-clients';
import { loadActiveAims } from '../workflows/active-aims';
import type { RawFindingRow } from './finding-import-rows';
import {
  FindingsInputError,
  findingRowsFromCsv,
  findingRowsFromJson,
  findingsJsonSchema,
} from './finding-import-rows';
import { importFindings } from './findings-import';
import { claimKey } from './kvs-claim';
import { loadWebhookSecret } from './webhook-secret-store';
import {
  MAX_CLOCK_SKEW_SECONDS,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  verifyFindingsSignature,
} from './webhook-signature';

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
  const nonceKey = `aims-webhook-nonce-${createHash('sha256')
    .update(signature ?? '')
    .digest('hex')
    .slice(0, 40)}`;
  if (
    !(await claimKey(nonceKey, { at: new Date().toISOString() }, MAX_CLOCK_SKEW_SECONDS * 2 + 60))
  ) {
    return respond(409, { error: 'This request was already received (replay refused).' });
  }

  const aims = await loadActiveAims();
  if (!aims) return respond(503, { error: 'The AIMS app is not provisioned yet.' });
  let rows: RawFindingRow[];
  let auditKey: string | undefined;
  try {
    const contentType = header(headers, 'content-type') ?? '';
    if (contentType.toLowerCase().startsWith('text/csv')) {
      rows = findingRowsFromCsv(body);
      auditKey = parsed.data.queryParameters?.audit?.[0];
    } else {
      let json: unknown;
      try {
        json = JSON.parse(body) as unknown;
      } catch {
        return respond(400, {
          error: 'The body is not JSON (send Content-Type text/csv for CSV).',
        });
      }
      const shape = findingsJsonSchema.safeParse(json);
      if (!shape.success) {
        return respond(400, {
          error: 'The findings are not in the expected shape.',
          details: shape.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`),
        });
      }
      rows = findingRowsFromJson(shape.data);
      auditKey = shape.data.auditKey;
    }
    const result = await importFindings(jiraAsApp(), aims, rows, {
      ...(auditKey ? { auditKey } : {}),
    });
    return respond(201, { created: result.findings });
  } catch (err) {
    if (err instanceof FindingsInputError)
      return respond(400, { error: err.message, details: err.details });
    console.error('[aims] findings webtrigger failed', err);
    return respond(500, { error: 'The import failed; nothing was changed.' });
  }
}
