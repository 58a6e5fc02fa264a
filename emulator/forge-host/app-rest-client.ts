import type { SiteContext } from '../core/context';
import { APP_USER_ACCOUNT_ID } from '../core/users';

/** The platform's own reads of Jira REST as the app user (expression contexts of workflow rules). */
export class AppRestClient {
  constructor(private readonly ctx: () => SiteContext) {}

  async getJson(path: string): Promise<Record<string, unknown>> {
    const ctx = this.ctx();
    const app = ctx.users.byAccountId(APP_USER_ACCOUNT_ID);
    if (!app) throw new Error('The app user is not provisioned on this site');
    const res = await fetch(ctx.baseUrl + path, {
      headers: {
        authorization: `Basic ${Buffer.from(`${app.accountId}:${app.apiToken}`).toString('base64')}`,
        accept: 'application/json',
      },
    });
    if (!res.ok)
      throw new Error(`GET ${path} as the app answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as Record<string, unknown>;
  }
}
