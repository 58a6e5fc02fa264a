import type { SiteContext } from '../../core/context';
import { apiUrl, avatarUrls } from '../api-urls';
import type { BoardDoc } from '../models/boards';
import type { JiraModels } from '../models/jira-models';
import { AGILE_MOUNT } from './agile-route';

export const agileUrl = (ctx: SiteContext, path: string): string =>
  `${ctx.baseUrl}${AGILE_MOUNT}/${path.replace(/^\//, '')}`;

/** A board as `GET /board`, `GET /board/{boardId}` and `POST /board` answer it. */
export function boardView(m: JiraModels, b: BoardDoc): Record<string, unknown> {
  return {
    id: Number(b.id),
    self: agileUrl(m.ctx, `board/${b.id}`),
    name: b.name,
    type: b.type,
    location: locationView(m, b),
    isPrivate: false,
  };
}

function locationView(m: JiraModels, b: BoardDoc): Record<string, unknown> {
  if (b.location.type === 'project') {
    const p = m.projects.byId(b.location.projectId);
    if (!p) return {};
    return {
      projectId: Number(p.id),
      displayName: `${p.name} (${p.key})`,
      projectName: p.name,
      projectKey: p.key,
      projectTypeKey: p.projectTypeKey,
      avatarURI: avatarUrls(m.ctx, 'project', p.id)['48x48'],
      name: `${p.name} (${p.key})`,
    };
  }
  const user = m.ctx.users.byAccountId(b.location.accountId);
  return {
    userAccountId: b.location.accountId,
    displayName: user?.displayName ?? '',
    name: user?.displayName ?? '',
  };
}

/** `GET /board/{boardId}/configuration`: the filter, the columns and the statuses mapped to them. */
export function boardConfigurationView(m: JiraModels, b: BoardDoc): Record<string, unknown> {
  const location =
    b.location.type === 'project'
      ? { type: 'project', projectKeyOrId: b.location.projectId }
      : { type: 'user', projectKeyOrId: b.location.accountId };
  return {
    id: Number(b.id),
    name: b.name,
    type: b.type,
    self: agileUrl(m.ctx, `board/${b.id}/configuration`),
    location,
    filter: { id: b.filterId, self: apiUrl(m.ctx, `filter/${b.filterId}`) },
    columnConfig: {
      columns: b.columns.map((c) => ({
        name: c.name,
        statuses: c.statusIds.map((id) => ({ id, self: apiUrl(m.ctx, `status/${id}`) })),
      })),
      constraintType: 'issueCount',
    },
  };
}
