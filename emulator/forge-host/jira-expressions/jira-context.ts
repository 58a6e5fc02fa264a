import type { SiteUser } from '../../core/users';
import { Entity } from './values';

type Json = Record<string, unknown>;

const obj = (v: unknown): Json | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
const str = (v: unknown): string | null =>
  typeof v === 'string' ? v : v === null || v === undefined ? null : String(v);
const numId = (v: unknown): number | null =>
  v === null || v === undefined || v === '' ? null : Number(v);

export function statusEntity(status: Json | undefined): Entity | null {
  if (!status) return null;
  const cat = obj(status.statusCategory);
  return new Entity('Status', {
    id: numId(status.id),
    name: str(status.name),
    description: str(status.description),
    category: cat
      ? new Entity('StatusCategory', {
          id: numId(cat.id),
          key: str(cat.key),
          name: str(cat.name),
          colorName: str(cat.colorName),
        })
      : null,
  });
}

export function userEntity(user: Json | undefined, groups?: string[]): Entity | null {
  if (!user || typeof user.accountId !== 'string') return null;
  return new Entity('User', {
    accountId: user.accountId,
    displayName: str(user.displayName),
    timeZone: str(user.timeZone),
    locale: str(user.locale),
    ...(groups ? { groups } : {}),
  });
}

export function siteUserEntity(user: SiteUser): Entity {
  return new Entity('User', {
    accountId: user.accountId,
    displayName: user.displayName,
    timeZone: user.timeZone,
    locale: user.locale,
    groups: [...user.groups],
  });
}

export function projectEntity(project: Json | undefined): Entity | null {
  if (!project) return null;
  return new Entity('Project', {
    id: numId(project.id),
    key: str(project.key),
    name: str(project.name),
  });
}

/**
 * An `Issue` of the Jira expression language from a REST v3 issue (`GET /rest/api/3/issue/{key}`):
 * id, key, summary, status (with category), issueType, project, assignee, reporter, labels,
 * priority, resolution, parent, subtasks, links (type, direction, linkedIssue) and every
 * `customfield_*` as its REST JSON value (null when empty).
 */
export function issueEntity(issue: Json): Entity {
  const fields = obj(issue.fields) ?? {};
  const links = Array.isArray(fields.issuelinks) ? (fields.issuelinks as Json[]) : [];
  const linkEntities = links.map((l) => {
    const type = obj(l.type) ?? {};
    const inward = obj(l.inwardIssue);
    const outward = obj(l.outwardIssue);
    const linked = inward ?? outward ?? {};
    return new Entity('IssueLink', {
      id: numId(l.id),
      type: new Entity('IssueLinkType', {
        id: numId(type.id),
        name: str(type.name),
        inward: str(type.inward),
        outward: str(type.outward),
      }),
      direction: inward ? 'inward' : 'outward',
      linkedIssue: issueEntity(linked),
    });
  });
  const issueType = obj(fields.issuetype);
  const priority = obj(fields.priority);
  const resolution = obj(fields.resolution);
  const members: Json = {
    id: numId(issue.id),
    key: str(issue.key),
  };
  const has = (f: string): boolean => Object.prototype.hasOwnProperty.call(fields, f);
  if (has('summary')) members.summary = str(fields.summary);
  if (has('status')) members.status = statusEntity(obj(fields.status));
  if (has('issuetype'))
    members.issueType = issueType
      ? new Entity('IssueType', {
          id: numId(issueType.id),
          name: str(issueType.name),
          subtask: issueType.subtask === true,
        })
      : null;
  if (has('project')) members.project = projectEntity(obj(fields.project));
  if (has('assignee')) members.assignee = userEntity(obj(fields.assignee));
  if (has('reporter')) members.reporter = userEntity(obj(fields.reporter));
  if (has('labels')) members.labels = Array.isArray(fields.labels) ? fields.labels : [];
  if (has('priority'))
    members.priority = priority
      ? new Entity('Priority', { id: numId(priority.id), name: str(priority.name) })
      : null;
  if (has('resolution'))
    members.resolution = resolution
      ? new Entity('Resolution', { id: numId(resolution.id), name: str(resolution.name) })
      : null;
  if (has('issuelinks')) members.links = linkEntities;
  if (has('parent'))
    members.parent = obj(fields.parent) ? issueEntity(obj(fields.parent) ?? {}) : null;
  if (has('subtasks'))
    members.subtasks = Array.isArray(fields.subtasks)
      ? (fields.subtasks as Json[]).map(issueEntity)
      : [];
  if (has('duedate')) members.dueDate = str(fields.duedate);
  return new Entity('Issue', members, (name) => {
    if (/^customfield_\d+$/.test(name)) return { found: true, value: fields[name] ?? null };
    return { found: false };
  });
}
