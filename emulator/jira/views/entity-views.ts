import type { SiteContext } from '../../core/context';
import type { SiteUser } from '../../core/users';
import { apiUrl, avatarUrls } from '../api-urls';
import type { IssueTypeDoc } from '../models/issue-types';
import type { LinkTypeDoc } from '../models/link-types';
import type { PriorityDoc, ResolutionDoc } from '../models/priorities';
import type { ProjectDoc } from '../models/projects';
import { isClassic } from '../models/projects';
import type { SecurityLevelDoc } from '../models/security-schemes';
import type { StatusInfo } from '../models/workflow-port';

/** Jira's UserDetails (embedded users: assignee, author …). */
export function userDetails(ctx: SiteContext, user: SiteUser): Record<string, unknown> {
  return {
    self: apiUrl(ctx, `user?accountId=${encodeURIComponent(user.accountId)}`),
    accountId: user.accountId,
    ...(user.email ? { emailAddress: user.email } : {}),
    avatarUrls: avatarUrls(ctx, 'user', user.accountId),
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
    accountType: user.accountType,
  };
}

/** Jira's User (GET /myself, /user, user searches). */
export function userFull(
  ctx: SiteContext,
  user: SiteUser,
  expand: Set<string> = new Set(),
): Record<string, unknown> {
  const groups = user.groups.map((name) => ({
    name,
    self: apiUrl(ctx, `group?groupname=${encodeURIComponent(name)}`),
  }));
  return {
    ...userDetails(ctx, user),
    locale: user.locale,
    groups: { size: groups.length, items: expand.has('groups') ? groups : [] },
    applicationRoles: { size: user.accountType === 'app' ? 0 : 1, items: [] },
    expand: 'groups,applicationRoles',
  };
}

export function issueTypeView(ctx: SiteContext, t: IssueTypeDoc): Record<string, unknown> {
  return {
    self: apiUrl(ctx, `issuetype/${t.id}`),
    id: t.id,
    description: t.description,
    iconUrl: `${ctx.baseUrl}/rest/api/2/universal_avatar/view/type/issuetype/avatar/${t.avatarId}?size=medium`,
    name: t.name,
    subtask: t.hierarchyLevel < 0,
    avatarId: t.avatarId,
    hierarchyLevel: t.hierarchyLevel,
  };
}

/** The `StatusCategory` schema. */
export function statusCategoryView(
  ctx: SiteContext,
  c: StatusInfo['category'],
): Record<string, unknown> {
  return {
    self: apiUrl(ctx, `statuscategory/${c.id}`),
    id: c.id,
    key: c.key,
    colorName: c.colorName,
    name: c.name,
  };
}

/** The `StatusDetails` schema (an issue's status, GET /status). */
export function statusView(ctx: SiteContext, s: StatusInfo): Record<string, unknown> {
  return {
    self: apiUrl(ctx, `status/${s.id}`),
    description: s.description,
    iconUrl: `${ctx.baseUrl}/images/icons/statuses/generic.png`,
    name: s.name,
    id: s.id,
    statusCategory: statusCategoryView(ctx, s.category),
  };
}

export function priorityView(ctx: SiteContext, p: PriorityDoc): Record<string, unknown> {
  return {
    self: apiUrl(ctx, `priority/${p.id}`),
    iconUrl: `${ctx.baseUrl}/images/icons/priorities/${p.name.toLowerCase()}.svg`,
    name: p.name,
    id: p.id,
  };
}

export function priorityFull(ctx: SiteContext, p: PriorityDoc): Record<string, unknown> {
  return {
    ...priorityView(ctx, p),
    description: p.description,
    statusColor: p.statusColor,
    isDefault: p.isDefault,
  };
}

export function resolutionView(ctx: SiteContext, r: ResolutionDoc): Record<string, unknown> {
  return {
    self: apiUrl(ctx, `resolution/${r.id}`),
    id: r.id,
    description: r.description,
    name: r.name,
  };
}

export function securityLevelView(
  ctx: SiteContext,
  l: SecurityLevelDoc,
  schemeId?: string,
  isDefault?: boolean,
): Record<string, unknown> {
  return {
    self: apiUrl(ctx, `securitylevel/${l.id}`),
    id: l.id,
    description: l.description,
    name: l.name,
    ...(schemeId === undefined
      ? {}
      : { issueSecuritySchemeId: schemeId, isDefault: isDefault ?? false }),
  };
}

export function linkTypeView(ctx: SiteContext, t: LinkTypeDoc): Record<string, unknown> {
  return {
    id: t.id,
    name: t.name,
    inward: t.inward,
    outward: t.outward,
    self: apiUrl(ctx, `issueLinkType/${t.id}`),
  };
}

/** Project as embedded in an issue's `project` field. */
export function projectRef(ctx: SiteContext, p: ProjectDoc): Record<string, unknown> {
  return {
    self: apiUrl(ctx, `project/${p.id}`),
    id: p.id,
    key: p.key,
    name: p.name,
    projectTypeKey: p.projectTypeKey,
    simplified: !isClassic(p),
    avatarUrls: avatarUrls(ctx, 'project', p.id),
  };
}
