/**
 * The implementation roadmap template (optional, from the admin page): the ten programme steps as
 * Jira epics in the AIMS project, each with its starter tasks (AIMS Actions whose parent is the
 * epic), every issue labelled with the requirements it satisfies. Made as the administrator who
 * asks. A dry run only reads. A re-run — or a run after one that stopped half-way — finds what
 * exists by its labels and creates only what is missing.
 *
 * Never twice, even when runs overlap or follow each other faster than Jira's search catches up
 * (src/storage/roadmap-record.ts): one run at a time (a claim in KVS), and what search does not
 * show yet is read back by the keys earlier runs recorded (bulk fetch reads the issues
 * themselves, without lag).
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
import { BULK_FETCH_MAX } from '../jira/browsable-issues';
import { BULK_CREATE_MAX, bulkCreateIssues } from '../jira/bulk-create';
import { chunks, searchIssues, searchOne } from '../jira/issue-search';
import { jql } from '../jira/jql-builder';
import { aimsActionFields } from '../jira/labelled-aims-action';
import type { ProductClient } from '../jira/product-client';
import { ProductApiError } from '../jira/product-client';
import type { RoadmapRecord } from '../storage/roadmap-record';
import {
  claimRoadmapRun,
  readRoadmapRecord,
  recordRoadmapIssues,
  releaseRoadmapRun,
} from '../storage/roadmap-record';
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

const roadmapFieldsSchema = z.object({
  labels: z.array(z.string()).catch([]),
  issuetype: z.object({ id: z.string() }).nullish().catch(null),
});
const ROADMAP_FIELDS = ['labels', 'issuetype'];

const bulkFetchedSchema = z.object({
  issues: z.array(z.object({ key: z.string(), fields: z.unknown() })).default([]),
});

/**
 * The named issues as they are now, with their labels and type, read from Jira itself (`POST
 * /rest/api/3/issue/bulkfetch`, 100 a request; not a search, so without lag): a deleted one is
 * absent.
 */
async function readCurrentIssues(jira: ProductClient, keys: readonly string[]) {
  const found: { key: string; fields: unknown }[] = [];
  for (const batch of chunks(keys, BULK_FETCH_MAX)) {
    const { issues } = await jira.post(
      route`/rest/api/3/issue/bulkfetch`,
      { issueIdsOrKeys: batch, fields: ROADMAP_FIELDS },
      bulkFetchedSchema,
      { readOnly: true },
    );
    // A moved issue answers under its new key: only the keys asked for count.
    found.push(...issues.filter((i) => batch.includes(i.key)));
  }
  return found;
}

/**
 * Every roadmap issue of the project the reader may see, as it is now: those search finds by
 * their labels (every page, only their keys) and those earlier runs recorded, which search may not
 * show yet — all read back by key, so an issue deleted a moment ago, which search still lists,
 * is known to be missing.
 */
