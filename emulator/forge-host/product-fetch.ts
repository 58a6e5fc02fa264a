import type { SiteContext } from '../core/context';
import { APP_USER_ACCOUNT_ID } from '../core/users';
import type { AppInstallations, Installation } from './installations';
import type { AppManifest, AtlassianProduct } from './manifest';
import type { FaultState } from './faults';
import type { ForgeFetchMeta, Invocation } from './invocation-context';
import type { ProductLatency } from './product-latency';
import type { RequestContract } from './request-contract';
import { RequestContractError } from './request-contract';
import type { ScopeTable } from './scope-table';

/** What the Forge proxy answers when the app lacks a scope (Atlassian's gateway does the same). */
export function scopeMismatchResponse(): Response {
  return new Response(
    JSON.stringify({ code: 401, message: 'Unauthorized; scope does not match' }),
    {
      status: 401,
      headers: {
        'content-type': 'application/json',
        'x-failure-category': 'FAILURE_CLIENT_SCOPE_CHECK',
      },
    },
  );
}

function proxyError(status: number, reason: string, message: string): Response {
  return new Response(JSON.stringify({ message }), {
    status,
    headers: { 'content-type': 'application/json', 'forge-proxy-error': reason },
  });
}

export interface ProductFetchDeps {
  ctx: () => SiteContext;
  manifest: AppManifest;
  scopes: ScopeTable;
  faults: FaultState;
  latency: ProductLatency;
  /** Test mode: every request is checked against the product's OpenAPI spec first. */
  contract?: RequestContract;
  installations: AppInstallations;
}

/**
 * A call to an Atlassian app the invocation's installation does not reach: another product of a
 * single-app app (each product has its own installation), or an optional app not connected yet.
 * Forge does not document the exact answer; the proxy refuses it like a call without a grant.
 */
function notInstalledResponse(
  deps: ProductFetchDeps,
  from: Installation,
  product: AtlassianProduct,
): Response {
  return new Response(
    JSON.stringify({
      code: 401,
      message: `Unauthorized; ${deps.installations.unreachable(from, product).message}`,
    }),
    {
      status: 401,
      headers: {
        'content-type': 'application/json',
        'forge-proxy-error': 'INSTALLATION_NOT_FOUND',
      },
    },
  );
}

/**
 * A product request of the app (`requestJira` / `requestConfluence`, asUser or asApp), sent to this
 * site's REST over HTTP with the principal's credentials, after the manifest's scopes are checked
 * (and, in test mode, after the request is checked against the product's OpenAPI spec: a mismatch
 * rejects the call and fails the invocation).
 */
export async function productFetch(
  deps: ProductFetchDeps,
  invocation: Invocation,
  meta: ForgeFetchMeta,
  path: string,
  init: RequestInit = {},
): Promise<Response> {
  const product = meta.remote;
  if (product !== 'jira' && product !== 'confluence') {
    return proxyError(
      400,
      'INVALID_REMOTE_ERR',
      `The local site does not emulate '${String(product)}' requests`,
    );
  }
  if (!invocation.installation.products.includes(product)) {
    return notInstalledResponse(deps, invocation.installation, product);
  }
  const expectedPrefix = product === 'jira' ? '/rest/' : '/wiki/';
  if (!path.startsWith(expectedPrefix)) {
    return proxyError(400, 'PROXY_ERR', `URL not allowed for ${product}: ${path}`);
  }
  const ctx = deps.ctx();
  const user = resolvePrincipal(deps, invocation, meta);
  if (typeof user === 'string') return proxyError(401, 'NEEDS_AUTHENTICATION_ERR', user);
  const method = (init.method ?? 'GET').toUpperCase();
  const violation = deps.contract?.check(invocation.moduleKey, product, method, path, init);
  if (violation) {
    invocation.requestViolations.push(violation);
    throw new RequestContractError([violation]);
  }
  const required = deps.scopes.requirement(product, method, path);
  const granted = new Set(deps.manifest.scopes.map((s) => s.key));
  if (
    required.scopeSets.length > 0 &&
    !required.scopeSets.some((set) => set.every((s) => granted.has(s)))
  ) {
    return scopeMismatchResponse();
  }
  const failure = deps.faults.nextRestFailure(product, invocation.faultGeneration, {
    method,
    path: path.split('?')[0] ?? path,
  });
  if (failure) return failure;
  if (meta.provider !== 'user') {
    const refusal = deps.faults.nextAppPermissionRefusal(product, invocation.faultGeneration);
    if (refusal) return refusal;
  }
  // The call takes its time (slept, or charged to the invocation); one that runs the invocation
  // out of time is never sent.
  await deps.latency.spend(invocation.clock);
  const stoppedBy = invocation.clock?.stoppedBy;
  if (stoppedBy) throw stoppedBy;
  invocation.productCalls = (invocation.productCalls ?? 0) + 1;
  const headers = new Headers(init.headers);
  headers.set(
    'authorization',
    `Basic ${Buffer.from(`${user.login}:${user.token}`).toString('base64')}`,
  );
  if (!headers.has('accept')) headers.set('accept', 'application/json');
  return fetch(ctx.baseUrl + path, { ...init, method, headers });
}

function resolvePrincipal(
  deps: ProductFetchDeps,
  invocation: Invocation,
  meta: ForgeFetchMeta,
): { login: string; token: string } | string {
  const users = deps.ctx().users;
  if (meta.provider === 'user') {
    const accountId = meta.accountId ?? invocation.principalAccountId;
    if (!accountId) return 'asUser() needs a user: this invocation has no user context';
    if (meta.accountId && meta.accountId !== invocation.principalAccountId) {
      if (!deps.manifest.scopes.some((s) => s.allowImpersonation)) {
        return `asUser('${meta.accountId}') impersonates a user; the manifest allows no impersonation (allowImpersonation)`;
      }
    }
    const user = users.byAccountId(accountId);
    if (!user || !user.active) return `Unknown or inactive user ${accountId}`;
    return { login: user.email, token: user.apiToken };
  }
  const app = users.byAccountId(APP_USER_ACCOUNT_ID);
  if (!app) return 'The app user is not provisioned on this site';
  return { login: app.accountId, token: app.apiToken };
}
