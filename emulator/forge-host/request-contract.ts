import type { Product } from '../core/route-table';
import { agileRequestProblems } from '../jira/agile/agile-operations';
import { requestProblems } from '../openapi/request-validator';

/** A request the app sent that does not match Atlassian's spec. */
export interface RequestViolation {
  /** The module whose invocation sent it. */
  moduleKey: string;
  product: Product;
  method: string;
  path: string;
  /** `POST /rest/api/3/issuetype (createIssueType)`. */
  operation: string;
  problems: string[];
}

/** The invocation failed because the app sent a request the spec does not allow. */
export class RequestContractError extends Error {
  constructor(violations: RequestViolation[]) {
    super(violations.map(describeViolation).join('\n'));
    this.name = 'APP_REQUEST_DOES_NOT_MATCH_SPEC';
  }
}

export function describeViolation(v: RequestViolation): string {
  return (
    `The app's request ${v.operation} does not match Atlassian's ${v.product} OpenAPI spec: ` +
    `${v.problems.join('; ')} (sent by ${v.moduleKey}: ${v.method} ${v.path})`
  );
}

/**
 * Violations the test harness has not taken yet. Process-wide on purpose: under Jest that is one
 * test file, and `test/support/app-request-contract.ts` fails the test during which one appeared.
 */
const untaken: RequestViolation[] = [];

/** Returns and forgets the violations recorded since the last call. */
export function takeRequestViolations(): RequestViolation[] {
  return untaken.splice(0);
}

/**
 * The test-mode check of the Forge host's product fetch: each request the app sends (asApp and
 * asUser) is matched to its operation in the product's OpenAPI spec and checked — path, method,
 * path and query parameters, JSON body, and nothing deprecated. Each operation's schemas are
 * compiled once (emulator/openapi). A mismatch is recorded here and on the host, and the request
 * is refused with an error naming the operation and the schema problem.
 */
export class RequestContract {
  constructor(private readonly recorded: RequestViolation[]) {}

  check(
    moduleKey: string,
    product: Product,
    method: string,
    path: string,
    init: RequestInit,
  ): RequestViolation | undefined {
    const body = jsonBody(init);
    const verdict =
      body.ok === false
        ? { operation: `${method} ${path.split('?')[0] ?? path}`, problems: [body.problem] }
        : product === 'jira' && path.startsWith('/rest/agile/')
          ? agileRequestProblems(method, path, body.value)
          : requestProblems(product, { method, path, body: body.value });
    if (verdict.problems.length === 0) return undefined;
    const violation: RequestViolation = { moduleKey, product, method, path, ...verdict };
    this.recorded.push(violation);
    untaken.push(violation);
    return violation;
  }
}

function jsonBody(
  init: RequestInit,
): { ok: true; value: unknown } | { ok: false; problem: string } {
  if (init.body === undefined || init.body === null) return { ok: true, value: undefined };
  if (typeof init.body !== 'string')
    return { ok: false, problem: 'the request body is not JSON text' };
  try {
    return { ok: true, value: JSON.parse(init.body) as unknown };
  } catch {
    return { ok: false, problem: 'the request body is not valid JSON' };
  }
}
