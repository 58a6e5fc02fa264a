import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Product } from '../core/route-table';
import type { OpenApiDocument } from './openapi-document';
import { openApiDocument, serverBasePath } from './openapi-document';
import { DEPRECATED_KEYWORD, toAjvSchema } from './openapi-schema-dialect';
import { templateFor } from './path-templates';

/**
 * RFC 3339 date-times, and Jira's own rendering of them (`2021-01-17T12:34:00.000+0000`, offset
 * without a colon), which is what Jira Cloud sends for fields the spec marks `format: date-time`.
 */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * How a spec's schemas are read: `documented` accepts everything the spec documents (what the
 * emulator must accept and answer); `current` also refuses properties the spec marks deprecated
 * (what the app may send: nothing Atlassian is removing).
 */
export type SchemaVariant = 'documented' | 'current';

/** A product's spec with an Ajv instance that knows its components, and compiled validators. */
export interface SpecSchemas {
  product: Product;
  variant: SchemaVariant;
  doc: OpenApiDocument;
  /** The spec's `servers` base path: '' for Jira, '/wiki/api/v2' for Confluence. */
  basePath: string;
  ajv: Ajv;
  validators: Map<string, ValidateFunction>;
}

const perProduct = new Map<string, SpecSchemas>();

const documentId = (product: Product, variant: SchemaVariant): string =>
  variant === 'documented' ? `${product}-openapi.json` : `${product}-openapi-${variant}.json`;

function formatsUsed(doc: OpenApiDocument): Set<string> {
  const found = new Set<string>();
  JSON.stringify(doc, (key, value: unknown) => {
    if (key === 'format' && typeof value === 'string') found.add(value);
    return value;
  });
  return found;
}

/** The product's spec schemas, built once per process (per test file under Jest). */
export function specSchemas(product: Product, variant: SchemaVariant = 'documented'): SpecSchemas {
  const existing = perProduct.get(`${product} ${variant}`);
  if (existing) return existing;
  const doc = openApiDocument(product);
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false });
  addFormats(ajv);
  ajv.addFormat('date-time', DATE_TIME);
  for (const format of formatsUsed(doc)) {
    if (!ajv.formats[format]) ajv.addFormat(format, true);
  }
  ajv.addKeyword({ keyword: DEPRECATED_KEYWORD, schemaType: 'string', validate: refuseDeprecated });
  const id = documentId(product, variant);
  const components = toAjvSchema(doc.components, id, {
    refuseDeprecated: variant === 'current',
  });
  ajv.addSchema({ $id: id, components }, id);
  const created: SpecSchemas = {
    product,
    variant,
    doc,
    ajv,
    validators: new Map(),
    basePath: serverBasePath(doc),
  };
  perProduct.set(`${product} ${variant}`, created);
  return created;
}

/** Ajv keyword of a deprecated property: present means refused, with the spec's note. */
function refuseDeprecated(note: string): boolean {
  refuseDeprecated.errors = [
    { keyword: DEPRECATED_KEYWORD, message: `is deprecated (${note})`, params: {} },
  ];
  return false;
}
refuseDeprecated.errors = [] as Partial<ErrorObject>[];

/** Resolves a `#/components/...` reference (request bodies, responses) to its object. */
export function resolveRef(doc: OpenApiDocument, value: unknown): unknown {
  let current = value;
  for (let hops = 0; hops < 5; hops += 1) {
    const ref = (current as { $ref?: unknown } | null)?.$ref;
    if (
      typeof current !== 'object' ||
      current === null ||
      typeof ref !== 'string' ||
      !ref.startsWith('#/')
    ) {
      return current;
    }
    current = ref
      .slice(2)
      .split('/')
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], doc);
  }
  return current;
}

/**
 * Validates `data` against an OpenAPI schema of the product; returns readable problems. The
 * schema is compiled once per `cacheKey` (name the operation and the part validated).
 */
export function schemaProblems(
  product: Product,
  cacheKey: string,
  schema: unknown,
  data: unknown,
  variant: SchemaVariant = 'documented',
): string[] {
  const schemas = specSchemas(product, variant);
  let validate = schemas.validators.get(cacheKey);
  if (!validate) {
    const id = documentId(product, variant);
    const options = { refuseDeprecated: variant === 'current' };
    validate = schemas.ajv.compile(toAjvSchema(schema, id, options) as object);
    schemas.validators.set(cacheKey, validate);
  }
  if (validate(data)) return [];
  return (validate.errors ?? []).slice(0, 15).map(describeError);
}

function describeError(e: ErrorObject): string {
  const where = e.instancePath || '(body)';
  const extra =
    e.keyword === 'additionalProperties'
      ? ` '${String((e.params as { additionalProperty?: string }).additionalProperty)}'`
      : e.keyword === 'enum'
        ? ` ${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)}`
        : '';
  return `${where} ${e.message ?? e.keyword}${extra} [schema ${e.schemaPath}]`;
}

/** True when an OpenAPI schema says something (not missing and not `{}`). */
export const isSchema = (schema: unknown): boolean =>
  typeof schema === 'object' && schema !== null && Object.keys(schema).length > 0;

/** The spec path template (as written in the spec) that a request path falls under. */
export function specTemplateOf(product: Product, requestPath: string): string | undefined {
  const doc = openApiDocument(product);
  const basePath = serverBasePath(doc);
  const pathOnly = requestPath.split('?')[0] ?? requestPath;
  if (!pathOnly.startsWith(basePath)) return undefined;
  return templateFor(Object.keys(doc.paths), pathOnly.slice(basePath.length) || '/');
}

/** The spec's `servers` base path for the product ('' for Jira, '/wiki/api/v2' for Confluence). */
export function specBasePath(product: Product): string {
  return serverBasePath(openApiDocument(product));
}
