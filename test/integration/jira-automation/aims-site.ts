import path from 'node:path';
import type { RunningSite } from '../../../emulator/core/site';
import { SEEDED_USERS } from '../../../emulator/core/users';
import type { FaultOptions, ForgeHost } from '../../../emulator/forge-host';
import { createForgeHost } from '../../../emulator/forge-host';
import { searchVisibility } from '../../../emulator/jira/search/search-visibility';
import {
  AIMS_FIELDS,
  AIMS_ISSUE_TYPES,
  AIMS_LINK_TYPES,
  AIMS_STATUSES,
} from '../../../src/jira/aims-schema';
import type { SeededLogin } from '../../support/test-site';
import { callAs, startTestSite } from '../../support/test-site';

export const APP_ROOT = path.resolve(__dirname, '../../..');

/** Ids of what provisioning made, discovered through plain Jira REST (by the names a person sees). */
export interface AimsIds {
  fields: Record<string, string>;
  issueTypes: Record<string, string>;
  statuses: Record<string, string>;
}

export interface AimsSite {
  site: RunningSite;
  host: ForgeHost;
  ids: AimsIds;
  close(): Promise<void>;
}

export const accountOf = (login: SeededLogin): string => {
  const user = SEEDED_USERS.find((u) => u.email.startsWith(`${login}@`));
  if (!user) throw new Error(`no seeded user ${login}`);
  return user.accountId;
};

export async function jiraOk<T>(
  site: RunningSite,
  login: SeededLogin,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const res = await callAs(site, login, method, path, body);
  if (res.status >= 300)
    throw new Error(`${method} ${path} as ${login}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

async function discoverIds(site: RunningSite): Promise<AimsIds> {
  const fields = await jiraOk<{ id: string; name: string }[]>(
    site,
    'admin',
    'GET',
    '/rest/api/3/field',
  );
  const types = await jiraOk<{ id: string; name: string }[]>(
    site,
    'admin',
    'GET',
    '/rest/api/3/issuetype',
  );
  const statuses = await jiraOk<{ id: string; name: string }[]>(
    site,
    'admin',
    'GET',
    '/rest/api/3/status',
  );
  const byName = (list: { id: string; name: string }[], name: string): string => {
    const found = list.find((x) => x.name === name);
    if (!found) throw new Error(`'${name}' was not provisioned`);
    return found.id;
  };
  return {
    fields: Object.fromEntries(AIMS_FIELDS.map((f) => [f.key, byName(fields, f.name)])),
    issueTypes: Object.fromEntries(
      AIMS_ISSUE_TYPES.map((t) => [t.key, byName(types, t.defaultName)]),
    ),
    statuses: Object.fromEntries(
      Object.values(AIMS_STATUSES).map((s) => [s.key, byName(statuses, s.name)]),
    ),
  };
}

/**
 * Jira search lags this much behind writes on the automation sites (search-visibility.ts): more
 * than any test runs, so what a test writes is found by JQL only through `reconcileIssues` or after
 * `searchCatchesUp(site)` ("later"), never by timing.
 */
export const AUTOMATION_SEARCH_LAG_MS = 60 * 60_000;

/** The search index has caught up with every write so far (the lag has passed). */
export function searchCatchesUp(site: RunningSite): void {
  searchVisibility(site.ctx).catchUp();
}

/**
 * A site running the real app (manifest.yml + src/), provisioned into the seeded AIMS project by
 * the app's own install trigger, as Forge runs it on install, with delayed search visibility.
 */
export async function startAimsSite(faults?: FaultOptions): Promise<AimsSite> {
  const host = createForgeHost({ appRoot: APP_ROOT, ...(faults ? { faults } : {}) });
  const site = await startTestSite([host], { searchLagMs: AUTOMATION_SEARCH_LAG_MS });
  await host.install(accountOf('admin'));
  await host.install(accountOf('admin'), { product: 'confluence' }); // connects Confluence (optional app)
  await host.waitForIdle();
  searchCatchesUp(site); // provisioning happened before the tests
  const ids = await discoverIds(site);
  return {
    site,
    host,
    ids,
    async close() {
      await host.waitForIdle();
      host.close();
      await site.close();
      // Every trigger delivery and workflow rule of the app ran without throwing.
      const failed = host.deliveries.filter((d) => !d.ok);
      if (failed.length > 0 || host.ruleFailures.length > 0) {
        throw new Error(
          `The app failed: ${JSON.stringify({ deliveries: failed, rules: host.ruleFailures })}`,
        );
      }
    },
  };
}

export const linkTypeName = (key: string): string => {
  const def = AIMS_LINK_TYPES.find((l) => l.key === key);
  if (!def) throw new Error(`no link type ${key}`);
  return def.name;
};
