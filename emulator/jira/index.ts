import { Router } from 'express';
import type { NextFunction, Request, Response } from 'express';
import { JiraError } from '../core/errors';
import type { SiteContext } from '../core/context';
import { jiraModels } from './models/jira-models';
import { registerBulkFetchRoutes } from './routes/bulk-fetch';
import { registerCommentRoutes } from './routes/comments';
import { registerFieldRoutes } from './routes/fields';
import { registerFilterRoutes } from './routes/filters';
import { registerIssueRoutes } from './routes/issues';
import { registerIssueTypeRoutes } from './routes/issue-types';
import { registerLinkRoutes } from './routes/links';
import { registerPermissionRoutes } from './routes/permissions';
import { registerGroupPickerRoute } from './routes/group-picker';
import { registerProjectCreateRoute } from './routes/project-create';
import { registerProjectRoutes } from './routes/projects';
import { registerPropertyRoutes } from './routes/properties';
import { registerReferenceDataRoutes } from './routes/reference-data';
import { registerScreenRoutes } from './routes/screens';
import { registerScreenSchemeRoutes } from './routes/screen-schemes';
import { registerSearchRoutes } from './routes/search';
import { registerTaskRoutes } from './routes/tasks';
import { registerBulkEditRoutes } from './routes/bulk-edit';
import { registerTransitionRoutes } from './routes/transitions';
import { registerUserRoutes } from './routes/users';
import { registerLocalePreferenceRoutes } from './routes/locale-preferences';
import { registerStatusRoutes } from './routes/statuses';
import { registerWorkflowApiRoutes } from './routes/workflows';
import { registerWorkflowSchemeRoutes } from './routes/workflow-schemes';

export { jiraModels } from './models/jira-models';
export type { JiraModels } from './models/jira-models';

/** Jira Cloud platform REST v3, mounted at /rest/api/3. */
export function createJiraRouter(ctx: SiteContext): Router {
  const router = Router();
  const m = jiraModels(ctx);
  registerUserRoutes(router, m);
  registerLocalePreferenceRoutes(router, m);
  registerProjectRoutes(router, m);
  registerProjectCreateRoute(router, m);
  registerGroupPickerRoute(router, m);
  registerIssueTypeRoutes(router, m);
  registerFieldRoutes(router, m);
  registerScreenRoutes(router, m);
  registerScreenSchemeRoutes(router, m);
  registerReferenceDataRoutes(router, m);
  registerPermissionRoutes(router, m);
  registerSearchRoutes(router, m);
  registerFilterRoutes(router, m);
  registerBulkFetchRoutes(router, m);
  registerIssueRoutes(router, m);
  registerCommentRoutes(router, m);
  registerPropertyRoutes(router, m);
  registerTransitionRoutes(router, m);
  registerLinkRoutes(router, m);
  registerStatusRoutes(router, m);
  registerWorkflowApiRoutes(router, m);
  registerWorkflowSchemeRoutes(router, m);
  registerTaskRoutes(router, m);
  registerBulkEditRoutes(router, m);
  router.use(removedOrUnknownRoute);
  return router;
}

/**
 * What Jira answers outside the emulated API: the removed search APIs answer 410 with Jira's
 * migration message; anything else is a JSON 404, never an HTML page.
 */
function removedOrUnknownRoute(req: Request, _res: Response, next: NextFunction): void {
  if (/^\/search\/?$/.test(req.path)) {
    next(
      new JiraError(410, [
        'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API.',
      ]),
    );
    return;
  }
  next(new JiraError(404, [`This site does not serve ${req.method} /rest/api/3${req.path}.`]));
}
