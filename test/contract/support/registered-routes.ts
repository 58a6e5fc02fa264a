import type { EmulatedRoute } from '../../../emulator/core/route-table';
import { EMULATED_ROUTES } from '../../../emulator/core/route-table';
import { openDatabase } from '../../../emulator/core/database';
import { createSiteContext } from '../../../emulator/core/context';
import { buildApp } from '../../../emulator/core/site';

/**
 * Every product route the emulator registers. Routers register their routes when the site's app
 * is built, so this builds one (on a throw-away in-memory database) synchronously: jest needs the
 * list while it collects tests, before any `beforeAll` runs.
 */
export function registeredRoutes(): EmulatedRoute[] {
  if (EMULATED_ROUTES.length === 0) {
    const db = openDatabase(':memory:');
    try {
      buildApp(createSiteContext(db, 'http://127.0.0.1:0'));
    } finally {
      db.close();
    }
  }
  return [...EMULATED_ROUTES];
}

/** `get /rest/api/3/myself`: the key contract cases are filed under. */
export const routeKey = (route: Pick<EmulatedRoute, 'method' | 'specPath'>): string =>
  `${route.method} ${route.specPath}`;
