import type { z } from 'zod';
import { confluenceBadRequest } from '../../core/errors';
import { parseAdf } from '../body/body-formats';
import type { PageBody } from '../models/page-types';

/** Validates a JSON request body; a bad one is a 400 naming the offending fields, and changes nothing. */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((i) => `${i.path.length ? i.path.join('.') : 'body'}: ${i.message}`)
      .join('; ');
    throw confluenceBadRequest(`Invalid request body: ${detail}`);
  }
  return parsed.data;
}

/** Reads a page body from a create/update request: flat `{representation, value}` or nested `{storage: {...}}`. */
export function bodyFromRequest(body: unknown): PageBody | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body !== 'object' || Array.isArray(body))
    throw confluenceBadRequest('body must be an object.');
  const b = body as Record<string, unknown>;
  let write: unknown = b;
  if (!('representation' in b)) {
    const nested = Object.entries(b).filter(([, v]) => v !== undefined);
    if (nested.length !== 1)
      throw confluenceBadRequest('body must have exactly one representation.');
    write = nested[0]![1];
  }
  const w = write as Record<string, unknown>;
  if (typeof w !== 'object' || w === null) throw confluenceBadRequest('body must be an object.');
  if (w.representation === 'wiki')
    throw confluenceBadRequest(
      'The wiki representation is not supported by this site; use storage or atlas_doc_format.',
    );
  if (w.representation !== 'storage' && w.representation !== 'atlas_doc_format') {
    throw confluenceBadRequest('body.representation must be storage or atlas_doc_format.');
  }
  if (typeof w.value !== 'string') throw confluenceBadRequest('body.value must be a string.');
  if (w.representation === 'atlas_doc_format' && !parseAdf(w.value)) {
    throw confluenceBadRequest(
      'body.value is not a valid atlas_doc_format document (a JSON string of an ADF doc).',
    );
  }
  return { representation: w.representation, value: w.value };
}
