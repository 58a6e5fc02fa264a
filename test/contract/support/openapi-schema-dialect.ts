/**
 * Turns OpenAPI 3.0 schema objects into JSON Schema that Ajv (draft-07) understands:
 * - `nullable: true` becomes a `null` alternative (Ajv refuses `nullable` without `type`);
 * - `$ref: '#/components/...'` points into the document registered under `documentId`;
 * - `oneOf` is read as `anyOf`: Atlassian's specs use `oneOf` for alternatives that are not
 *   mutually exclusive (Confluence's page `body` is `PageBodyWrite` or `PageNestedBodyWrite`, and
 *   `{representation, value}` matches both), so exclusivity would reject what the products accept.
 * Everything else (`discriminator`, `example`, `x-*`, `readOnly`) is left for Ajv to ignore.
 */
export function toAjvSchema(schema: unknown, documentId: string): unknown {
  if (Array.isArray(schema)) return schema.map((item) => toAjvSchema(item, documentId));
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) {
      out[key] = `${documentId}${value}`;
    } else if (key === 'oneOf' && Array.isArray(value)) {
      out.anyOf = toAjvSchema(value, documentId);
    } else if (key === 'nullable' && typeof value === 'boolean') {
      continue;
    } else if (key === 'example' || key === 'examples') {
      continue;
    } else {
      out[key] = toAjvSchema(value, documentId);
    }
  }
  return (schema as { nullable?: unknown }).nullable === true ? allowNull(out) : out;
}

function allowNull(schema: Record<string, unknown>): Record<string, unknown> {
  const { type, enum: values } = schema;
  if (typeof type === 'string' && !('$ref' in schema) && !('allOf' in schema)) {
    const widened: Record<string, unknown> = { ...schema, type: [type, 'null'] };
    if (Array.isArray(values) && !values.includes(null)) widened.enum = [...values, null];
    return widened;
  }
  return { anyOf: [schema, { type: 'null' }] };
}
