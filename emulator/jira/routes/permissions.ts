import type { Request, Router } from 'express';
import { principalOf } from '../../core/auth';
import { JiraError } from '../../core/errors';
import { route } from '../../core/route-table';
import type { SiteUser } from '../../core/users';
import type { JiraModels } from '../models/jira-models';
import type { ProjectDoc } from '../models/projects';
import { ISSUE_NOT_VISIBLE } from '../models/permissions';
import { queryList, queryString } from './query-params';

interface PermissionDef {
  key: string;
  name: string;
  type: 'GLOBAL' | 'PROJECT';
  description: string;
  /** Whether a user holding BROWSE on the project has it; admin-only otherwise. */
  everyone: boolean;
}

const PERMISSIONS: PermissionDef[] = [
  {
    key: 'ADMINISTER',
    name: 'Administer Jira',
    type: 'GLOBAL',
    description: 'Create and administer projects, issue types, fields, workflows and schemes.',
    everyone: false,
  },
  {
    key: 'SYSTEM_ADMIN',
    name: 'Jira System Administrators',
    type: 'GLOBAL',
    description: 'Ability to perform all administration functions.',
    everyone: false,
  },
  {
    key: 'USER_PICKER',
    name: 'Browse users and groups',
    type: 'GLOBAL',
    description: 'View and select users or groups from the user picker.',
    everyone: true,
  },
  {
    key: 'BROWSE_PROJECTS',
    name: 'Browse Projects',
    type: 'PROJECT',
    description: 'Ability to browse projects and the issues within them.',
    everyone: true,
  },
  {
    key: 'ADMINISTER_PROJECTS',
    name: 'Administer Projects',
    type: 'PROJECT',
    description: 'Ability to administer a project in Jira.',
    everyone: false,
  },
  {
    key: 'CREATE_ISSUES',
    name: 'Create Issues',
    type: 'PROJECT',
    description: 'Ability to create issues.',
    everyone: true,
  },
  {
    key: 'EDIT_ISSUES',
    name: 'Edit Issues',
    type: 'PROJECT',
    description: 'Ability to edit issues.',
    everyone: true,
  },
  {
    key: 'TRANSITION_ISSUES',
    name: 'Transition Issues',
    type: 'PROJECT',
    description: 'Ability to transition issues.',
    everyone: true,
  },
  {
    key: 'RESOLVE_ISSUES',
    name: 'Resolve Issues',
    type: 'PROJECT',
    description: 'Ability to resolve and reopen issues.',
    everyone: true,
  },
  {
    key: 'CLOSE_ISSUES',
    name: 'Close Issues',
    type: 'PROJECT',
    description: 'Ability to close issues.',
    everyone: true,
  },
  {
    key: 'ASSIGN_ISSUES',
    name: 'Assign Issues',
    type: 'PROJECT',
    description: 'Ability to assign issues to other people.',
    everyone: true,
  },
  {
    key: 'ASSIGNABLE_USER',
    name: 'Assignable User',
    type: 'PROJECT',
    description: 'Users with this permission may be assigned to issues.',
    everyone: true,
  },
  {
    key: 'LINK_ISSUES',
    name: 'Link Issues',
    type: 'PROJECT',
    description: 'Ability to link issues together.',
    everyone: true,
  },
  {
    key: 'ADD_COMMENTS',
    name: 'Add Comments',
    type: 'PROJECT',
    description: 'Ability to comment on issues.',
    everyone: true,
  },
  {
    key: 'EDIT_OWN_COMMENTS',
    name: 'Edit Own Comments',
    type: 'PROJECT',
    description: 'Ability to edit own comments.',
    everyone: true,
  },
  {
    key: 'DELETE_OWN_COMMENTS',
    name: 'Delete Own Comments',
    type: 'PROJECT',
    description: 'Ability to delete own comments.',
    everyone: true,
  },
  {
    key: 'EDIT_ALL_COMMENTS',
    name: 'Edit All Comments',
    type: 'PROJECT',
    description: 'Ability to edit all comments.',
    everyone: false,
  },
  {
    key: 'DELETE_ALL_COMMENTS',
    name: 'Delete All Comments',
    type: 'PROJECT',
    description: 'Ability to delete all comments.',
    everyone: false,
  },
  {
    key: 'DELETE_ISSUES',
    name: 'Delete Issues',
    type: 'PROJECT',
    description: 'Ability to delete issues.',
    everyone: false,
  },
  {
    key: 'SET_ISSUE_SECURITY',
    name: 'Set Issue Security',
    type: 'PROJECT',
    description: 'Ability to set the level of security on an issue.',
    everyone: true,
  },
  {
    key: 'SCHEDULE_ISSUES',
    name: 'Schedule Issues',
    type: 'PROJECT',
    description: 'Ability to view or edit an issue due date.',
    everyone: true,
  },
];

/** GET /mypermissions: the caller's permissions, globally or in a project or issue. */
export function registerPermissionRoutes(router: Router, m: JiraModels): void {
  route(router, 'jira', 'get', '/rest/api/3/mypermissions', (req, res) => {
    const user = principalOf(res);
    const wanted = queryList(req, 'permissions');
    if (wanted.length === 0)
      throw new JiraError(400, ['The permissions query parameter is required.']);
    const unknown = wanted.filter((k) => !PERMISSIONS.some((p) => p.key === k));
    if (unknown.length)
      throw new JiraError(400, [`Unrecognized permission keys: ${unknown.join(', ')}`]);
    const projects = scope(m, user, req);
    const out: Record<string, unknown> = {};
    for (const def of PERMISSIONS.filter((p) => wanted.includes(p.key))) {
      out[def.key] = {
        id: String(PERMISSIONS.indexOf(def) + 1),
        key: def.key,
        name: def.name,
        type: def.type,
        description: def.description,
        havePermission: has(m, user, def, projects),
      };
    }
    res.json({ permissions: out });
  });
}

/** The projects in scope: the one named by projectKey/projectId/issueKey/issueId, or all. */
function scope(m: JiraModels, user: SiteUser, req: Request): ProjectDoc[] | undefined {
  const get = (name: string): string | undefined => queryString(req, name);
  const projectRef = get('projectKey') ?? get('projectId');
  if (projectRef) {
    const p = m.projects.find(projectRef);
    if (!p) throw new JiraError(404, [`No project could be found with key '${projectRef}'.`]);
    return [p];
  }
  const issueRef = get('issueKey') ?? get('issueId');
  if (issueRef) {
    const issue = m.store.find(issueRef);
    if (!issue || !m.permissions.canSeeIssue(user, issue))
      throw new JiraError(404, [ISSUE_NOT_VISIBLE]);
    const p = m.projects.byId(issue.projectId);
    return p ? [p] : [];
  }
  return undefined;
}

function has(
  m: JiraModels,
  user: SiteUser,
  def: PermissionDef,
  projects: ProjectDoc[] | undefined,
): boolean {
  const admin = m.permissions.isAdmin(user);
  if (def.type === 'GLOBAL') return def.everyone ? user.active : admin;
  const inScope = projects ?? m.projects.all();
  const browsable = inScope.some((p) => m.permissions.canBrowse(user, p));
  if (!browsable) return false;
  return def.everyone || admin;
}
