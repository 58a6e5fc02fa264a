/**
 * The implementation roadmap template (optional, from the admin page): the ten programme steps as
 * Jira epics in the AIMS project, each with its starter tasks (AIMS Actions whose parent is the
 * epic), every issue labelled with the requirements it satisfies. Made as the administrator who
 * asks. A dry run only reads. A re-run — or a run after one that stopped half-way — finds what
 * exists by its labels and creates only what is missing.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProgrammeStep, StarterTask } from '../domain/roadmap';
import {
  epicLabels,
  existingRoadmap,
  planRoadmap,
  ROADMAP_EPIC_LABEL,
  ROADMAP_LABEL,
  roadmapStepLabel,
  taskLabels,
} from '../domain/roadmap';
import { Refusal } from '../domain/refusal';
import type { ActiveAims } from '../jira/active-aims';
import { adfDoc } from '../jira/aims-issue';
import { bulkCreateIssues } from '../jira/bulk-create';
import { searchIssues, searchOne } from '../jira/issue-search';
import { jql } from '../jira/jql-builder';
import { aimsActionFields } from '../jira/labelled-aims-action';
import type { ProductClient } from '../jira/product-client';
import type { ProvisioningState } from '../storage/provisioning-state';
import type { RoadmapOutcome } from '../ui-contract/roadmap-view';

const projectTypesSchema = z.array(
  z.object({ id: z.string(), name: z.string(), hierarchyLevel: z.number().optional() }),
);

/**
 * The epic-level issue type of the AIMS project's issue type scheme (hierarchy level 1). Jira
 * takes an epic as the parent of a base-level issue only (POST /rest/api/3/issue, `parent`).
 */
export async function projectEpicType(
  jira: ProductClient,
  state: ProvisioningState,
): Promise<{ id: string; name: string }> {
  const types = await jira.get(
    route`/rest/api/3/issuetype/project?projectId=${state.projectId}`,
    projectTypesSchema,
  );
  const epic = types.find((t) => t.hierarchyLevel === 1);
  if (!epic) {
    throw new Refusal(`Project ${state.projectKey} has no Epic issue type.`, [
      'Provision the AIMS again on this page: it adds the site’s Epic type to the project’s issue type scheme.',
    ]);
  }
  return epic;
}

/** Every roadmap issue of the project the reader may see, by its labels (every page). */
export async function readRoadmapIssues(
  jira: ProductClient,
  state: ProvisioningState,
  epicTypeId: string,
) {
  const found = await searchIssues(jira, {
    jql: jql.orderBy(
      jql.and(jql.eq('project', state.projectKey), jql.eq('labels', ROADMAP_LABEL)),
      'key',
    ),
    fields: ['labels', 'issuetype'],
  });
  const fieldsSchema = z.object({
    labels: z.array(z.string()).catch([]),
    issuetype: z.object({ id: z.string() }).nullish().catch(null),
  });
  return existingRoadmap(
    found.map((issue) => {
      const fields = fieldsSchema.parse(issue.fields);
      return { key: issue.key, labels: fields.labels, epic: fields.issuetype?.id === epicTypeId };
    }),
  );
}

/** The key of a step's epic, if the roadmap was created and the reader can see it. */
export async function findStepEpic(
  jira: ProductClient,
  state: ProvisioningState,
  step: number,
): Promise<string | undefined> {
  const found = await searchOne(jira, {
    jql: jql.orderBy(
      jql.and(
        jql.eq('project', state.projectKey),
        jql.eq('labels', ROADMAP_EPIC_LABEL),
        jql.eq('labels', roadmapStepLabel(step)),
      ),
      'key',
    ),
    fields: ['key'],
  });
  return found?.key;
}

const refsText = (refs: readonly string[]) => `Satisfies ISO/IEC 42001 ${refs.join(', ')}.`;

const epicSummary = (s: ProgrammeStep) => `Step ${s.step}: ${s.title}`;

function epicFields(state: ProvisioningState, epicTypeId: string, s: ProgrammeStep) {
  return {
    project: { key: state.projectKey },
    issuetype: { id: epicTypeId },
    summary: epicSummary(s),
    description: adfDoc(`${s.purpose}\n${refsText(s.requirements)}`),
    labels: epicLabels(s),
  };
}

function taskFields(
  state: ProvisioningState,
  epicKey: string,
  s: ProgrammeStep,
  t: StarterTask,
): Record<string, unknown> {
  return aimsActionFields(state, {
    summary: t.summary,
    description: `Starter task ${t.id} of "${epicSummary(s)}".\n${refsText(t.requirements)}`,
    labels: taskLabels(s, t),
    parentKey: epicKey,
    values: { actionSource: 'Other' },
  });
}

export type { RoadmapOutcome };

/** Creates what the roadmap is missing (nothing in a dry run), as whoever `jira` acts for. */
export async function applyRoadmapTemplate(
  jira: ProductClient,
  aims: ActiveAims,
  dryRun: boolean,
): Promise<RoadmapOutcome> {
  const { state } = aims;
  const epicType = await projectEpicType(jira, state);
  const existing = await readRoadmapIssues(jira, state, epicType.id);
  const plan = planRoadmap(existing);
  if (dryRun) {
    return {
      dryRun,
      existing: plan.existing,
      epics: plan.epicsToCreate.map((s) => ({ summary: epicSummary(s), key: null })),
      tasks: plan.tasksToCreate.map(({ step, task }) => ({
        summary: task.summary,
        epic: epicSummary(step),
        key: null,
      })),
    };
  }
  const epicKeys = new Map(existing.epics);
  const created = await bulkCreateIssues(
    jira,
    plan.epicsToCreate.map((s) => epicFields(state, epicType.id, s)),
  );
  plan.epicsToCreate.forEach((s, i) => {
    const key = created[i];
    if (key) epicKeys.set(s.step, key);
  });
  const epicOf = (s: ProgrammeStep): string => {
    const key = epicKeys.get(s.step);
    if (!key) throw new Error(`No epic for step ${s.step}`);
    return key;
  };
  const taskKeys = await bulkCreateIssues(
    jira,
    plan.tasksToCreate.map(({ step, task }) => taskFields(state, epicOf(step), step, task)),
  );
  return {
    dryRun,
    existing: plan.existing,
    epics: plan.epicsToCreate.map((s) => ({ summary: epicSummary(s), key: epicOf(s) })),
    tasks: plan.tasksToCreate.map(({ step, task }, i) => ({
      summary: task.summary,
      epic: epicOf(step),
      key: taskKeys[i] ?? null,
    })),
  };
}
