/**
 * The demo's clicks on the app's admin page: a function of its resolver called as the Jira
 * administrator, with the context Forge gives an admin page. A refusal stops the seed, in words.
 */
import type { ForgeHost } from '../../forge-host';
import { demoUser } from './demo-rest';

const ADMIN_PAGE = 'aims-admin';

interface AdminOutcome {
  ok: boolean;
  data?: unknown;
  error?: string;
  details?: string[];
}

export async function invokeAdminPage(
  host: ForgeHost,
  functionKey: string,
  payload: Record<string, unknown>,
  failure: string,
): Promise<unknown> {
  const resolver = host.manifest.uiModules.get(ADMIN_PAGE)?.resolver?.function;
  if (!resolver) throw new Error(`The app has no admin page '${ADMIN_PAGE}' with a resolver`);
  const accountId = demoUser('admin').accountId;
  const outcome = (await host.invokeFunction(
    resolver,
    {
      call: { functionKey, payload },
      context: { accountId, moduleKey: ADMIN_PAGE, extension: { type: 'jira:adminPage' } },
    },
    { accountId, moduleKey: ADMIN_PAGE },
  )) as AdminOutcome;
  if (!outcome.ok)
    throw new Error(`${failure}: ${outcome.error ?? ''} ${(outcome.details ?? []).join('; ')}`);
  return outcome.data;
}
