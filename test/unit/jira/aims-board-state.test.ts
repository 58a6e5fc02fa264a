/**
 * The AIMS board's columns read back (src/jira/aims-board-state.ts): every AIMS status must sit in
 * the column of its status category; one in no column, or in another column, is named in words.
 */
import type { ActiveAims } from '../../../src/jira/active-aims';
import { boardColumnProblems } from '../../../src/jira/aims-board-state';
import { AIMS_BOARD_COLUMNS, aimsBoardStatuses } from '../../../src/jira/aims-schema';
import { DEFAULT_APP_CONFIG } from '../../../src/storage/app-config';

const statuses = aimsBoardStatuses();
const idOf = (key: string) => `s-${key}`;
const aims = {
  config: DEFAULT_APP_CONFIG,
  state: { statuses: Object.fromEntries(statuses.map((s) => [s.key, idOf(s.key)])) },
} as unknown as ActiveAims;

/** A board whose columns hold the statuses each category puts there, with `move` applied. */
function board(move: (key: string, column: string) => string | undefined = (_k, c) => c) {
  return {
    columnConfig: {
      columns: AIMS_BOARD_COLUMNS.map((c) => ({
        name: c.name,
        statuses: statuses
          .filter(
            (s) =>
              move(s.key, AIMS_BOARD_COLUMNS.find((x) => x.category === s.category)?.name ?? '') ===
              c.name,
          )
          .map((s) => ({ id: idOf(s.key) })),
      })),
    },
  };
}

const react = statuses.find((s) => s.name === 'React');
const closed = statuses.find((s) => s.name === 'NC Closed');

test('a board whose columns follow the status categories has nothing wrong', () => {
  expect(boardColumnProblems(aims, board())).toEqual([]);
});

test('a status in no column and one in another column are named, with what to do', () => {
  const problems = boardColumnProblems(
    aims,
    board((key, column) =>
      key === react?.key ? undefined : key === closed?.key ? 'In Progress' : column,
    ),
  );
  expect(problems).toEqual([
    "In no column, so their issues are not on the board: React. Map them in the board's column settings.",
    "In another column than their status category's: NC Closed (in In Progress, not Done). Move them in the board's column settings.",
  ]);
});

test('a status the project was not provisioned with is not asked for', () => {
  const partial = {
    ...aims,
    state: { statuses: { [react?.key ?? '']: idOf(react?.key ?? '') } },
  } as unknown as ActiveAims;
  expect(
    boardColumnProblems(
      partial,
      board((key, c) => (key === react?.key ? c : undefined)),
    ),
  ).toEqual([]);
});
