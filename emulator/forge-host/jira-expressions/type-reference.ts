/**
 * The Jira expression types the emulator builds, with their members as Atlassian's "Jira
 * expressions type reference" documents them
 * (https://developer.atlassian.com/cloud/jira/platform/jira-expressions-type-reference): which
 * members are properties (`user.accountId`) and which are methods (`user.groups()`). The Forge
 * docs' own example reads a user's groups with the method: `user.groups().includes('field-editors')`
 * (manifest-reference/modules/jira-custom-field, "edit validation").
 *
 * Members listed here that an entity does not carry are documented but not modelled by the local
 * site: using one is an evaluation error that says so, never a silent null. Members not listed are
 * unknown, as in Jira.
 */
export interface TypeMembers {
  readonly properties: readonly string[];
  readonly methods: readonly string[];
}

export const JIRA_EXPRESSION_TYPES = {
  Issue: {
    properties: [
      'id',
      'key',
      'summary',
      'description',
      'environment',
      'priority',
      'issueType',
      'status',
      'created',
      'updated',
      'dueDate',
      'resolutionDate',
      'resolution',
      'originalEstimate',
      'remainingEstimate',
      'timeSpent',
      'securityLevel',
      'parent',
      'subtasks',
      'stories',
      'epic',
      'isEpic',
      'sprint',
      'closedSprints',
      'flagged',
      'labels',
      'project',
      'assignee',
      'reporter',
      'creator',
      'votes',
      'watches',
      'watchers',
      'comments',
      'attachments',
      'links',
      'changelogs',
      'worklogs',
      'components',
      'versions',
      'fixVersions',
      'properties',
    ],
    methods: [],
  },
  User: {
    properties: ['accountId', 'displayName', 'properties'],
    methods: ['groups', 'getProjectRoles'],
  },
  Project: {
    properties: [
      'id',
      'key',
      'name',
      'projectTypeKey',
      'style',
      'lead',
      'avatarUrls',
      'projectCategory',
      'properties',
    ],
    methods: [],
  },
  IssueStatus: { properties: ['id', 'name', 'description', 'category'], methods: [] },
  StatusCategory: { properties: ['id', 'key', 'name', 'colorName'], methods: [] },
  IssueType: {
    properties: ['id', 'name', 'description', 'iconUrl', 'hierarchyLevel', 'properties'],
    methods: [],
  },
  IssuePriority: { properties: ['id', 'name', 'description'], methods: [] },
  Resolution: { properties: ['id', 'name', 'description'], methods: [] },
  IssueLink: {
    properties: ['id', 'type', 'direction', 'linkedIssue', 'inwardIssue', 'outwardIssue'],
    methods: [],
  },
  IssueLinkType: { properties: ['id', 'name', 'inward', 'outward'], methods: [] },
  Transition: { properties: ['id', 'name', 'from', 'to', 'hasScreen'], methods: [] },
  Workflow: { properties: ['id', 'name'], methods: [] },
} as const satisfies Record<string, TypeMembers>;

export type JiraExpressionTypeName = keyof typeof JIRA_EXPRESSION_TYPES;
