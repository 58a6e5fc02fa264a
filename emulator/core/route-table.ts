import type { RequestHandler, Router } from 'express';

export type Product = 'jira' | 'confluence';
export type HttpMethod = 'get' | 'post' | 'put' | 'delete' | 'patch';

export interface EmulatedRoute {
  product: Product;
  method: HttpMethod;
  /**
   * Path template exactly as in the product's OpenAPI spec, e.g. `/rest/api/3/issue/{issueIdOrKey}`.
   * Confluence's v2 spec puts `/wiki/api/v2` in `servers`, so its paths are relative: `/pages/{id}`.
   */
  specPath: string;
}

/** Every product route the emulator serves; the contract tests check each against the spec. */
export const EMULATED_ROUTES: EmulatedRoute[] = [];

/** Where each product's router is mounted on the site. */
export const PRODUCT_MOUNT: Record<Product, string> = {
  jira: '/rest/api/3',
  confluence: '/wiki/api/v2',
};

/** The part of the mount that the spec's path keys repeat (Confluence's keys omit it). */
const SPEC_PATH_PREFIX: Record<Product, string> = { jira: '/rest/api/3', confluence: '' };

/** The URL path a spec path template is served at, e.g. `/wiki/api/v2/pages/{id}`. */
export function servedPath(product: Product, specPath: string): string {
  return PRODUCT_MOUNT[product] + specPath.slice(SPEC_PATH_PREFIX[product].length);
}

/**
 * Registers a product route on a router mounted at the product's prefix, from the spec's path
 * template: `route(router, 'jira', 'get', '/rest/api/3/issue/{issueIdOrKey}', handler)`,
 * `route(router, 'confluence', 'get', '/pages/{id}', handler)`.
 */
export function route(
  router: Router,
  product: Product,
  method: HttpMethod,
  specPath: string,
  ...handlers: RequestHandler[]
): void {
  const prefix = SPEC_PATH_PREFIX[product];
  if (!specPath.startsWith(prefix + '/') || specPath.startsWith(PRODUCT_MOUNT.confluence)) {
    throw new Error(
      `Route ${specPath} is not a ${product} spec path (expected it to start with ${prefix}/)`,
    );
  }
  const expressPath = specPath
    .slice(prefix.length)
    .replace(/\{([^}]+)\}/g, (_m, name: string) => `:${name.replace(/[^A-Za-z0-9_]/g, '_')}`);
  router[method](expressPath || '/', ...handlers);
  if (
    !EMULATED_ROUTES.some(
      (r) => r.product === product && r.method === method && r.specPath === specPath,
    )
  ) {
    EMULATED_ROUTES.push({ product, method, specPath });
  }
}
