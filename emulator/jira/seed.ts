import type { SiteContext } from '../core/context';
import { APP_USER_ACCOUNT_ID, GROUPS, SEEDED_USERS } from '../core/users';
import { textToAdf } from '../adf/adf-text';
import { DEFAULT_ISSUE_TYPE_SCHEME_ID } from './models/issue-type-schemes';
import { jiraModels } from './models/jira-models';

/**
 * Jira's base seed (synchronous, inside the site seed's transaction): priorities, resolutions,
 * standard link and issue types, projects DEMO (with two sample issues), AIMS (empty, with the
 * "AIMS security" scheme whose "Confidential" level only admins, AIMS managers and auditors see),
 * SEC (browsable only by site admins and AIMS managers) and TEAM (team-managed, empty).
 */
export function seedJira(ctx: SiteContext): void {
  const m = jiraModels(ctx);

  const priorities = [
    ['1', 'Highest', 'This problem will block progress.', '#d04437'],
    ['2', 'High', 'Serious problem that could block progress.', '#f15C75'],
    ['3', 'Medium', 'Has the potential to affect progress.', '#f79232'],
    ['4', 'Low', 'Minor problem or easily worked around.', '#707070'],
    ['5', 'Lowest', 'Trivial problem with little or no impact on progress.', '#999999'],
  ] as const;
  for (const [id, name, description, statusColor] of priorities) {
    m.priorities.priorities.put({
      id,
      name,
      description,
      statusColor,
      isDefault: name === 'Medium',
    });
  }
  const resolutions = [
    ['10000', 'Done', 'Work has been completed on this issue.'],
    ['10001', "Won't Do", "This issue won't be actioned."],
    ['10002', 'Duplicate', 'The problem is a duplicate of an existing issue.'],
    ['10003', 'Cannot Reproduce', 'All attempts at reproducing this issue failed.'],
  ] as const;
  for (const [id, name, description] of resolutions)
    m.priorities.resolutions.put({ id, name, description });

  m.linkTypes.create({ name: 'Blocks', inward: 'is blocked by', outward: 'blocks' });
  m.linkTypes.create({ name: 'Cloners', inward: 'is cloned by', outward: 'clones' });
  m.linkTypes.create({ name: 'Duplicate', inward: 'is duplicated by', outward: 'duplicates' });
  m.linkTypes.create({ name: 'Relates', inward: 'relates to', outward: 'relates to' });

  const epic = m.issueTypes.create({
    name: 'Epic',
    description: 'A big user story that needs to be broken down.',
    hierarchyLevel: 1,
    avatarId: 10307,
  });
  const task = m.issueTypes.create({
    name: 'Task',
    description: 'A small, distinct piece of work.',
    hierarchyLevel: 0,
    avatarId: 10318,
  });
  const subtask = m.issueTypes.create({
    name: 'Subtask',
    description: "A small piece of work that's part of a larger task.",
    hierarchyLevel: -1,
    avatarId: 10316,
  });
  const bug = m.issueTypes.create({
    name: 'Bug',
    description: 'A problem or error.',
    hierarchyLevel: 0,
    avatarId: 10303,
  });
  const standard = [task.id, bug.id, epic.id, subtask.id];

  m.issueTypeSchemes.create({
    id: DEFAULT_ISSUE_TYPE_SCHEME_ID,
    name: 'Default Issue Type Scheme',
    description:
      'Default issue type scheme is the list of global issue types. All newly created issue types will automatically be added to this scheme.',
    defaultIssueTypeId: null,
    issueTypeIds: [],
    isDefault: true,
  });
  const schemeFor = (key: string): string =>
    m.issueTypeSchemes.create({
      name: `${key}: Software Issue Type Scheme`,
      description: '',
      defaultIssueTypeId: task.id,
      issueTypeIds: standard,
    }).id;

  const admin = SEEDED_USERS[0];
  const lead = admin?.accountId ?? APP_USER_ACCOUNT_ID;
  const demo = m.projects.create({
    key: 'DEMO',
    name: 'Demo',
    description: 'A plain project with the standard issue types.',
    leadAccountId: lead,
    projectTypeKey: 'software',
    browseGroups: [GROUPS.jiraUsers],
    issueSecuritySchemeId: null,
    issueTypeSchemeId: schemeFor('DEMO'),
  });
  const aimsSecurity = m.security.create({
    name: 'AIMS security',
    description: 'Restricts confidential AIMS records to the AIMS team.',
    levels: [
      {
        name: 'Confidential',
        description: 'Visible to site admins, AIMS managers and AIMS auditors only.',
        groups: [GROUPS.siteAdmins, GROUPS.aimsManagers, GROUPS.aimsAuditors],
      },
    ],
  });
  m.projects.create({
    key: 'AIMS',
    name: 'AI Management System',
    description: 'ISO/IEC 42001 AI management system records.',
    leadAccountId: lead,
    projectTypeKey: 'software',
    browseGroups: [GROUPS.jiraUsers],
    issueSecuritySchemeId: aimsSecurity.id,
    issueTypeSchemeId: schemeFor('AIMS'),
  });
  m.projects.create({
    key: 'SEC',
    name: 'Security incidents',
    description: 'Restricted project: only site admins and AIMS managers can browse it.',
    leadAccountId: lead,
    projectTypeKey: 'software',
    browseGroups: [GROUPS.siteAdmins, GROUPS.aimsManagers],
    issueSecuritySchemeId: null,
    issueTypeSchemeId: schemeFor('SEC'),
  });
  m.projects.create({
    key: 'TEAM',
    name: 'Team-managed project',
    description:
      'A team-managed (next-gen) project: it keeps its own issue types, fields and workflows, and takes no schemes.',
    leadAccountId: lead,
    projectTypeKey: 'software',
    browseGroups: [GROUPS.jiraUsers],
    issueSecuritySchemeId: null,
    issueTypeSchemeId: schemeFor('TEAM'),
    style: 'next-gen',
  });

  const actor = ctx.users.byAccountId(lead);
  if (!actor) return;
  const first = m.issues.create(actor, {
    fields: {
      project: { key: demo.key },
      issuetype: { id: task.id },
      summary: 'Try the local Jira',
      description: textToAdf('This sample issue lives in the DEMO project of the local site.'),
      labels: ['sample'],
    },
  });
  const second = m.issues.create(actor, {
    fields: {
      project: { key: demo.key },
      issuetype: { id: bug.id },
      summary: 'Sample bug blocked by the first task',
      priority: { name: 'High' },
      labels: ['sample'],
    },
  });
  const blocks = m.linkTypes.byName('Blocks');
  if (blocks) m.links.create({ typeId: blocks.id, sourceId: first.id, destinationId: second.id });
}
