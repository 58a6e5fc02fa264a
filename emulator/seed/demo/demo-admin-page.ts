/**
 * The demo's clicks on the app's admin page: a function of its resolver called as the Jira
 * administrator (demo-module-call.ts). A refusal stops the seed, in words.
 */
import type { ForgeHost } from '../../forge-host';
import { invokeJiraPage } from './demo-module-call';

const ADMIN_PAGE = { moduleKey: 'aims-admin', extensionType: 'jira:adminPage' };

export async function invokeAdminPage(
  host: ForgeHost,
  functionKey: string,
  payload: Record<string, unknown>,
  failure: string,
): Promise<unknown> {
  return invokeJiraPage(host, ADMIN_PAGE, 'admin', { functionKey, payload }, failure);
}
