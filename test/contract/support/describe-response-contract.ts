import type { Product } from '../../../emulator/core/route-table';
import { servedPath } from '../../../emulator/core/route-table';
import type { RunningSite } from '../../../emulator/core/site';
import { callAs, startTestSite } from '../../support/test-site';
import type { ContractCaseTable } from './contract-case';
import { ContractFixtures } from './contract-fixtures';
import { registeredRoutes, routeKey } from './registered-routes';
import { requestBodyProblems } from '../../../emulator/openapi/request-validator';
import { checkResponse, specTemplateOf } from './response-validator';

/**
 * One test per route the emulator registers for `product`: its contract case sends a real request
 * (as admin@example.com unless the case says otherwise) and the answer must have the expected,
 * documented status and a body that validates against the spec's schema for that status.
 * A registered route without a case fails, so new routes come with a contract test; a case
 * without a registered route fails too, so the table stays honest.
 */
export function describeResponseContract(
  product: Product,
  cases: ContractCaseTable,
  casesFile: string,
): void {
  const routes = registeredRoutes().filter((r) => r.product === product);

  describe(`${product} responses match the OpenAPI spec`, () => {
    let site: RunningSite;
    let fx: ContractFixtures;
    beforeAll(async () => {
      site = await startTestSite();
      fx = new ContractFixtures(site);
    });
    afterAll(async () => {
      await site.close();
    });

    it('every contract case belongs to a registered route', () => {
      const registered = new Set(routes.map(routeKey));
      expect(Object.keys(cases).filter((key) => !registered.has(key))).toEqual([]);
    });

    it(`the emulator registers ${product} routes`, () => {
      expect(routes.length).toBeGreaterThan(0);
    });

    for (const route of routes) {
      it(`${route.method.toUpperCase()} ${servedPath(product, route.specPath)}`, async () => {
        const build = cases[routeKey(route)];
        if (!build) {
          throw new Error(`No contract case for '${routeKey(route)}': add one to ${casesFile}.`);
        }
        const request = await build(fx);
        expect(specTemplateOf(product, request.path)).toBe(route.specPath);
        expect(requestBodyProblems(product, route.method, route.specPath, request.body)).toEqual(
          [],
        );
        const res = await callAs(
          site,
          request.as ?? 'admin',
          route.method.toUpperCase(),
          request.path,
          request.body,
          // An asynchronous operation answers 303 to its task: that answer is the contract.
          { redirect: 'manual' },
        );
        const verdict = checkResponse(product, {
          method: route.method,
          path: request.path,
          status: res.status,
          contentType: res.headers.get('content-type'),
          body: res.body,
        });
        expect({
          status: res.status,
          problems: verdict.problems,
          body:
            res.status === request.expectStatus
              ? undefined
              : JSON.stringify(res.body).slice(0, 600),
        }).toEqual({ status: request.expectStatus, problems: [] });
      });
    }
  });
}
