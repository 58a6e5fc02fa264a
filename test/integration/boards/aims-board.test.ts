/**
 * The AIMS board (admin page), with the Forge host running the real app on a provisioned AIMS: a
 * Jira administrator gets a saved filter shared with the project and a Kanban board made from it,
 * through Jira Software's REST API, every AIMS status in a column; a re-run finds both and creates
 * nothing; anyone else is refused and nothing is made. The onboarding reads the board back (no
 * board, in place, a filter changed since) and a re-run sets a changed filter back.
 */
import { AIMS_BOARD_COLUMNS, aimsStatusesOfColumn } from '../../../src/jira/aims-schema';
import type { BoardSetupOutcome } from '../../../src/ui-contract/board-setup-view';
import type { OnboardingStatus } from '../../../src/ui-contract/onboarding-view';
import { boardSetupOutcomeSchema } from '../../../src/ui-contract/board-setup-view';
import type { SeededLogin } from '../../support/test-site';
import { callAs, jsonOk } from '../../support/test-site';
import type { ResolverOutcome } from '../forge-host/fixture-host';
import { invokeFromFrame } from '../forge-host/fixture-host';
import { installedAimsApp } from '../forge-host/installed-aims-app';

jest.setTimeout(300_000);

const app = installedAimsApp();

async function setUpBoard(login: SeededLogin): Promise<ResolverOutcome> {
  return invokeFromFrame(app.site, login, 'aims-admin', 'setUpAimsBoard', {});
}

async function setUp(): Promise<BoardSetupOutcome> {
  const out = await setUpBoard('admin');
  if (!out.ok) throw new Error(String(out.error));
  return boardSetupOutcomeSchema.parse(out.data);
}

const aimsBoards = async (login: SeededLogin = 'admin') =>
  jsonOk<{ values: { id: number; name: string }[] }>(
    callAs(app.site, login, 'GET', '/rest/agile/1.0/board?projectKeyOrId=AIMS'),
  );
const aimsFilters = async () =>
  jsonOk<{ values: { id: string; name: string }[] }>(
    callAs(
      app.site,
      'admin',
      'GET',
      '/rest/api/3/filter/search?filterName=AIMS%20work&isSubstringMatch=true',
    ),
  );

/** The board as the admin page's onboarding reads it back. */
async function boardReadBack(): Promise<OnboardingStatus['board']> {
  const out = await invokeFromFrame(app.site, 'admin', 'aims-admin', 'getOnboarding', {});
  if (!out.ok) throw new Error(String(out.error));
  return (out.data as OnboardingStatus).board;
}

it.each(['manager', 'member'] as const)(
  'refuses the %s (not a Jira administrator) and makes nothing',
  async (login) => {
    const out = await setUpBoard(login);
    expect(out.ok).toBe(false);
    expect(out.error).toContain('Only Jira administrators can create the AIMS board');
    expect((await aimsBoards()).values).toEqual([]);
    expect((await aimsFilters()).values).toEqual([]);
  },
);

it('makes a saved filter and a Kanban board with every AIMS status in its column', async () => {
  expect(await boardReadBack()).toEqual({ board: null, problems: ['There is no AIMS board yet.'] });
  const made = await setUp();
  expect(made.filter).toMatchObject({ name: 'AIMS work (AIMS)', created: true });
  expect(made.board).toMatchObject({ name: 'AIMS board (AIMS)', created: true });
  expect(made.board.url).toBe(`/jira/software/c/projects/AIMS/boards/${made.board.id}`);
  expect(made.unmapped).toEqual([]);
  expect(made.columns.map((c) => c.name)).toEqual(AIMS_BOARD_COLUMNS.map((c) => c.name));
  for (const [i, column] of AIMS_BOARD_COLUMNS.entries()) {
    expect([...(made.columns[i]?.statuses ?? [])].sort()).toEqual(
      aimsStatusesOfColumn(column)
        .map((s) => s.name)
        .sort(),
    );
  }

  const filter = await jsonOk<{ jql: string; owner: { displayName: string } }>(
    callAs(app.site, 'admin', 'GET', `/rest/api/3/filter/${made.filter.id}`),
  );
  expect(filter.jql).toBe('project = "AIMS" ORDER BY created ASC');
  // Shared with the project: a member who browses AIMS sees the board, as on Jira.
  expect((await aimsBoards('member')).values.map((b) => b.id)).toEqual([made.board.id]);
  // Read back: in place, with the board page's address, nothing wrong.
  expect(await boardReadBack()).toEqual({
    board: { id: made.board.id, name: 'AIMS board (AIMS)', url: made.board.url },
    problems: [],
  });
});

it('a filter changed since is read back as wrong, and a re-run sets it back', async () => {
  const { filter, board } = await setUp();
  await jsonOk(
    callAs(app.site, 'admin', 'PUT', `/rest/api/3/filter/${filter.id}`, {
      name: filter.name,
      jql: 'project = AIMS AND labels = urgent',
    }),
  );
  const wrong = await boardReadBack();
  expect(wrong?.board?.id).toBe(board.id);
  expect(wrong?.problems).toEqual([
    'Its filter "AIMS work (AIMS)" no longer selects the AIMS work (it says: project = AIMS AND labels = urgent). Run this step again to set it back.',
  ]);
  const repaired = await setUp();
  expect(repaired.filter).toEqual({ ...filter, created: false, repaired: true });
  expect(repaired.board).toEqual({ ...board, created: false });
  const read = await jsonOk<{ jql: string }>(
    callAs(app.site, 'admin', 'GET', `/rest/api/3/filter/${filter.id}`),
  );
  expect(read.jql).toBe('project = "AIMS" ORDER BY created ASC');
  expect((await boardReadBack())?.problems).toEqual([]);
  expect((await aimsFilters()).values).toHaveLength(1);
  expect((await aimsBoards()).values).toHaveLength(1);
});

it('run twice: finds the filter and the board, and makes no second one', async () => {
  const first = await setUp();
  const again = await setUp();
  expect(again.filter).toEqual({ ...first.filter, created: false, repaired: false });
  expect(again.board).toEqual({ ...first.board, created: false });
  expect((await aimsBoards()).values).toHaveLength(1);
  expect((await aimsFilters()).values).toHaveLength(1);
});

it("shows the project's AIMS work on the board", async () => {
  const { board } = await setUp();
  const created = await jsonOk<{ key: string }>(
    callAs(app.site, 'admin', 'POST', '/rest/api/3/issue', {
      fields: {
        project: { key: 'AIMS' },
        issuetype: { name: 'AIMS Action' },
        summary: 'On the board',
      },
    }),
  );
  const issues = await jsonOk<{ issues: { key: string }[]; total: number }>(
    callAs(
      app.site,
      'member',
      'GET',
      `/rest/agile/1.0/board/${board.id}/issue?jql=${encodeURIComponent(`key = ${created.key}`)}&fields=status`,
    ),
  );
  expect(issues.issues.map((i) => i.key)).toEqual([created.key]);
});
