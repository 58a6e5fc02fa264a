import type { RunningSite, SiteExtension, SiteOptions } from '../../emulator/core/site';
import { startSite } from '../../emulator/core/site';

export type SeededLogin = 'admin' | 'manager' | 'auditor' | 'member';

/**
 * Starts an in-memory site on a free port, in test mode (every request the app sends is checked
 * against the OpenAPI specs). Call `site.close()` in afterAll.
 */
export async function startTestSite(
  extensions: SiteExtension[] = [],
  options: Pick<SiteOptions, 'searchLagMs'> = {},
): Promise<RunningSite> {
  return startSite({ dataDir: ':memory:', port: 0, testMode: true, ...options }, extensions);
}

/** Authorization header for a seeded user (email + API token). */
export function basicAuth(login: SeededLogin): string {
  return `Basic ${Buffer.from(`${login}@example.com:${login}`).toString('base64')}`;
}

/** fetch against the site as a seeded user, JSON in and out (`redirect: 'manual'` to see a 303 itself). */
export async function callAs(
  site: RunningSite,
  login: SeededLogin,
  method: string,
  path: string,
  body?: unknown,
  options: { redirect?: RequestRedirect } = {},
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const res = await fetch(site.url + path, {
    method,
    ...(options.redirect ? { redirect: options.redirect } : {}),
    headers: {
      Authorization: basicAuth(login),
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // keep text
  }
  return { status: res.status, body: parsed, headers: res.headers };
}

/** The body of a call that must succeed (any status of 300 or more throws, with the body). */
export async function jsonOk<T = Record<string, unknown>>(
  call: Promise<{ status: number; body: unknown }>,
): Promise<T> {
  const res = await call;
  if (res.status >= 300) throw new Error(`HTTP ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as T;
}