export async function readRoadmapIssues(
  jira: ProductClient,
  state: ProvisioningState,
  epicTypeId: string,
) {
  const recorded = await readRoadmapRecord(state.projectKey);
  const searched = await searchIssues(jira, {
    jql: jql.orderBy(
      jql.and(jql.eq('project', state.projectKey), jql.eq('labels', ROADMAP_LABEL)),
      'key',
    ),
    fields: ['key'],
  });
  const keys = [
    ...new Set([
      ...searched.map((i) => i.key),
      ...Object.values(recorded.epics),
      ...Object.values(recorded.tasks),
    ]),
  ];
  const found = keys.length > 0 ? await readCurrentIssues(jira, keys) : [];
  return existingRoadmap(
    found.map((issue) => {
      const fields = roadmapFieldsSchema.parse(issue.fields);
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

/**
 * Whether a failed create may have created issues: a refusal (4xx, a 429 included) made nothing;
 * a 5xx, no answer, or a bulk create that refused some of its issues may have.
 */
const mayHaveCreated = (err: unknown): boolean =>
  !(err instanceof ProductApiError && err.status < 500);

/**
 * Creates issues in bulk requests and records the keys of each request's issues as soon as Jira
 * answers them, so a run after this one finds them even before search shows them.
 */
async function createRecorded<T>(
  jira: ProductClient,
  projectKey: string,
  items: readonly T[],
  fieldsOf: (item: T) => Record<string, unknown>,
  recordOf: (created: readonly { item: T; key: string }[]) => RoadmapRecord,
): Promise<string[]> {
  const keys: string[] = [];
  for (const batch of chunks(items, BULK_CREATE_MAX)) {
    const created = await bulkCreateIssues(jira, batch.map(fieldsOf));
    const pairs = batch.flatMap((item, i) => {
      const key = created[i];
      return key ? [{ item, key }] : [];
    });
    await recordRoadmapIssues(projectKey, recordOf(pairs));
    keys.push(...created);
  }
  return keys;
}

const runRefusal = (startedAt: string | undefined, freeBy: string) =>
  new Refusal(
    `Another run ${startedAt ? `(started ${startedAt.slice(11, 19)} UTC) ` : ''}is creating the implementation roadmap, or stopped before Jira confirmed what it created. Run it again after ${freeBy.slice(11, 19)} UTC.`,
    ['A later run finds what exists and creates only what is missing.'],
  );

/** Creates what the roadmap is missing (nothing in a dry run), as whoever `jira` acts for. */
export async function applyRoadmapTemplate(
  jira: ProductClient,
  aims: ActiveAims,
  dryRun: boolean,
): Promise<RoadmapOutcome> {
  const { state } = aims;
  const epicType = await projectEpicType(jira, state);
  if (dryRun) {
    const existing = await readRoadmapIssues(jira, state, epicType.id);
    const plan = planRoadmap(existing);
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
  const claim = await claimRoadmapRun(state.projectKey, new Date());
  if (!claim.won) throw runRefusal(claim.startedAt, claim.freeBy);
  let release = true;
  try {
    return await createMissing(jira, state, epicType.id, (err) => {
      // Jira may have created issues it did not name: the claim holds until search shows them.
      if (mayHaveCreated(err)) release = false;
    });
  } finally {
    if (release) await releaseRoadmapRun(state.projectKey);
  }
}

/** The run itself, holding the project's roadmap claim. */
async function createMissing(
  jira: ProductClient,
  state: ProvisioningState,
  epicTypeId: string,
  onCreateFailed: (err: unknown) => void,
): Promise<RoadmapOutcome> {
  const existing = await readRoadmapIssues(jira, state, epicTypeId);
  const plan = planRoadmap(existing);
  const epicKeys = new Map(existing.epics);
  const creating = async <T>(create: () => Promise<T>): Promise<T> => {
    try {
      return await create();
    } catch (err) {
      onCreateFailed(err);
      throw err;
    }
  };
  const createdEpics = await creating(() =>
    createRecorded(
      jira,
      state.projectKey,
      plan.epicsToCreate,
      (s) => epicFields(state, epicTypeId, s),
      (created) => ({
        epics: Object.fromEntries(created.map(({ item, key }) => [String(item.step), key])),
        tasks: {},
      }),
    ),
  );
  plan.epicsToCreate.forEach((s, i) => {
    const key = createdEpics[i];
    if (key) epicKeys.set(s.step, key);
  });
  const epicOf = (s: ProgrammeStep): string => {
    const key = epicKeys.get(s.step);
    if (!key) throw new Error(`No epic for step ${s.step}`);
    return key;
  };
  const taskKeys = await creating(() =>
    createRecorded(
      jira,
      state.projectKey,
      plan.tasksToCreate,
      ({ step, task }) => taskFields(state, epicOf(step), step, task),
      (created) => ({
        epics: {},
        tasks: Object.fromEntries(created.map(({ item, key }) => [item.task.id, key])),
      }),
    ),
  );
  return {
    dryRun: false,
    existing: plan.existing,
    epics: plan.epicsToCreate.map((s) => ({ summary: epicSummary(s), key: epicOf(s) })),
    tasks: plan.tasksToCreate.map(({ step, task }, i) => ({
      summary: task.summary,
      epic: epicOf(step),
      key: taskKeys[i] ?? null,
    })),
  };
}
