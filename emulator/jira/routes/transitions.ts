import type { Router } from 'express';
import { principalOf } from '../../core/auth';
import { route } from '../../core/route-table';
import { parseIssueInput } from '../models/issue-service';
import type { JiraModels } from '../models/jira-models';
import type { TransitionInfo } from '../models/workflow-port';
import type { SiteUser } from '../../core/users';
import type { IssueDoc } from '../models/issue-store';
import { statusView } from '../views/entity-views';
import { fieldMetadata } from '../views/field-meta';
import { parseExpand } from '../views/field-selection';
import { param, queryString } from './query-params';

/**
 * IssueTransition objects. `hasScreen` when the transition has a screen; with `fields` (expand
 * `transitions.fields`) the FieldMetadata of that screen's fields for this issue and viewer.
 */
export function transitionViews(
  m: JiraModels,
  list: TransitionInfo[],
  fields?: { issue: IssueDoc; viewer: SiteUser },
): Record<string, unknown>[] {
  return list.map((t) => {
    const to = m.workflow.status(t.toStatusId);
    const screenFieldIds = m.issues.transitionScreenFieldIds(t);
    const hasScreen = t.screenId !== undefined && m.screens.byId(t.screenId) !== undefined;
    return {
      id: t.id,
      name: t.name,
      ...(to ? { to: statusView(m.ctx, to) } : {}),
      hasScreen,
      isGlobal: t.isGlobal,
      isInitial: t.isInitial,
      isAvailable: true,
      isConditional: t.conditions.length > 0,
      looped: t.isLooped,
      ...(fields
        ? { fields: screenFieldMeta(m, fields.issue, fields.viewer, screenFieldIds) }
        : {}),
    };
  });
}

function screenFieldMeta(
  m: JiraModels,
  issue: IssueDoc,
  viewer: SiteUser,
  screenFieldIds: readonly string[],
): Record<string, unknown> {
  const { project, issueType } = m.issues.contextOf(issue);
  return Object.fromEntries(
    fieldMetadata(m, viewer, project, issueType, 'transition', screenFieldIds).map(
      ({ info, meta }) => [info.id, meta],
    ),
  );
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
      transitions: transitionViews(
        m,
        available,
        expand.has('transitions.fields') ? { issue, viewer: user } : undefined,
      ),
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
