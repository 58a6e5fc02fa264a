import type { Product } from '../../../emulator/core/route-table';
import type { OpenApiResponse } from '../../../emulator/openapi/openapi-document';
import { operationOf } from '../../../emulator/openapi/openapi-document';
import {
  isSchema,
  schemaProblems,
  specSchemas,
  specTemplateOf,
} from '../../../emulator/openapi/spec-schemas';

export { specBasePath, specTemplateOf } from '../../../emulator/openapi/spec-schemas';

/** A response as the emulator sent it. */
export interface ObservedResponse {
  method: string;
  /** Full path as requested, e.g. /rest/api/3/issue/AIMS-1 or /wiki/api/v2/pages/1 (query ignored). */
  path: string;
  status: number;
  contentType: string | null;
  body: unknown;
}

/** What the spec says about one response, with the problems found in the observed one. */
export interface ContractVerdict {
  template: string | undefined;
  documentedStatuses: string[];
  problems: string[];
}

/** Checks an emulator response against the spec: documented status, then the JSON body's schema. */
export function checkResponse(product: Product, observed: ObservedResponse): ContractVerdict {
  const { doc } = specSchemas(product);
  const template = specTemplateOf(product, observed.path);
  if (!template) {
    return {
      template,
      documentedStatuses: [],
      problems: [`${observed.path} matches no path in the ${product} spec`],
    };
  }
  const operation = operationOf(doc, template, observed.method);
  if (!operation) {
    return {
      template,
      documentedStatuses: [],
      problems: [`the ${product} spec has no ${observed.method.toUpperCase()} ${template}`],
    };
  }
  const documentedStatuses = Object.keys(operation.responses);
  const response = responseFor(operation.responses, observed.status);
  if (!response) {
    return {
      template,
      documentedStatuses,
      problems: [
        `status ${observed.status} is not documented for ${observed.method.toUpperCase()} ${template} ` +
          `(documented: ${documentedStatuses.join(', ')})`,
      ],
    };
  }
  return {
    template,
    documentedStatuses,
    problems: bodyProblems(product, template, observed, response),
  };
}

function responseFor(
  responses: Record<string, OpenApiResponse>,
  status: number,
): OpenApiResponse | undefined {
  return responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
}

function bodyProblems(
  product: Product,
  template: string,
  observed: ObservedResponse,
  response: OpenApiResponse,
): string[] {
  const declared = response.content?.['application/json']?.schema;
  // Jira documents many error responses without a body schema; Jira's errors are all ErrorCollection.
  const schema: unknown = isSchema(declared)
    ? declared
    : product === 'jira' && observed.status >= 400
      ? { $ref: '#/components/schemas/ErrorCollection' }
      : undefined;
  if (schema === undefined) {
    if (observed.status === 204 && observed.body !== undefined && observed.body !== '') {
      return ['a 204 response must have no body'];
    }
    return [];
  }
  if (!observed.contentType?.includes('application/json')) {
    return [
      `expected an application/json body, got content-type ${observed.contentType ?? '(none)'}`,
    ];
  }
  const key = `response ${observed.method} ${template} ${observed.status}`;
  return schemaProblems(product, key, schema, observed.body);
}
