import type { Product } from '../core/route-table';
import type { OpenApiDocument } from './openapi-document';
import { templateRegex } from './path-templates';
import type { SchemaVariant } from './spec-schemas';
import { isSchema, resolveRef, schemaProblems, specSchemas, specTemplateOf } from './spec-schemas';

/**
 * Checks a request body against the operation's documented JSON request body, so requests are
 * ones Jira/Confluence would accept: the contract cases' requests (a route must not pass only
 * because the emulator accepts something the real product would refuse) and, through
 * `requestProblems`, every request the app sends in test mode.
 */
export function requestBodyProblems(
  product: Product,
  method: string,
  template: string,
  body: unknown,
  variant: SchemaVariant = 'documented',
): string[] {
  const { doc } = specSchemas(product, variant);
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
  return schemaProblems(product, `request ${method} ${template}`, schema, body, variant).map(
    (p) => `request ${p}`,
  );
}

/** A request as sent: method, the served path with its query string, and the parsed JSON body. */
export interface SentRequest {
  method: string;
  /** `/rest/api/3/issue/AIMS-1?fields=summary` or `/wiki/api/v2/pages/1/properties?key=x`. */
  path: string;
  body?: unknown;
}

/** The operation a request was matched to (`POST /rest/api/3/issuetype (createIssueType)`) and what is wrong with the request. */
export interface RequestVerdict {
  operation: string;
  problems: string[];
}

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: unknown;
  deprecated?: boolean;
}

/**
 * Checks a whole request against the product's spec: that the spec has the path and method, the
 * path parameters, the query parameters (no undocumented ones, required ones present, values of
 * the documented types: query strings are read as the spec's `form` style, so an array parameter
 * is the parameter repeated) and the JSON body. `variant: 'current'` (the default here) also
 * refuses deprecated operations, parameters and body properties.
 */
export function requestProblems(
  product: Product,
  request: SentRequest,
  variant: SchemaVariant = 'current',
): RequestVerdict {
  const method = request.method.toLowerCase();
  const [pathOnly = '', query = ''] = request.path.split('?', 2);
  const { doc, basePath } = specSchemas(product, variant);
  const template = specTemplateOf(product, pathOnly);
  if (!template) {
    return {
      operation: `${method.toUpperCase()} ${pathOnly}`,
      problems: [`the ${product} spec has no path matching ${pathOnly}`],
    };
  }
  const item = doc.paths[template] ?? {};
  const operation = item[method] as
    { operationId?: string; deprecated?: boolean; parameters?: unknown[] } | undefined;
  const name = `${method.toUpperCase()} ${basePath}${template}`;
  if (!operation) {
    return { operation: name, problems: [`the ${product} spec has no ${name}`] };
  }
  const problems: string[] = [];
  if (variant === 'current' && operation.deprecated) {
    problems.push(`${name} is deprecated`);
  }
  const parameters = parametersOf(doc, item.parameters, operation.parameters);
  const cacheKey = `${method} ${template}`;
  problems.push(
    ...pathParameterProblems(
      product,
      variant,
      cacheKey,
      template,
      pathOnly.slice(basePath.length),
      parameters,
    ),
    ...queryProblems(product, variant, cacheKey, new URLSearchParams(query), parameters),
    ...requestBodyProblems(product, method, template, request.body, variant),
  );
  return {
    operation: operation.operationId ? `${name} (${operation.operationId})` : name,
    problems,
  };
}

/** Path-item parameters overridden by the operation's (same name and location). */
function parametersOf(doc: OpenApiDocument, shared: unknown, own: unknown): Parameter[] {
  const byKey = new Map<string, Parameter>();
  for (const list of [shared, own]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const p = resolveRef(doc, raw) as Parameter | undefined;
      if (p && typeof p.name === 'string' && typeof p.in === 'string')
        byKey.set(`${p.in} ${p.name}`, p);
    }
  }
  return [...byKey.values()];
}

function pathParameterProblems(
  product: Product,
  variant: SchemaVariant,
  cacheKey: string,
  template: string,
  specRelativePath: string,
  parameters: Parameter[],
): string[] {
  const names = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
  const values = templateRegex(template).exec(specRelativePath)?.slice(1) ?? [];
  return names.flatMap((name, i) => {
    const p = parameters.find((x) => x.in === 'path' && x.name === name);
    if (!p || !isSchema(p.schema)) return [];
    const raw = safeDecode(values[i] ?? '');
    return valueProblems(
      product,
      variant,
      `${cacheKey} path ${name}`,
      p,
      [raw],
      `path parameter '${name}'`,
    );
  });
}

function queryProblems(
  product: Product,
  variant: SchemaVariant,
  cacheKey: string,
  query: URLSearchParams,
  parameters: Parameter[],
): string[] {
  const declared = new Map(parameters.filter((p) => p.in === 'query').map((p) => [p.name, p]));
  const problems: string[] = [];
  for (const key of new Set(query.keys())) {
    if (!declared.has(key)) problems.push(`query parameter '${key}' is not documented`);
  }
  for (const p of declared.values()) {
    const values = query.getAll(p.name);
    if (values.length === 0) {
      if (p.required) problems.push(`query parameter '${p.name}' is required`);
      continue;
    }
    if (variant === 'current' && p.deprecated) {
      problems.push(`query parameter '${p.name}' is deprecated`);
    }
    problems.push(
      ...valueProblems(
        product,
        variant,
        `${cacheKey} query ${p.name}`,
        p,
        values,
        `query parameter '${p.name}'`,
      ),
    );
  }
  return problems;
}

/** Validates a parameter's string values, read as the schema's type (form style, exploded). */
function valueProblems(
  product: Product,
  variant: SchemaVariant,
  cacheKey: string,
  parameter: Parameter,
  values: string[],
  label: string,
): string[] {
  const { doc } = specSchemas(product, variant);
  const schema = resolveRef(doc, parameter.schema) as { type?: unknown; items?: unknown };
  let value: unknown;
  if (schema.type === 'array') {
    const items = resolveRef(doc, schema.items) as { type?: unknown };
    value = values.map((v) => coerce(v, items.type));
  } else if (values.length > 1) {
    return [`${label} is given ${values.length} times but is not a list`];
  } else {
    value = coerce(values[0] ?? '', schema.type);
  }
  return schemaProblems(product, cacheKey, parameter.schema, value, variant).map(
    (p) => `${label}${p.replace(/^\(body\)/, '')}`,
  );
}

/** A query or path string as the JSON value its schema type reads it as (unchanged when it cannot be). */
function coerce(raw: string, type: unknown): unknown {
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
