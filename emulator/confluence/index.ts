import { Router } from 'express';
import type { SiteContext } from '../core/context';
import { confluenceNotFound } from '../core/errors';
import { registerSpaceRoutes } from './routes/space-routes';
import { registerPageRoutes } from './routes/page-routes';
import { registerPageTreeRoutes } from './routes/page-tree-routes';
import { registerPageVersionRoutes } from './routes/page-version-routes';
import { registerPagePropertyRoutes } from './routes/page-property-routes';
import { registerPageOperationRoutes } from './routes/page-operation-routes';

export { confluenceModels } from './models/confluence-models';
export type { ConfluenceModels } from './models/confluence-models';

/** Confluence Cloud REST v2, mounted at /wiki/api/v2. */
export function createConfluenceRouter(ctx: SiteContext): Router {
  const router = Router();
  registerSpaceRoutes(router, ctx);
  registerPageRoutes(router, ctx);
  registerPageTreeRoutes(router, ctx);
  registerPageVersionRoutes(router, ctx);
  registerPagePropertyRoutes(router, ctx);
  registerPageOperationRoutes(router, ctx);
  router.use(() => {
    throw confluenceNotFound('No such Confluence REST resource on this site.');
  });
  return router;
}
