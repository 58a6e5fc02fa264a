/**
 * The admin page's guided onboarding: where each step stands (read back as the admin), and the
 * writes of the steps that have no section of their own — choose or create the project, map the
 * AIMS roles to Jira groups (checked to exist), create the Confluence pages. Every function is an
 * admin function (Jira administrator, checked as the caller first); payloads are zod-checked.
 */
import type Resolver from '@forge/resolver';
import { z } from 'zod';
import { AIMS_ROLES, AIMS_ROLE_DEFINITIONS } from '../domain/authorization';
import { Refusal } from '../domain/refusal';
import { confluenceAsUser, jiraAsUser } from '../jira/forge-clients';
import { findGroups, groupExists } from '../jira/jira-groups';
import { createAimsPages, listSpaces } from '../onboarding/aims-pages';
import {
  createAimsProject,
  listProjects,
  newProjectSchema,
  requireAimsProject,
} from '../onboarding/aims-project';
import { onboardingStatus } from '../onboarding/onboarding-status';
import { loadAppConfig, saveAppConfig } from '../storage/app-config';
import { defineAdminFunction } from './admin-function';
import { viewerAccountId } from './resolver-outcome';

const searchText = z.string().trim().max(100, 'Search for at most 100 characters').default('');
const projectKey = newProjectSchema.shape.key;
const groupName = z
  .string()
  .trim()
  .min(1, 'Choose a Jira group')
  .max(255, 'A Jira group name has at most 255 characters');

/** The project key saved in the configuration (everything else kept as it is). */
async function useProject(key: string) {
  const config = await loadAppConfig();
  if (config.projectKey !== key) await saveAppConfig({ ...config, projectKey: key });
}

export function defineOnboardingFunctions(resolver: Resolver): void {
  defineAdminFunction(resolver, 'getOnboarding', 'see the AIMS onboarding', z.object({}), () =>
    onboardingStatus(),
  );

  defineAdminFunction(
    resolver,
    'getProjects',
    'list Jira projects for the AIMS',
    z.object({ query: searchText }),
    ({ query }) => listProjects(jiraAsUser(), query),
  );

  defineAdminFunction(
    resolver,
    'chooseProject',
    'choose the AIMS project',
    z.object({ projectKey }),
    async ({ projectKey: key }) => {
      const project = await requireAimsProject(jiraAsUser(), key);
      await useProject(project.key);
      return project;
    },
  );

  defineAdminFunction(
    resolver,
    'createProject',
    'create the AIMS project',
    z.object({ project: newProjectSchema }),
    async ({ project }, context) => {
      const created = await createAimsProject(jiraAsUser(), project, viewerAccountId(context));
      await useProject(created.key);
      return created;
    },
  );

  defineAdminFunction(
    resolver,
    'getGroups',
    'list Jira groups for the AIMS roles',
    z.object({ query: searchText }),
    ({ query }) => findGroups(jiraAsUser(), query),
  );

  defineAdminFunction(
    resolver,
    'saveRoleGroups',
    'map the AIMS roles to Jira groups',
    z.object(
      Object.fromEntries(
        AIMS_ROLES.map((role) => [AIMS_ROLE_DEFINITIONS[role].configKey, groupName]),
      ) as Record<
        (typeof AIMS_ROLE_DEFINITIONS)[(typeof AIMS_ROLES)[number]]['configKey'],
        typeof groupName
      >,
    ),
    async (groups) => {
      const jira = jiraAsUser();
      const missing: string[] = [];
      for (const role of AIMS_ROLES) {
        const { configKey, name } = AIMS_ROLE_DEFINITIONS[role];
        if (!(await groupExists(jira, groups[configKey])))
          missing.push(`${configKey}: there is no Jira group “${groups[configKey]}” (${name})`);
      }
      if (missing.length > 0)
        throw new Refusal(
          'The AIMS roles were not saved: choose groups that exist in Jira.',
          missing,
        );
      const config = await loadAppConfig();
      const unchanged = AIMS_ROLES.every((role) => {
        const { configKey } = AIMS_ROLE_DEFINITIONS[role];
        return config[configKey] === groups[configKey];
      });
      return unchanged ? config : saveAppConfig({ ...config, ...groups });
    },
  );

  defineAdminFunction(
    resolver,
    'getSpaces',
    'list Confluence spaces for the AIMS pages',
    z.object({}),
    () => listSpaces(confluenceAsUser()),
  );

  defineAdminFunction(
    resolver,
    'createAimsPages',
    'create the AIMS pages in Confluence',
    z.object({
      spaceId: z
        .string()
        .trim()
        .regex(/^\d{1,20}$/, 'Choose a Confluence space'),
    }),
    async ({ spaceId }) => {
      const config = await loadAppConfig();
      return createAimsPages(confluenceAsUser(), config.projectKey, spaceId, new Date());
    },
  );
}
