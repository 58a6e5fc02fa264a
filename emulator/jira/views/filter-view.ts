import type { SiteUser } from '../../core/users';
import { apiUrl } from '../api-urls';
import type { FilterDoc, FilterShare } from '../models/filters';
import type { JiraModels } from '../models/jira-models';
import { projectRef, userDetails } from './entity-views';

function shareView(m: JiraModels, share: FilterShare, index: number): Record<string, unknown> {
  const id = index + 1;
  if (share.type === 'project') {
    const project = m.projects.byId(share.projectId);
    return { id, type: 'project', ...(project ? { project: projectRef(m.ctx, project) } : {}) };
  }
  if (share.type === 'group') {
    return { id, type: 'group', group: { name: share.groupName, groupId: share.groupName } };
  }
  return { id, type: share.type === 'global' ? 'global' : 'loggedin' };
}

/**
 * A filter as Jira answers it: `GET/POST /filter` give every property, the search only `self`, `id`
 * and `name` plus what `expand` asks (description, owner, jql, searchUrl, viewUrl, sharePermissions).
 */
export function filterView(
  m: JiraModels,
  f: FilterDoc,
  viewer: SiteUser,
  expand: Set<string>,
  full: boolean,
): Record<string, unknown> {
  const owner = m.ctx.users.byAccountId(f.ownerAccountId);
  const wants = (what: string): boolean => full || expand.has(what);
  const jqlParam = encodeURIComponent(f.jql);
  return {
    ...(full
      ? {}
      : {
          expand:
            'description,owner,jql,viewUrl,searchUrl,favourite,favouritedCount,sharePermissions,isWritable,subscriptions',
        }),
    self: apiUrl(m.ctx, `filter/${f.id}`),
    id: f.id,
    name: f.name,
    ...(wants('description') ? { description: f.description } : {}),
    ...(wants('owner') && owner ? { owner: userDetails(m.ctx, owner) } : {}),
    ...(wants('jql') ? { jql: f.jql } : {}),
    ...(wants('viewUrl') ? { viewUrl: `${m.ctx.baseUrl}/issues/?filter=${f.id}` } : {}),
    ...(wants('searchUrl') ? { searchUrl: apiUrl(m.ctx, `search/jql?jql=${jqlParam}`) } : {}),
    ...(wants('favourite') ? { favourite: f.ownerAccountId === viewer.accountId } : {}),
    ...(wants('favouritedCount') ? { favouritedCount: 1 } : {}),
    ...(wants('sharePermissions')
      ? { sharePermissions: f.shares.map((s, i) => shareView(m, s, i)) }
      : {}),
    ...(full ? { editPermissions: [] } : {}),
  };
}
