import type { Request, Response, Router } from 'express';
import type { SiteContext } from '../../core/context';
import { principalOf } from '../../core/auth';
import { route } from '../../core/route-table';
import { confluenceModels } from '../models/confluence-models';
import { operationJson } from '../views/operation-json';
import { pageOperations, requireVisiblePage } from './page-access';
import { idParam } from './query-params';

/**
 * What the caller may do with a page (`getPageOperations`): `read` for whoever may view it,
 * `update` and `delete` as well for whoever may edit pages in its space; 404 for a page the
 * caller cannot view (the spec's "permission to view the parent content … and its space").
 */
export function registerPageOperationRoutes(router: Router, ctx: SiteContext): void {
  const models = confluenceModels(ctx);
  route(router, 'confluence', 'get', '/pages/{id}/operations', (req: Request, res: Response) => {
    const user = principalOf(res);
    const page = requireVisiblePage(models, user, idParam('id', req.params.id));
    res.json({ operations: pageOperations(models, user, page).map(operationJson) });
  });
}
