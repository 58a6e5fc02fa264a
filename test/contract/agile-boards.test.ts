import { AgileClient, Version3Client } from 'jira.js';
import type { z } from 'zod';
import type { RunningSite } from '../../emulator/core/site';
import { AGILE_ROUTES } from '../../emulator/jira/agile';
import type { SeededLogin } from '../support/test-site';
import { startTestSite } from '../support/test-site';
import {
  boardIssuesShape,
  boardPageShape,
  boardShape,
  configurationShape,
} from './support/agile-shapes';

/**
 * Jira Software's board API as jira.js's Agile client (unmodified, a client nobody here wrote)
 * calls and reads it: each answer parsed against the shapes of jira.js's models.
 */
describe("Jira Software's board API, through jira.js", () => {
  let site: RunningSite;
  const clients = (login: SeededLogin): { agile: AgileClient; jira: Version3Client } => {
    const config = {
      host: site.url,
      authentication: { basic: { email: `${login}@example.com`, apiToken: login } },
    };
    return { agile: new AgileClient(config), jira: new Version3Client(config) };
  };
  const unique = (what: string): string => `${what} ${Math.random().toString(36).slice(2, 8)}`;
  const shaped = <T>(schema: z.ZodType<T>, value: unknown): T => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues, null, 2));
    return parsed.data;
  };
  const failure = (p: Promise<unknown>): Promise<unknown> =>
    p.then(
      () => undefined,
      (err: unknown) => err,
    );

  /** A saved filter on DEMO shared with the project, and a Kanban board from it. */
  const demoBoard = async (
    jql = 'project = DEMO ORDER BY created ASC',
  ): Promise<{ boardId: number; filterId: number }> => {
    const { agile, jira } = clients('admin');
    const project = await jira.projects.getProject({ projectIdOrKey: 'DEMO' });
    const filter = await jira.filters.createFilter({
      name: unique('DEMO work'),
      jql,
      sharePermissions: [{ type: 'project', project }],
    });
    const board = shaped(
      boardShape,
      await agile.board.createBoard({
        name: unique('DEMO board'),
        type: 'kanban',
        filterId: Number(filter.id),
        location: { type: 'project', projectKeyOrId: 'DEMO' },
      }),
    );
    return { boardId: board.id, filterId: Number(filter.id) };
  };

  beforeAll(async () => {
    site = await startTestSite();
  });
  afterAll(async () => {
    await site.close();
  });

  it('serves exactly the board routes listed here', () => {
    expect(AGILE_ROUTES.map((r) => `${r.method} ${r.path}`).sort()).toEqual([
      'get /rest/agile/1.0/board',
      'get /rest/agile/1.0/board/{boardId}',
      'get /rest/agile/1.0/board/{boardId}/configuration',
      'get /rest/agile/1.0/board/{boardId}/issue',
      'post /rest/agile/1.0/board',
    ]);
  });

  it('creates a Kanban board from a filter, located in the project, and reads it back', async () => {
    const { boardId, filterId } = await demoBoard();
    const { agile } = clients('admin');
    const board = shaped(boardShape, await agile.board.getBoard({ boardId }));
    expect(board).toMatchObject({ id: boardId, type: 'kanban' });
    expect(board.location).toMatchObject({ projectKey: 'DEMO', projectName: expect.any(String) });

    const page = shaped(boardPageShape, await agile.board.getAllBoards({ filterId }));
    expect(page.values.map((b) => b.id)).toEqual([boardId]);
    expect(page).toMatchObject({ total: 1, isLast: true, startAt: 0 });
  });

  it("maps every status of the project's workflows to a To Do, In Progress or Done column", async () => {
    const { boardId, filterId } = await demoBoard();
    const { agile, jira } = clients('admin');
    const config = shaped(configurationShape, await agile.board.getConfiguration({ boardId }));
    expect(config.filter.id).toBe(String(filterId));
    expect(config.columnConfig.columns.map((c) => c.name)).toEqual([
      'To Do',
      'In Progress',
      'Done',
    ]);

    const byType = await jira.projects.getAllStatuses({ projectIdOrKey: 'DEMO' });
    const statuses = new Map(
      byType.flatMap((t) => t.statuses ?? []).map((s) => [s.id, s.statusCategory?.key]),
    );
    const placed = config.columnConfig.columns.flatMap((c, i) =>
      c.statuses.map((s) => [s.id, ['new', 'indeterminate', 'done'][i]] as const),
    );
    expect(new Map(placed)).toEqual(statuses);
  });

  it("pages the board's issues in the filter's order, narrowed by jql", async () => {
    const label = `board-${Math.random().toString(36).slice(2, 8)}`;
    const { jira } = clients('admin');
    const keys: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const created = await jira.issues.createIssue({
        fields: {
          project: { key: 'DEMO' },
          issuetype: { name: 'Task' },
          summary: `board card ${i}`,
          labels: [label],
        },
      });
      keys.push(created.key);
    }
    const { boardId } = await demoBoard(
      `project = DEMO AND labels = "${label}" ORDER BY created ASC`,
    );
    const { agile } = clients('member');
    const first = shaped(
      boardIssuesShape,
      await agile.board.getIssuesForBoard({
        boardId,
        maxResults: 2,
        fields: ['summary', 'status'],
      }),
    );
    expect(first).toMatchObject({ startAt: 0, maxResults: 2, total: 3 });
    expect(first.issues.map((i) => i.key)).toEqual(keys.slice(0, 2));
    expect(Object.keys(first.issues[0]?.fields ?? {}).sort()).toEqual(['status', 'summary']);

    const second = shaped(
      boardIssuesShape,
      await agile.board.getIssuesForBoard({ boardId, startAt: 2, maxResults: 2 }),
    );
    expect(second.issues.map((i) => i.key)).toEqual(keys.slice(2));

    const narrowed = shaped(
      boardIssuesShape,
      await agile.board.getIssuesForBoard({ boardId, jql: `key = ${keys[1]}` }),
    );
    expect(narrowed.issues.map((i) => i.key)).toEqual([keys[1]]);
  });

  it('hides a board from whoever cannot see its filter, as Jira does', async () => {
    const { agile, jira } = clients('admin');
    const filter = await jira.filters.createFilter({
      name: unique('Private'),
      jql: 'project = DEMO',
    });
    const board = await agile.board.createBoard({
      name: unique('Private board'),
      type: 'kanban',
      filterId: Number(filter.id),
    });
    const member = clients('member').agile;
    expect(await failure(member.board.getBoard({ boardId: Number(board.id) }))).toMatchObject({
      status: 404,
      response: { data: { errorMessages: [expect.stringMatching(/do not have permission/)] } },
    });
    const listed = shaped(
      boardPageShape,
      await member.board.getAllBoards({ filterId: Number(filter.id) }),
    );
    expect(listed.values).toEqual([]);
    // Nor may anyone build a board on a filter they cannot see.
    expect(
      await failure(
        member.board.createBoard({ name: 'Mine', type: 'kanban', filterId: Number(filter.id) }),
      ),
    ).toMatchObject({ status: 400 });
  });

  it('refuses a board without a name or of an unknown type, naming the problem', async () => {
    const { agile } = clients('admin');
    expect(
      await failure(agile.board.createBoard({ name: '', type: 'kanban', filterId: 1 })),
    ).toMatchObject({ status: 400, response: { data: { errors: { name: expect.any(String) } } } });
    expect(
      await failure(agile.board.createBoard({ name: 'x', type: 'timeline', filterId: 1 })),
    ).toMatchObject({ status: 400, response: { data: { errors: { type: expect.any(String) } } } });
  });
});
