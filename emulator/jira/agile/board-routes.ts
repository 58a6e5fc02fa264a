import type { Router } from 'express';
import type { z } from 'zod';
import { principalOf } from '../../core/auth';
import { JiraError } from '../../core/errors';
import type { SiteUser } from '../../core/users';
import type { BoardColumn, BoardDoc, BoardLocation } from '../models/boards';
import { NEW_BOARD_COLUMNS } from '../models/boards';
import type { FilterDoc } from '../models/filters';
import type { JiraModels } from '../models/jira-models';
import type { ProjectDoc } from '../models/projects';
import { parseBody } from '../routes/request-body';
import { param, queryInt, queryString } from '../routes/query-params';
import { agileRoute } from './agile-route';
import { createBoardBody } from './agile-operations';
import { boardConfigurationView, boardView } from './board-view';
import { boardIssues } from './board-issues';

export const BOARD_NOT_VISIBLE = 'Board does not exist or you do not have permission to see it.';

/** Jira Software boards: create from a filter, list, read, configuration and issues. */
export function registerBoardRoutes(router: Router, m: JiraModels): void {
  const canSee = (user: SiteUser, b: BoardDoc): boolean => {
    const filter = m.filters.byId(b.filterId);
    return filter !== undefined && m.filters.canView(user, filter);
  };
  const visibleBoard = (user: SiteUser, id: string): BoardDoc => {
    const board = /^\d+$/.test(id) ? m.boards.byId(id) : undefined;
    if (!board || !canSee(user, board)) throw new JiraError(404, [BOARD_NOT_VISIBLE]);
    return board;
  };

  const locationOf = (
    user: SiteUser,
    location: z.infer<typeof createBoardBody>['location'],
  ): BoardLocation => {
    if (!location || location.type === 'user') {
      if (location?.projectKeyOrId) {
        throw new JiraError(400, [], { location: 'A user location takes no projectKeyOrId.' });
      }
      return { type: 'user', accountId: user.accountId };
    }
    const project = location.projectKeyOrId ? m.projects.find(location.projectKeyOrId) : undefined;
    if (!project || !m.permissions.canBrowse(user, project)) {
      throw new JiraError(400, [], {
        location: `Project '${location.projectKeyOrId ?? ''}' does not exist or you do not have permission to view it.`,
      });
    }
    return { type: 'project', projectId: project.id };
  };

  /** The statuses of the projects the board shows, one column per status category. */
  const columnsFor = (user: SiteUser, location: BoardLocation): BoardColumn[] => {
    const projects: ProjectDoc[] =
      location.type === 'project'
        ? [m.projects.byId(location.projectId)].filter((p): p is ProjectDoc => p !== undefined)
        : m.permissions.browsableProjects(user);
    const statuses = new Map<string, string>();
    for (const p of projects) {
      const scheme = m.issueTypeSchemes.byId(p.issueTypeSchemeId);
      for (const typeId of scheme ? m.issueTypeSchemes.typeIdsOf(scheme) : []) {
        for (const s of m.workflow.statusesFor(p.id, typeId)) statuses.set(s.id, s.category.key);
      }
    }
    return NEW_BOARD_COLUMNS.map((c) => ({
      name: c.name,
      statusIds: [...statuses].filter(([, cat]) => cat === c.categoryKey).map(([id]) => id),
    }));
  };

  agileRoute(router, 'post', '/rest/agile/1.0/board', (req, res) => {
    const user = principalOf(res);
    const body = parseBody(createBoardBody, req.body);
    const filter: FilterDoc | undefined = m.filters.byId(String(body.filterId));
    if (!filter || !m.filters.canView(user, filter)) {
      throw new JiraError(400, [], {
        filterId: `The filter with id ${body.filterId} does not exist or you do not have permission to view it.`,
      });
    }
    const location = locationOf(user, body.location);
    const board = m.boards.create({
      name: body.name,
      type: body.type,
      filterId: filter.id,
      location,
      ownerAccountId: user.accountId,
      columns: columnsFor(user, location),
    });
    res.status(201).json(boardView(m, board));
  });

  agileRoute(router, 'get', '/rest/agile/1.0/board', (req, res) => {
    const user = principalOf(res);
    const type = queryString(req, 'type');
    const name = (queryString(req, 'name') ?? '').toLowerCase();
    const filterId = queryString(req, 'filterId');
    const projectKeyOrId = queryString(req, 'projectKeyOrId');
    const project = projectKeyOrId ? m.projects.find(projectKeyOrId) : undefined;
    const list = m.boards
      .all()
      .filter((b) => canSee(user, b))
      .filter((b) => !type || type.split(',').includes(b.type))
      .filter((b) => !name || b.name.toLowerCase().includes(name))
      .filter((b) => !filterId || b.filterId === filterId)
      .filter(
        (b) =>
          !projectKeyOrId ||
          (b.location.type === 'project' && b.location.projectId === project?.id),
      );
    const startAt = queryInt(req, 'startAt', 0);
    const maxResults = queryInt(req, 'maxResults', 50, 50);
    const values = list.slice(startAt, startAt + maxResults).map((b) => boardView(m, b));
    res.json({
      maxResults,
      startAt,
      total: list.length,
      isLast: startAt + values.length >= list.length,
      values,
    });
  });

  agileRoute(router, 'get', '/rest/agile/1.0/board/{boardId}', (req, res) => {
    res.json(boardView(m, visibleBoard(principalOf(res), param(req, 'boardId'))));
  });

  agileRoute(router, 'get', '/rest/agile/1.0/board/{boardId}/configuration', (req, res) => {
    res.json(boardConfigurationView(m, visibleBoard(principalOf(res), param(req, 'boardId'))));
  });

  agileRoute(router, 'get', '/rest/agile/1.0/board/{boardId}/issue', (req, res) => {
    const user = principalOf(res);
    const board = visibleBoard(user, param(req, 'boardId'));
    const filter = m.filters.byId(board.filterId);
    if (!filter) throw new JiraError(404, [BOARD_NOT_VISIBLE]);
    res.json(boardIssues(m, user, board, filter, req));
  });
}
