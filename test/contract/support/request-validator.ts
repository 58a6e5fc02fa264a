import type { Product } from '../../../emulator/core/route-table';
import { isSchema, resolveRef, schemaProblems, specSchemas } from './spec-schemas';

/**
 * Checks a request body a contract case sends against the operation's documented JSON request
 * body, so cases exercise the emulator with requests Jira/Confluence would accept (and a route
 * does not pass only because the emulator accepts something the real product would refuse).
 */
export function requestBodyProblems(
  product: Product,
  method: string,
  template: string,
  body: unknown,
): string[] {
  const { doc } = specSchemas(product);
  const operation = doc.paths[template]?.[method.toLowerCase()] as
    { requestBody?: unknown } | undefined;
  const requestBody = resolveRef(doc, operation?.requestBody) as
    { required?: boolean; content?: Record<string, { schema?: unknown }> } | undefined;
  if (!requestBody?.content) {
    return body === undefined
      ? []
      : [`${method.toUpperCase()} ${template} documents no request body`];
  }
  if (body === undefined) {
    return requestBody.required
      ? [`${method.toUpperCase()} ${template} requires a request body`]
      : [];
  }
  const schema = requestBody.content['application/json']?.schema;
  if (!isSchema(schema)) return [];
  return schemaProblems(product, `request ${method} ${template}`, schema, body).map(
    (p) => `request ${p}`,
  );
}
