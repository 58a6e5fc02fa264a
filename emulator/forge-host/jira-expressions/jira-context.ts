import type { SiteUser } from '../../core/users';
import type { EntityMethod } from './values';
import { Entity } from './values';

type Json = Record<string, unknown>;

/** The groups of a user by account ID (undefined: unknown user). */
export type GroupsOf = (accountId: string) => readonly string[] | undefined;

const obj = (v: unknown): Json | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
const str = (v: unknown): string | null =>
  typeof v === 'string' ? v : v === null || v === undefined ? null : String(v);
const numId = (v: unknown): number | null =>
  v === null || v === undefined || v === '' ? null : Number(v);

export function statusEntity(status: Json | undefined): Entity | null {
  if (!status) return null;
  const cat = obj(status.statusCategory);
  return new Entity('IssueStatus', {
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

/** `groups()`: the names of the groups the user belongs to (List<String>). */
function groupsMethod(groups: () => readonly string[]): Record<string, EntityMethod> {
  return { groups: () => [...groups()] };
}

/** A `User` from REST JSON (assignee, reporter…); `groups()` when the site knows the user. */
export function userEntity(user: Json | undefined, groupsOf?: GroupsOf): Entity | null {
  if (!user || typeof user.accountId !== 'string') return null;
  const groups = groupsOf?.(user.accountId);
  return new Entity(
    'User',
    { accountId: user.accountId, displayName: str(user.displayName) },
    groups ? { methods: groupsMethod(() => groups) } : {},
  );
}

export function siteUserEntity(user: SiteUser): Entity {
  return new Entity(
    'User',
    { accountId: user.accountId, displayName: user.displayName },
    { methods: groupsMethod(() => user.groups) },
  );
}

export function projectEntity(project: Json | undefined): Entity | null {
  if (!project) return null;
  return new Entity('Project', {
    id: numId(project.id),
    key: str(project.key),
    name: str(project.name),
    ...(project.projectTypeKey === undefined
      ? {}
      : { projectTypeKey: str(project.projectTypeKey) }),
  });
}

/** The `transition` context variable of workflow conditions and validators. */
export function transitionEntity(transition: {
  id: number;
  name: string;
  from: Entity | null;
  to: Entity | null;
  hasScreen: boolean;
}): Entity {
  return new Entity('Transition', { ...transition });
}

/** The `workflow` context variable: the workflow that holds the rule. */
export function workflowEntity(workflow: { id: string; name: string } | undefined): Entity | null {
  return workflow ? new Entity('Workflow', { id: workflow.id, name: workflow.name }) : null;
}

function issueTypeEntity(issueType: Json | undefined): Entity | null {
  if (!issueType) return null;
  return new Entity('IssueType', {
    id: numId(issueType.id),
    name: str(issueType.name),
    description: str(issueType.description),
    iconUrl: str(issueType.iconUrl),
    hierarchyLevel: typeof issueType.hierarchyLevel === 'number' ? issueType.hierarchyLevel : 0,
  });
}

function linkEntity(link: Json, groupsOf?: GroupsOf): Entity {
  const type = obj(link.type) ?? {};
  const inward = obj(link.inwardIssue);
  const outward = obj(link.outwardIssue);
  return new Entity('IssueLink', {
    id: numId(link.id),
    type: new Entity('IssueLinkType', {
      id: numId(type.id),
      name: str(type.name),
      inward: str(type.inward),
      outward: str(type.outward),
    }),
    direction: inward ? 'inward' : 'outward',
    linkedIssue: issueEntity(inward ?? outward ?? {}, groupsOf),
  });
}

/**
 * An `Issue` of the Jira expression language from a REST v3 issue (`GET /rest/api/3/issue/{key}`):
 * id, key, summary, status (with category), issueType, project, assignee, reporter, creator,
 * labels, priority, resolution, parent, subtasks, links (type, direction, linkedIssue), dueDate
 * and every `customfield_*` as its REST JSON value (null when empty). Users have `groups()` when
 * `groupsOf` knows them.
 */
export function issueEntity(issue: Json, groupsOf?: GroupsOf): Entity {
  const fields = obj(issue.fields) ?? {};
  const priority = obj(fields.priority);
  const resolution = obj(fields.resolution);
  const members: Json = {
    id: numId(issue.id),
    key: str(issue.key),
  };
  const has = (f: string): boolean => Object.prototype.hasOwnProperty.call(fields, f);
  if (has('summary')) members.summary = str(fields.summary);
  if (has('status')) members.status = statusEntity(obj(fields.status));
  if (has('issuetype')) members.issueType = issueTypeEntity(obj(fields.issuetype));
  if (has('project')) members.project = projectEntity(obj(fields.project));
  if (has('assignee')) members.assignee = userEntity(obj(fields.assignee), groupsOf);
  if (has('reporter')) members.reporter = userEntity(obj(fields.reporter), groupsOf);
  if (has('creator')) members.creator = userEntity(obj(fields.creator), groupsOf);
  if (has('labels')) members.labels = Array.isArray(fields.labels) ? fields.labels : [];
  if (has('priority'))
    members.priority = priority
      ? new Entity('IssuePriority', {
          id: numId(priority.id),
          name: str(priority.name),
          description: str(priority.description),
        })
      : null;
  if (has('resolution'))
    members.resolution = resolution
      ? new Entity('Resolution', {
          id: numId(resolution.id),
          name: str(resolution.name),
          description: str(resolution.description),
        })
      : null;
  if (has('issuelinks'))
    members.links = Array.isArray(fields.issuelinks)
      ? (fields.issuelinks as Json[]).map((l) => linkEntity(l, groupsOf))
      : [];
  if (has('parent'))
    members.parent = obj(fields.parent) ? issueEntity(obj(fields.parent) ?? {}, groupsOf) : null;
  if (has('subtasks'))
    members.subtasks = Array.isArray(fields.subtasks)
      ? (fields.subtasks as Json[]).map((s) => issueEntity(s, groupsOf))
      : [];
  if (has('duedate')) members.dueDate = str(fields.duedate);
  return new Entity('Issue', members, {
    dynamicMember: (name) =>
      /^customfield_\d+$/.test(name)
        ? { found: true, value: fields[name] ?? null }
        : { found: false },
  });
}
