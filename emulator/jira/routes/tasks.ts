import type { Router } from 'express';
import { principalOf } from '../../core/auth';
import { JiraError } from '../../core/errors';
import { route } from '../../core/route-table';
import type { JiraModels } from '../models/jira-models';
import { taskView } from '../views/task-view';
import { param } from './query-params';

/** Long-running tasks: their creator or a Jira admin follows them with GET /task/{taskId}. */
export function registerTaskRoutes(router: Router, m: JiraModels): void {
  route(router, 'jira', 'get', '/rest/api/3/task/{taskId}', (req, res) => {
    const user = principalOf(res);
    const task = m.tasks.byId(param(req, 'taskId'));
    if (!task)
      throw new JiraError(404, [`The task with ID '${param(req, 'taskId')}' was not found.`]);
    if (task.submittedBy !== user.accountId && !m.permissions.isAdmin(user))
      throw new JiraError(403, [
        'Only the creator of the task or a Jira administrator can see it.',
      ]);
    res.json(taskView(m.ctx, m.tasks.read(task)));
  });
}
