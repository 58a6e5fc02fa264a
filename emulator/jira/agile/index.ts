import { Router } from 'express';
import type { NextFunction, Request, Response } from 'express';
import type { SiteContext } from '../../core/context';
import { JiraError } from '../../core/errors';
import { jiraModels } from '../models/jira-models';
import { AGILE_MOUNT } from './agile-route';
import { registerBoardRoutes } from './board-routes';

export { AGILE_MOUNT, AGILE_ROUTES } from './agile-route';

/** Jira Software REST (the subset the app uses), mounted at /rest/agile/1.0. */
export function createAgileRouter(ctx: SiteContext): Router {
  const router = Router();
  registerBoardRoutes(router, jiraModels(ctx));
  router.use((req: Request, _res: Response, next: NextFunction) => {
    next(new JiraError(404, [`This site does not serve ${req.method} ${AGILE_MOUNT}${req.path}.`]));
  });
  return router;
}
