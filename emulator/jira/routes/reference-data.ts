import type { Router } from 'express';
import { route } from '../../core/route-table';
import type { JiraModels } from '../models/jira-models';
import { priorityFull, resolutionView } from '../views/entity-views';

/** Priorities and resolutions. */
export function registerReferenceDataRoutes(router: Router, m: JiraModels): void {
  route(router, 'jira', 'get', '/rest/api/3/priority', (_req, res) => {
    res.json(m.priorities.priorities.sharedAll().map((p) => priorityFull(m.ctx, p)));
  });
  route(router, 'jira', 'get', '/rest/api/3/resolution', (_req, res) => {
    res.json(m.priorities.resolutions.sharedAll().map((r) => resolutionView(m.ctx, r)));
  });
}
