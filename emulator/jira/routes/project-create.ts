import type { Router } from 'express';
import { z } from 'zod';
import { JiraError } from '../../core/errors';
import { route } from '../../core/route-table';
import { GROUPS } from '../../core/users';
import { apiUrl } from '../api-urls';
import type { JiraModels } from '../models/jira-models';
import { requireJiraAdmin } from './admin-access';
import { parseBody } from './request-body';

/** Templates of team-managed projects (they keep their own configuration and take no schemes). */
const TEAM_MANAGED_TEMPLATE = /:gh-simplified-agility-/;

const createProjectSchema = z
  .object({
    key: z.string(),
    name: z.string(),
    projectTypeKey: z.enum(['software', 'business']).optional(),
    projectTemplateKey: z.string().optional(),
    leadAccountId: z.string().optional(),
    description: z.string().optional(),
    assigneeType: z.enum(['PROJECT_LEAD', 'UNASSIGNED']).optional(),
  })
  .loose();

/**
 * POST /project (Jira REST v3 "Create project"): Administer Jira only (403 otherwise); the key
 * starts with an upper-case letter, then upper-case letters or digits, at most 10 characters, and
 * is unique, as is the name; the lead is a person on the site; without a template the project
 * type is required. The new project gets its own issue type scheme with the standard types and is
 * browsable by jira-users, as a project made from the Jira UI with the default permission scheme.
 */
export function registerProjectCreateRoute(router: Router, m: JiraModels): void {
  const ctx = m.ctx;
  route(router, 'jira', 'post', '/rest/api/3/project', (req, res) => {
    requireJiraAdmin(m, res, 403);
    const body = parseBody(createProjectSchema, req.body);
    const errors: Record<string, string> = {};
    if (!/^[A-Z][A-Z0-9]{1,9}$/.test(body.key))
      errors.projectKey =
        'Project keys must start with an uppercase letter, followed by one or more uppercase alphanumeric characters, and be at most 10 characters.';
    else if (m.projects.find(body.key))
      errors.projectKey = `Project '${m.projects.find(body.key)?.name ?? ''}' uses this project key.`;
    const name = body.name.trim();
    if (name.length < 2 || name.length > 80)
      errors.projectName = 'The project name must be between 2 and 80 characters.';
    else if (m.projects.all().some((p) => p.name.toLowerCase() === name.toLowerCase()))
      errors.projectName = 'A project with that name already exists.';
    const lead = body.leadAccountId ? ctx.users.byAccountId(body.leadAccountId) : undefined;
    if (!lead || !lead.active) errors.projectLead = 'You must specify a valid project lead.';
    if (!body.projectTypeKey && !body.projectTemplateKey)
      errors.projectType = 'A project type or a project template is required.';
    if (Object.keys(errors).length > 0) throw new JiraError(400, [], errors);

    const standard = ['Task', 'Bug', 'Epic', 'Subtask']
      .map((n) => m.issueTypes.byName(n))
      .filter((t) => t !== undefined);
    const scheme = m.issueTypeSchemes.create({
      name: `${body.key}: Software Issue Type Scheme`,
      description: '',
      defaultIssueTypeId: standard[0]?.id ?? null,
      issueTypeIds: standard.map((t) => t.id),
    });
    const teamManaged = TEAM_MANAGED_TEMPLATE.test(body.projectTemplateKey ?? '');
    const project = m.projects.create({
      key: body.key,
      name,
      description: body.description ?? '',
      leadAccountId: lead?.accountId ?? '',
      projectTypeKey: body.projectTypeKey ?? 'software',
      browseGroups: [GROUPS.jiraUsers],
      issueSecuritySchemeId: null,
      issueTypeSchemeId: scheme.id,
      ...(teamManaged ? { style: 'next-gen' as const } : {}),
    });
    res.status(201).json({
      self: apiUrl(ctx, `project/${project.id}`),
      id: Number(project.id),
      key: project.key,
    });
  });
}
