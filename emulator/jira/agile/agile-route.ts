import type { RequestHandler, Router } from 'express';

/** Where Jira Software's REST API is mounted on the site. */
export const AGILE_MOUNT = '/rest/agile/1.0';

export interface AgileRoute {
  method: 'get' | 'post' | 'put' | 'delete';
  /** The path as Jira Software documents it, e.g. `/rest/agile/1.0/board/{boardId}`. */
  path: string;
}

/**
 * Every Jira Software route the emulator serves. There is no OpenAPI spec of this API here, so
 * these are checked by jira.js's Agile client (test/contract/agile-*.test.ts), not by the spec.
 */
export const AGILE_ROUTES: AgileRoute[] = [];

/** Registers a Jira Software route on the router mounted at AGILE_MOUNT. */
export function agileRoute(
  router: Router,
  method: AgileRoute['method'],
  path: string,
  ...handlers: RequestHandler[]
): void {
  if (!path.startsWith(AGILE_MOUNT + '/')) {
    throw new Error(`Route ${path} is not a Jira Software path (expected ${AGILE_MOUNT}/…)`);
  }
  const expressPath = path
    .slice(AGILE_MOUNT.length)
    .replace(/\{([^}]+)\}/g, (_m, name: string) => `:${name}`);
  router[method](expressPath, ...handlers);
  if (!AGILE_ROUTES.some((r) => r.method === method && r.path === path)) {
    AGILE_ROUTES.push({ method, path });
  }
}
