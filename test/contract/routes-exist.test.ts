import type { RunningSite } from '../../emulator/core/site';
import { EMULATED_ROUTES, servedPath } from '../../emulator/core/route-table';
import { startTestSite } from '../support/test-site';
import { openApiDocument, operationOf } from '../../emulator/openapi/openapi-document';
import { specBasePath } from './support/response-validator';

describe('every emulated route exists in its product spec', () => {
  let site: RunningSite;
  beforeAll(async () => {
    site = await startTestSite();
  });
  afterAll(async () => {
    await site.close();
  });

  it('the site registers routes for both products', () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(EMULATED_ROUTES.filter((r) => r.product === 'jira').length).toBeGreaterThan(0);
    expect(EMULATED_ROUTES.filter((r) => r.product === 'confluence').length).toBeGreaterThan(0);
  });

  it('each route is a documented method on a path template written exactly as in the spec', () => {
    const missing: string[] = [];
    for (const route of EMULATED_ROUTES) {
      const doc = openApiDocument(route.product);
      const template = route.specPath;
      if (!doc.paths[template]) {
        missing.push(
          `${route.method.toUpperCase()} ${route.specPath}: path not in the ${route.product} spec`,
        );
      } else if (!operationOf(doc, template, route.method)) {
        missing.push(
          `${route.method.toUpperCase()} ${route.specPath}: the spec has no ${route.method.toUpperCase()} on it ` +
            `(it has ${Object.keys(doc.paths[template] ?? {}).join(', ')})`,
        );
      }
    }
    expect(missing).toEqual([]);
  });

  it("each route is served where the spec's servers put it (Confluence: /wiki/api/v2 + path)", () => {
    const misplaced = EMULATED_ROUTES.filter(
      (r) => servedPath(r.product, r.specPath) !== specBasePath(r.product) + r.specPath,
    ).map((r) => `${r.product} ${r.specPath} served at ${servedPath(r.product, r.specPath)}`);
    expect(misplaced).toEqual([]);
  });

  it('no route is registered twice with a different spelling of the same template', () => {
    const shapes = EMULATED_ROUTES.map(
      (r) => `${r.product} ${r.method} ${r.specPath.replace(/\{[^}]+\}/g, '{}')}`,
    );
    const duplicates = shapes.filter((shape, i) => shapes.indexOf(shape) !== i);
    expect(duplicates).toEqual([]);
  });
});
