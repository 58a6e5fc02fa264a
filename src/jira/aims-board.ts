/**
 * The AIMS board (issue 15, Jira boards): a saved filter on the AIMS project, shared with the
 * project, and a Kanban board made from it through Jira Software's REST API — both as the
 * administrator who asks. Jira places each status in the column of its status category, so the
 * board's columns hold the AIMS statuses (src/jira/aims-schema/board-columns.ts). A re-run finds
 * the filter by its name and the board by its filter, and creates only what is missing.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import { AIMS_STATUSES } from './aims-schema';
import type { AimsStatusKey } from './aims-schema';
import type { ActiveAims } from './active-aims';
import { jql } from './jql-builder';
import type { ProductClient } from './product-client';
import type { BoardSetupOutcome } from '../ui-contract/board-setup-view';

export const aimsFilterName = (projectKey: string): string => `AIMS work (${projectKey})`;
/** The JQL of the AIMS filter: all the project's work, oldest first. */
export const aimsFilterJql = (projectKey: string): string =>
  jql.orderBy(jql.eq('project', projectKey), 'created');
export const aimsBoardName = (projectKey: string): string => `AIMS board (${projectKey})`;

/** Jira Cloud's address of a company-managed project's board. */
export const boardUrl = (projectKey: string, boardId: number): string =>
  `/jira/software/c/projects/${encodeURIComponent(projectKey)}/boards/${boardId}`;

const filterSchema = z.object({ id: z.string(), name: z.string(), jql: z.string().optional() });
const filterPageSchema = z.object({ values: z.array(filterSchema) });
const boardSchema = z.object({ id: z.number(), name: z.string() });
const boardPageSchema = z.object({ values: z.array(boardSchema) });
export const boardConfigurationSchema = z.object({
  columnConfig: z.object({
    columns: z.array(
      z.object({ name: z.string(), statuses: z.array(z.object({ id: z.string() })) }),
    ),
  }),
});

type Filter = z.infer<typeof filterSchema>;
type Board = z.infer<typeof boardSchema>;

/** The AIMS filter by its name, with its JQL. */
export async function findFilter(jira: ProductClient, name: string): Promise<Filter | undefined> {
  const page = await jira.get(
    route`/rest/api/3/filter/search?filterName=${name}&isSubstringMatch=true&expand=jql&maxResults=100`,
    filterPageSchema,
  );
  return page.values.find((f) => f.name === name);
}

/** The Kanban board made from a filter. */
export async function findBoard(jira: ProductClient, filterId: string): Promise<Board | undefined> {
  const page = await jira.get(
    route`/rest/agile/1.0/board?filterId=${filterId}&type=kanban`,
    boardPageSchema,
  );
  return page.values[0];
}

/**
 * The AIMS filter: found, with its JQL set back to the AIMS work if someone changed it (Jira lets
 * only its owner do that: another admin is told so), or created.
 */
async function filterFor(
  jira: ProductClient,
  aims: ActiveAims,
): Promise<{ filter: Filter; created: boolean; repaired: boolean }> {
  const { projectKey, projectId } = aims.state;
  const name = aimsFilterName(projectKey);
  const wanted = aimsFilterJql(projectKey);
  const found = await findFilter(jira, name);
  if (found && found.jql === wanted) return { filter: found, created: false, repaired: false };
  if (found) {
    const repaired = await jira.put(
      route`/rest/api/3/filter/${found.id}`,
      { name, jql: wanted },
      filterSchema,
    );
    return { filter: repaired, created: false, repaired: true };
  }
  const filter = await jira.post(
    route`/rest/api/3/filter`,
    {
      name,
      description: 'AIMS work for the AIMS board (made by the AIMS app).',
      jql: wanted,
      sharePermissions: [{ type: 'project', project: { id: projectId } }],
    },
    filterSchema,
    { findCreated: () => findFilter(jira, name) },
  );
  return { filter, created: true, repaired: false };
}

async function boardFor(
  jira: ProductClient,
  aims: ActiveAims,
  filter: Filter,
): Promise<{ board: Board; created: boolean }> {
  const found = await findBoard(jira, filter.id);
  if (found) return { board: found, created: false };
  const board = await jira.post(
    route`/rest/agile/1.0/board`,
    {
      name: aimsBoardName(aims.state.projectKey),
      type: 'kanban',
      filterId: Number(filter.id),
      location: { type: 'project', projectKeyOrId: aims.state.projectKey },
    },
    boardSchema,
    { findCreated: () => findBoard(jira, filter.id) },
  );
  return { board, created: true };
}

/** The AIMS status name of each provisioned status id. */
function aimsStatusNames(aims: ActiveAims): Map<string, string> {
  const names = new Map<string, string>();
  for (const [key, id] of Object.entries(aims.state.statuses)) {
    const status = AIMS_STATUSES[key as AimsStatusKey] as { name: string } | undefined;
    if (status) names.set(id, status.name);
  }
  return names;
}

/** Finds or creates the AIMS filter and board, as whoever `jira` acts for; reads its columns. */
export async function setUpAimsBoard(
  jira: ProductClient,
  aims: ActiveAims,
): Promise<BoardSetupOutcome> {
  const { filter, created: filterCreated, repaired } = await filterFor(jira, aims);
  const { board, created: boardCreated } = await boardFor(jira, aims, filter);
  const config = await jira.get(
    route`/rest/agile/1.0/board/${board.id}/configuration`,
    boardConfigurationSchema,
  );
  const names = aimsStatusNames(aims);
  const columns = config.columnConfig.columns.map((c) => ({
    name: c.name,
    statuses: c.statuses.map((s) => names.get(s.id)).filter((n): n is string => n !== undefined),
  }));
  const shown = new Set(columns.flatMap((c) => c.statuses));
  return {
    filter: { id: filter.id, name: filter.name, created: filterCreated, repaired },
    board: {
      id: board.id,
      name: board.name,
      created: boardCreated,
      url: boardUrl(aims.state.projectKey, board.id),
    },
    columns,
    unmapped: [...new Set(names.values())].filter((n) => !shown.has(n)).sort(),
  };
}
