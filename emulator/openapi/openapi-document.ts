import fs from 'node:fs';
import { z } from 'zod';
import type { Product } from '../core/route-table';
import { specPath } from './spec-files';

const mediaTypeSchema = z.looseObject({ schema: z.unknown().optional() });
const responseSchema = z.looseObject({
  description: z.string().optional(),
  content: z.record(z.string(), mediaTypeSchema).optional(),
});
const operationSchema = z.looseObject({
  operationId: z.string().optional(),
  responses: z.record(z.string(), responseSchema),
});
const documentSchema = z.looseObject({
  openapi: z.string().startsWith('3.'),
  servers: z.array(z.looseObject({ url: z.string() })).optional(),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  components: z.looseObject({ schemas: z.record(z.string(), z.unknown()).optional() }),
});

export type OpenApiResponse = z.infer<typeof responseSchema>;
export type OpenApiOperation = z.infer<typeof operationSchema>;
export type OpenApiDocument = z.infer<typeof documentSchema>;

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);

/** Parsed specs, once per test file (module registry is per file in jest). */
const loaded = new Map<Product, OpenApiDocument>();

/** The product's OpenAPI document, read from AIMS_OPENAPI_DIR and parsed once. */
export function openApiDocument(product: Product): OpenApiDocument {
  const cached = loaded.get(product);
  if (cached) return cached;
  const file = specPath(product);
  const parsed = documentSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file} is not an OpenAPI 3 document: ${parsed.error.message}`);
  }
  loaded.set(product, parsed.data);
  return parsed.data;
}

/** The operation for `method` on a spec path template, or undefined when the spec has none. */
export function operationOf(
  doc: OpenApiDocument,
  template: string,
  method: string,
): OpenApiOperation | undefined {
  const item = doc.paths[template];
  const raw = item?.[method.toLowerCase()];
  if (raw === undefined || !HTTP_METHODS.has(method.toLowerCase())) return undefined;
  return operationSchema.parse(raw);
}

/**
 * Path prefix the spec's `servers` put in front of every path: '' for Jira (its paths start with
 * /rest/api/3), '/wiki/api/v2' for Confluence v2 (server `https://{your-domain}/wiki/api/v2`).
 */
export function serverBasePath(doc: OpenApiDocument): string {
  const url = doc.servers?.[0]?.url;
  if (!url) return '';
  const withoutOrigin = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  return withoutOrigin.replace(/\/$/, '');
}
