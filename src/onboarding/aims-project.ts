/**
 * The onboarding's first step: which Jira project holds the AIMS — one the admin picks (it must
 * exist and be company-managed) or one created through Jira's REST API as the admin.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import { Refusal } from '../domain/refusal';
import type { ProductClient } from '../jira/product-client';
import { ProductApiError } from '../jira/product-client';

const projectSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  style: z.string().optional(),
  simplified: z.boolean().optional(),
});
const projectPageSchema = z.object({
  values: z.array(projectSchema),
  total: z.number().int().optional(),
});

export interface ProjectChoice {
  key: string;
  name: string;
  /** Company-managed: only those take the AIMS schemes. */
  companyManaged: boolean;
}

const choiceOf = (p: z.infer<typeof projectSchema>): ProjectChoice => ({
  key: p.key,
  name: p.name,
  companyManaged: p.style !== 'next-gen' && p.simplified !== true,
});

/** Projects the admin can browse whose key or name contains `query`; the total says if more. */
export async function listProjects(
  client: ProductClient,
  query: string,
): Promise<{ projects: ProjectChoice[]; total: number }> {
  const page = await client.get(
    route`/rest/api/3/project/search?query=${query}&maxResults=50&orderBy=key`,
    projectPageSchema,
  );
  return { projects: page.values.map(choiceOf), total: page.total ?? page.values.length };
}

/** The project, as the admin sees it; undefined when it does not exist or they cannot browse it. */
export async function readProject(
  client: ProductClient,
  key: string,
): Promise<ProjectChoice | undefined> {
  try {
    return choiceOf(await client.get(route`/rest/api/3/project/${key}`, projectSchema));
  } catch (err) {
    if (err instanceof ProductApiError && err.status === 404) return undefined;
    throw err;
  }
}

/** Refuses a project that does not exist or is team-managed; answers it otherwise. */
export async function requireAimsProject(
  client: ProductClient,
  key: string,
): Promise<ProjectChoice> {
  const project = await readProject(client, key);
  if (!project) throw new Refusal(`There is no Jira project ${key} that you can see.`);
  if (!project.companyManaged) {
    throw new Refusal(`Project ${key} is team-managed, and the AIMS needs a company-managed one.`, [
      'A team-managed project keeps its own issue types and workflows; choose or create a company-managed project.',
    ]);
  }
  return project;
}

export const newProjectSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(
      /^[A-Z][A-Z0-9]{1,9}$/,
      'A project key is 2–10 capital letters or digits and starts with a letter',
    ),
  name: z
    .string()
    .trim()
    .min(2, 'A project name has at least 2 characters')
    .max(80, 'A project name has at most 80 characters'),
});
export type NewProject = z.infer<typeof newProjectSchema>;

/**
 * Creates a company-managed software project led by the admin (Kanban template), as the admin.
 * An existing project of that key is adopted when it is the same (a re-run), refused otherwise.
 */
export async function createAimsProject(
  client: ProductClient,
  project: NewProject,
  leadAccountId: string,
): Promise<ProjectChoice> {
  const existing = await readProject(client, project.key);
  if (existing) {
    if (existing.name === project.name) return requireAimsProject(client, project.key);
    throw new Refusal(`Project key ${project.key} is taken by “${existing.name}”.`, [
      'Pick it in the list instead, or choose another key.',
    ]);
  }
  try {
    await client.post(
      route`/rest/api/3/project`,
      {
        key: project.key,
        name: project.name,
        projectTypeKey: 'software',
        projectTemplateKey: 'com.pyxis.greenhopper.jira:gh-simplified-kanban-classic',
        leadAccountId,
        description: 'ISO/IEC 42001 AI management system (AIMS) records.',
      },
      z.object({ key: z.string() }),
      { findCreated: async () => readProject(client, project.key) },
    );
  } catch (err) {
    if (err instanceof ProductApiError && err.status === 400) {
      throw new Refusal('Jira did not create the project.', [
        ...err.messages,
        ...Object.values(err.fieldErrors),
      ]);
    }
    throw err;
  }
  return requireAimsProject(client, project.key);
}
