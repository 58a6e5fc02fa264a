import type { Router } from 'express';
import { principalOf } from '../../core/auth';
import { route } from '../../core/route-table';
import { parseIssueInput } from '../models/issue-service';
import type { JiraModels } from '../models/jira-models';
import type { TransitionInfo } from '../models/workflow-port';
import { statusView } from '../views/entity-views';
import { parseExpand } from '../views/field-selection';
import { param, queryString } from './query-params';

/** IssueTransition objects (transitions have no screens here, so `fields` is empty). */
export function transitionViews(
  m: JiraModels,
  list: TransitionInfo[],
  withFields: boolean,
): Record<string, unknown>[] {
  return list.map((t) => {
    const to = m.workflow.status(t.toStatusId);
    return {
      id: t.id,
      name: t.name,
      ...(to ? { to: statusView(m.ctx, to) } : {}),
      hasScreen: false,
      isGlobal: t.isGlobal,
      isInitial: t.isInitial,
      isAvailable: true,
      isConditional: t.conditions.length > 0,
      looped: t.isLooped,
      ...(withFields ? { fields: {} } : {}),
    };
  });
}

/** GET/POST /issue/{issueIdOrKey}/transitions over J2's workflows and the Forge rule runner. */
export function registerTransitionRoutes(router: Router, m: JiraModels): void {
  route(router, 'jira', 'get', '/rest/api/3/issue/{issueIdOrKey}/transitions', async (req, res) => {
    const user = principalOf(res);
    const issue = m.issues.visibleIssue(user, param(req, 'issueIdOrKey'));
    const transitionId = queryString(req, 'transitionId');
    const available = (await m.issues.availableTransitions(user, issue)).filter(
      (t) => !transitionId || t.id === transitionId,
    );
    const expand = parseExpand(queryString(req, 'expand'));
    res.json({
      expand: 'transitions',
      transitions: transitionViews(m, available, expand.has('transitions.fields')),
    });
  });

  route(
    router,
    'jira',
    'post',
    '/rest/api/3/issue/{issueIdOrKey}/transitions',
    async (req, res) => {
      const user = principalOf(res);
      const issue = m.issues.visibleIssue(user, param(req, 'issueIdOrKey'));
      await m.issues.transition(user, issue, parseIssueInput(req.body));
      res.status(204).end();
    },
  );
}
