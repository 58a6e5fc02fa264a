/**
 * The AIMS board read back for the admin page's onboarding, as the administrator (nothing is
 * changed): the saved filter found by its name still selects the AIMS work, a Kanban board is made
 * from it, and every AIMS status sits in the column of its status category. What is not right is
 * said in words; running the step again (`setUpAimsBoard`) makes what is missing and sets the
 * filter's JQL back. A board's columns cannot be changed through Jira's REST API, so a misplaced
 * status is the admin's to map in the board's column settings.
 */
import { route } from '@forge/api';
import type { z } from 'zod';
import type { BoardState } from '../ui-contract/board-setup-view';
import type { ActiveAims } from './active-aims';
import {
  aimsFilterJql,
  aimsFilterName,
  boardConfigurationSchema,
  boardUrl,
  findBoard,
  findFilter,
} from './aims-board';
import { AIMS_BOARD_COLUMNS, aimsBoardStatuses } from './aims-schema';
import type { ProductClient } from './product-client';

type BoardConfiguration = z.infer<typeof boardConfigurationSchema>;

/** Which AIMS statuses are in no column, and which are in another column than their category's. */
export function boardColumnProblems(aims: ActiveAims, config: BoardConfiguration): string[] {
  const columnOf = new Map<string, string>();
  for (const c of config.columnConfig.columns)
    for (const s of c.statuses) columnOf.set(s.id, c.name);
  const missing: string[] = [];
  const misplaced: string[] = [];
  for (const status of aimsBoardStatuses()) {
    const id = aims.state.statuses[status.key];
    if (!id) continue;
    const wanted = AIMS_BOARD_COLUMNS.find((c) => c.category === status.category)?.name;
    const actual = columnOf.get(id);
    if (actual === undefined) missing.push(status.name);
    else if (wanted !== undefined && actual !== wanted)
      misplaced.push(`${status.name} (in ${actual}, not ${wanted})`);
  }
  return [
    ...(missing.length > 0
      ? [
          `In no column, so their issues are not on the board: ${missing.join(', ')}. Map them in the board's column settings.`,
        ]
      : []),
    ...(misplaced.length > 0
      ? [
          `In another column than their status category's: ${misplaced.join(', ')}. Move them in the board's column settings.`,
        ]
      : []),
  ];
}

export async function readAimsBoardState(
  jira: ProductClient,
  aims: ActiveAims,
): Promise<BoardState> {
  const { projectKey } = aims.state;
  const filterName = aimsFilterName(projectKey);
  const filter = await findFilter(jira, filterName);
  if (!filter) return { board: null, problems: ['There is no AIMS board yet.'] };
  const problems: string[] = [];
  if (filter.jql !== aimsFilterJql(projectKey))
    problems.push(
      `Its filter "${filterName}" no longer selects the AIMS work (it says: ${filter.jql || 'nothing'}). Run this step again to set it back.`,
    );
  const board = await findBoard(jira, filter.id);
  if (!board)
    return {
      board: null,
      problems: [
        ...problems,
        `No board is made from the filter "${filterName}". Run this step again to make it.`,
      ],
    };
  const config = await jira.get(
    route`/rest/agile/1.0/board/${board.id}/configuration`,
    boardConfigurationSchema,
  );
  problems.push(...boardColumnProblems(aims, config));
  return {
    board: { id: board.id, name: board.name, url: boardUrl(projectKey, board.id) },
    problems,
  };
}
