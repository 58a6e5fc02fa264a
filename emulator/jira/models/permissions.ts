import type { SiteUser } from '../../core/users';
import { GROUPS } from '../../core/users';
import type { IssueDoc } from './issue-store';
import type { ProjectDoc, ProjectModel } from './projects';
import type { SecuritySchemeModel } from './security-schemes';

/** Jira's wording for an issue that does not exist or that the user may not see. */
export const ISSUE_NOT_VISIBLE = 'Issue does not exist or you do not have permission to see it.';

/**
 * Who may see what. The app user sees every project (its scopes are checked by the Forge host);
 * site admins see everything; others need a browse group of the project and, for an issue with a
 * security level, a group of that level.
 */
export class PermissionModel {
  constructor(
    private readonly projects: ProjectModel,
    private readonly security: SecuritySchemeModel,
  ) {}

  isAdmin(user: SiteUser): boolean {
    return (
      user.accountType === 'app' ||
      user.groups.includes(GROUPS.siteAdmins) ||
      user.groups.includes(GROUPS.jiraAdministrators)
    );
  }

  seesEverything(user: SiteUser): boolean {
    return user.accountType === 'app' || user.groups.includes(GROUPS.siteAdmins);
  }

  canBrowse(user: SiteUser, project: ProjectDoc): boolean {
    if (this.seesEverything(user)) return true;
    return project.browseGroups.some((g) => user.groups.includes(g));
  }

  browsableProjects(user: SiteUser): ProjectDoc[] {
    return this.projects.all().filter((p) => this.canBrowse(user, p));
  }

  /** Whether the user belongs to a security level (may see issues at it, and set it). */
  inSecurityLevel(user: SiteUser, levelId: string): boolean {
    if (this.seesEverything(user)) return true;
    const found = this.security.level(levelId);
    if (!found) return false;
    return found.level.groups.some((g) => user.groups.includes(g));
  }

  canSeeIssue(user: SiteUser, issue: Pick<IssueDoc, 'projectId' | 'securityLevelId'>): boolean {
    const project = this.projects.byId(issue.projectId);
    if (!project || !this.canBrowse(user, project)) return false;
    return issue.securityLevelId === null || this.inSecurityLevel(user, issue.securityLevelId);
  }

  /** Issue-visibility check with a cache of project/level decisions, for searches over many issues. */
  issueFilter(user: SiteUser): (issue: IssueDoc) => boolean {
    const projects = new Map<string, boolean>();
    const levels = new Map<string, boolean>();
    return (issue) => {
      let browse = projects.get(issue.projectId);
      if (browse === undefined) {
        const project = this.projects.byId(issue.projectId);
        browse = project ? this.canBrowse(user, project) : false;
        projects.set(issue.projectId, browse);
      }
      if (!browse) return false;
      if (issue.securityLevelId === null) return true;
      let level = levels.get(issue.securityLevelId);
      if (level === undefined) {
        level = this.inSecurityLevel(user, issue.securityLevelId);
        levels.set(issue.securityLevelId, level);
      }
      return level;
    };
  }

  canDeleteIssue(user: SiteUser): boolean {
    return this.isAdmin(user);
  }
}
