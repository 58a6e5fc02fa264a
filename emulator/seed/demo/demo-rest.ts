/**
 * Plain Jira REST as a seeded person (HTTP basic auth, email + API token), the way the demo's
 * people would click: every change goes through the site's REST, so the app's triggers,
 * validators and post functions run as they do for anyone.
 */
import type { RunningSite } from '../../core/site';
import { SEEDED_USERS } from '../../core/users';

export type DemoLogin = 'admin' | 'manager' | 'auditor' | 'member';
export type DemoSite = Pick<RunningSite, 'url'>;

export function demoUser(login: DemoLogin): { accountId: string; email: string; apiToken: string } {
  const user = SEEDED_USERS.find((u) => u.email === `${login}@example.com`);
  if (!user) throw new Error(`No seeded user ${login}@example.com`);
  return user;
}

export class DemoRestError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
    what: string,
  ) {
    super(`${what} answered ${status}: ${body.slice(0, 600)}`);
  }
}

/** Calls the site as `login`; throws a DemoRestError on any non-2xx answer. */
export async function demoRest<T = unknown>(
  site: DemoSite,
  login: DemoLogin,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const user = demoUser(login);
  const res = await fetch(site.url + path, {
    method,
    headers: {
      Authorization: `Basic ${Buffer.from(`${user.email}:${user.apiToken}`).toString('base64')}`,
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new DemoRestError(res.status, text, `${login}: ${method} ${path}`);
  return (text ? JSON.parse(text) : undefined) as T;
}
