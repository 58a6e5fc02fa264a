import type { SiteContext } from '../../core/context';
import { DocTable } from './doc-table';

/** A board column and the statuses mapped to it. */
export interface BoardColumn {
  name: string;
  statusIds: string[];
}

export type BoardLocation =
  { type: 'project'; projectId: string } | { type: 'user'; accountId: string };

export interface BoardDoc {
  id: string;
  name: string;
  type: 'kanban' | 'scrum';
  filterId: string;
  location: BoardLocation;
  ownerAccountId: string;
  columns: BoardColumn[];
}

/**
 * The status categories a new board's columns hold, in order. Jira Software gives a board created
 * from a filter one column per category and maps each status of the filter's projects to the
 * column of its category (the create-board API takes no columns).
 */
export const NEW_BOARD_COLUMNS: readonly { name: string; categoryKey: string }[] = [
  { name: 'To Do', categoryKey: 'new' },
  { name: 'In Progress', categoryKey: 'indeterminate' },
  { name: 'Done', categoryKey: 'done' },
];

/** Jira Software boards (`/rest/agile/1.0/board`). */
export class BoardModel {
  private readonly table: DocTable<BoardDoc>;

  constructor(private readonly ctx: SiteContext) {
    this.table = new DocTable<BoardDoc>(ctx.db, 'jira_boards');
  }

  create(input: Omit<BoardDoc, 'id'>): BoardDoc {
    return this.table.put({ ...input, id: String(this.ctx.meta.next('jira:board', 1)) });
  }

  byId(id: string): BoardDoc | undefined {
    return this.table.sharedGet(id);
  }

  all(): readonly BoardDoc[] {
    return this.table.sharedAll();
  }
}
