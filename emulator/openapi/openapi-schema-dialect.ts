/**
 * Turns OpenAPI 3.0 schema objects into JSON Schema that Ajv (draft-07) understands:
 * - `nullable: true` becomes a `null` alternative (Ajv refuses `nullable` without `type`);
 * - `$ref: '#/components/...'` points into the document registered under `documentId`;
 * - `oneOf` is read as `anyOf`: Atlassian's specs use `oneOf` for alternatives that are not
 *   mutually exclusive (Confluence's page `body` is `PageBodyWrite` or `PageNestedBodyWrite`, and
 *   `{representation, value}` matches both), so exclusivity would reject what the products accept.
 * Everything else (`discriminator`, `example`, `x-*`, `readOnly`) is left for Ajv to ignore.
 *
 * With `refuseDeprecated`, every object property the spec marks deprecated (`deprecated: true`, or
 * a description that says "Deprecated…", "This property is deprecated…", "…no longer available")
 * becomes `{ [DEPRECATED_KEYWORD]: <the spec's words> }`, a keyword that fails whenever the
 * property is present: requests the app sends must not rely on what Atlassian is removing.
 */
export interface DialectOptions {
  refuseDeprecated?: boolean;
}

/** The Ajv keyword that refuses a deprecated property (registered by spec-schemas). */
export const DEPRECATED_KEYWORD = 'x-aims-deprecated';

const DEPRECATION =
  /(^|[.!]\s+)(deprecated\b|this (property|parameter) is (deprecated|no longer available))/i;

/** The spec's deprecation note of a property schema, or undefined when it is not deprecated. */
export function deprecationNote(property: unknown): string | undefined {
  if (typeof property !== 'object' || property === null) return undefined;
  const { deprecated, description } = property as { deprecated?: unknown; description?: unknown };
  const text = typeof description === 'string' ? description : '';
  if (deprecated !== true && !DEPRECATION.test(text)) return undefined;
  const note = (text.split(/\n/)[0] ?? '').replace(/\s*See the .*$/, '').trim();
  return note || 'deprecated';
}

export function toAjvSchema(
  schema: unknown,
  documentId: string,
  options: DialectOptions = {},
): unknown {
  if (Array.isArray(schema)) return schema.map((item) => toAjvSchema(item, documentId, options));
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) {
      out[key] = `${documentId}${value}`;
    } else if (key === 'oneOf' && Array.isArray(value)) {
      out.anyOf = toAjvSchema(value, documentId, options);
    } else if (key === 'nullable' && typeof value === 'boolean') {
      continue;
    } else if (key === 'example' || key === 'examples') {
      continue;
    } else if (key === 'properties' && options.refuseDeprecated && isRecord(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, property]) => {
          const note = deprecationNote(property);
          return [
            name,
            note === undefined
              ? toAjvSchema(property, documentId, options)
              : { [DEPRECATED_KEYWORD]: note },
          ];
        }),
      );
    } else {
      out[key] = toAjvSchema(value, documentId, options);
    }
  }
  return (schema as { nullable?: unknown }).nullable === true ? allowNull(out) : out;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function allowNull(schema: Record<string, unknown>): Record<string, unknown> {
  const { type, enum: values } = schema;
  if (typeof type === 'string' && !('$ref' in schema) && !('allOf' in schema)) {
    const widened: Record<string, unknown> = { ...schema, type: [type, 'null'] };
    if (Array.isArray(values) && !values.includes(null)) widened.enum = [...values, null];
    return widened;
  }
  return { anyOf: [schema, { type: 'null' }] };
}
