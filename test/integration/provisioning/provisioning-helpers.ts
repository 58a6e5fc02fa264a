/** Provisioning straight against the emulator's Jira REST, as the site admin: its state and client. */
import type { RunningSite } from '../../../emulator/core/site';
import { ProductClient } from '../../../src/jira/product-client';
import type { ProvisioningState } from '../../../src/storage/provisioning-state';
import type { StateStore } from '../../../src/workflows/provisioning/provisioning-context';
import { basicAuth } from '../../support/test-site';

export const APP = { appId: 'aims-test-app', environmentId: 'aims-test-env' };

export function memoryStore(): StateStore & { saved: number; active?: string } {
  const states = new Map<string, ProvisioningState>();
  return {
    saved: 0,
    async activate(projectKey) {
      this.active = projectKey;
    },
    async load(projectKey) {
      const s = states.get(projectKey);
      return s ? structuredClone(s) : undefined;
    },
    async save(state) {
      this.saved += 1;
      states.set(state.projectKey, structuredClone(state));
    },
  };
}

/** Jira REST as the admin; `failAfter` makes the Nth write and later ones fail like a lost connection. */
export function adminJira(
  site: RunningSite,
  failAfter = Number.POSITIVE_INFINITY,
): ProductClient & { writes: number } {
  let writes = 0;
  const client = new ProductClient(async (path, init) => {
    const method = init?.method ?? 'GET';
    if (method !== 'GET') {
      writes += 1;
      if (writes > failAfter) throw new Error('connection lost');
    }
    const res = await fetch(site.url + path.value, {
      method,
      headers: { ...(init?.headers ?? {}), Authorization: basicAuth('admin') },
      body: init?.body as string | undefined,
    });
    return res as unknown as Awaited<ReturnType<ConstructorParameters<typeof ProductClient>[0]>>;
  });
  return Object.assign(client, {
    get writes() {
      return writes;
    },
  });
}
