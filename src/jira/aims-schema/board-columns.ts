import type { AimsStatusDefinition, StatusCategoryKey } from './workflows';
import { AIMS_WORKFLOWS } from './workflows';

/** A column of a board and the status category whose statuses Jira places in it. */
export interface BoardColumnDefinition {
  name: string;
  category: StatusCategoryKey;
}

/**
 * The columns a Kanban board shows AIMS work in. Jira maps a status to a board column by its
 * status category (to do, in progress, done), so every AIMS status lands in one of these three.
 */
export const AIMS_BOARD_COLUMNS: readonly BoardColumnDefinition[] = [
  { name: 'To Do', category: 'new' },
  { name: 'In Progress', category: 'indeterminate' },
  { name: 'Done', category: 'done' },
];

/** Every status of the app's workflows, once each (statuses are shared across workflows). */
export function aimsBoardStatuses(): AimsStatusDefinition[] {
  const byKey = new Map<string, AimsStatusDefinition>();
  for (const wf of AIMS_WORKFLOWS) for (const s of wf.statuses) byKey.set(s.key, s);
  return [...byKey.values()];
}

/** The AIMS statuses a column holds, by the column's status category. */
export function aimsStatusesOfColumn(column: BoardColumnDefinition): AimsStatusDefinition[] {
  return aimsBoardStatuses().filter((s) => s.category === column.category);
}
