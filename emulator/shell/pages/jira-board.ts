import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { PageEnv } from '../page-env';
import { param, queryString } from '../page-env';
import type { SafeHtml } from '../html';
import { html } from '../html';
import { lozenge, sectionMessage } from '../layout';
import { errorMessagesOf } from '../rest-errors';
import {
  boardConfigurationSchema,
  boardIssuesSchema,
  boardPageSchema,
  boardSchema,
  issuesWithTransitionsSchema,
} from '../jira-schemas';
import { jiraSidebar } from './jira-sidebar';
import { statusAppearance } from './jira-issues';

/** Most cards a board page shows; past it, "first N of M" and a link to all of them. */
export const BOARD_CARD_LIMIT = 200;
const ISSUE_PAGE = 50;

type BoardIssue = z.infer<typeof boardIssuesSchema>['issues'][number];
type Transition = z.infer<
  typeof issuesWithTransitionsSchema
>['issues'][number]['transitions'][number];

const boardPath = (projectKey: string, boardId: string): string =>
  `/jira/software/c/projects/${encodeURIComponent(projectKey)}/boards/${encodeURIComponent(boardId)}`;

/**
 * Refusals of the last moves, shown once on the board the browser is sent back to (the move's POST
 * answers 303, so a reload never sends the move again — as Jira's board, which shows a flag).
 */
const refusals = new Map<string, { issueKey: string; lines: string[] }>();
const REFUSALS_KEPT = 200;

function keepRefusal(issueKey: string, lines: string[]): string {
  const id = randomUUID();
  refusals.set(id, { issueKey, lines });
  for (const old of refusals.keys()) {
    if (refusals.size <= REFUSALS_KEPT) break;
    refusals.delete(old);
  }
  return id;
}

/** GET /jira/software/c/projects/:key/boards — the project's boards. */
export async function projectBoardsPage(env: PageEnv): Promise<void> {
  const key = param(env.req, 'key');
  const res = await env.rest.get(
    `/rest/agile/1.0/board?projectKeyOrId=${encodeURIComponent(key)}&maxResults=50`,
  );
  const parsed = res.status === 200 ? boardPageSchema.safeParse(res.body) : undefined;
  const body = !parsed?.success
    ? sectionMessage('error', 'Boards could not be loaded', errorMessagesOf(res.status, res.body))
    : parsed.data.values.length === 0
      ? html`<p>Project ${key} has no board you can see.</p>`
      : html`<ul>
          ${parsed.data.values.map(
            (b) =>
              html`<li><a href="${boardPath(key, String(b.id))}">${b.name}</a> (${b.type})</li>`,
          )}
        </ul>`;
  env.send({
    title: `Boards of ${key}`,
    product: 'jira',
    sidebar: jiraSidebar('projects', env),
    body: html`<h1>Boards of ${key}</h1>
      ${body}`,
  });
}

async function boardIssues(
  env: PageEnv,
  boardId: string,
): Promise<{ issues: BoardIssue[]; total: number } | { error: string[] }> {
  const issues: BoardIssue[] = [];
  let total = 0;
  for (let startAt = 0; startAt < BOARD_CARD_LIMIT; startAt += ISSUE_PAGE) {
    const res = await env.rest.get(
      `/rest/agile/1.0/board/${encodeURIComponent(boardId)}/issue?startAt=${startAt}&maxResults=${ISSUE_PAGE}&fields=summary,status,issuetype`,
    );
    const page = res.status === 200 ? boardIssuesSchema.safeParse(res.body) : undefined;
    if (!page?.success) return { error: errorMessagesOf(res.status, res.body) };
    issues.push(...page.data.issues);
    total = page.data.total;
    if (issues.length >= total || page.data.issues.length === 0) break;
  }
  return { issues: issues.slice(0, BOARD_CARD_LIMIT), total };
}

/** The transitions each card offers its viewer (one search per 100 cards). */
async function transitionsOf(env: PageEnv, keys: string[]): Promise<Map<string, Transition[]>> {
  const found = new Map<string, Transition[]>();
  for (let i = 0; i < keys.length; i += 100) {
    const chunk = keys.slice(i, i + 100);
    const res = await env.rest.post('/rest/api/3/search/jql', {
      jql: `key in (${chunk.join(', ')})`,
      fields: ['status'],
      expand: 'transitions',
      maxResults: 100,
    });
    const parsed = issuesWithTransitionsSchema.safeParse(res.body);
    if (res.status === 200 && parsed.success) {
      for (const issue of parsed.data.issues) found.set(issue.key, issue.transitions);
    }
  }
  return found;
}

function card(
  issue: BoardIssue,
  transitions: Transition[],
  moveAction: string,
  columnOf: (statusId: string) => string | undefined,
): SafeHtml {
  const f = issue.fields;
  const status = f.status;
  const label = `${issue.key} ${f.summary ?? ''}`;
  const targets = transitions.map((t) => ({ id: t.id, to: t.to.id }));
  return html`<li
    class="board-card"
    draggable="true"
    data-issue-key="${issue.key}"
    data-transitions="${JSON.stringify(targets)}"
    aria-label="${label}"
  >
    <a class="board-card-key" href="/jira/browse/${encodeURIComponent(issue.key)}">${issue.key}</a>
    <span class="board-card-summary">${f.summary ?? ''}</span>
    <span class="board-card-meta"
      >${f.issuetype?.name ?? ''}
      ${status ? lozenge(status.name, statusAppearance(status.statusCategory?.key)) : ''}</span
    >
    ${
      transitions.length === 0
        ? html`<span class="muted">No move available to you</span>`
        : html`<details class="move-menu">
            <summary class="button button-subtle">
              Move to<span class="visually-hidden"> (${issue.key})</span>
            </summary>
            <form method="post" action="${moveAction}" class="move-form">
              <input type="hidden" name="issueKey" value="${issue.key}" />
              ${transitions.map(
                (t) =>
                  html`<button type="submit" class="button" name="transitionId" value="${t.id}">
                    ${t.name} →
                    ${t.to.name}${columnOf(t.to.id) ? html`<span class="muted"> (${columnOf(t.to.id)})</span>` : ''}
                  </button>`,
              )}
            </form>
          </details>`
    }
  </li>`;
}

/** GET /jira/software/c/projects/:key/boards/:boardId — the board: its columns and cards. */
export async function boardPage(env: PageEnv): Promise<void> {
  const projectKey = param(env.req, 'key');
  const boardId = param(env.req, 'boardId');
  const send = (title: string, body: SafeHtml, status = 200): void =>
    env.send({ title, product: 'jira', sidebar: jiraSidebar('projects', env), body }, status);

  const [boardRes, configRes] = await Promise.all([
    env.rest.get(`/rest/agile/1.0/board/${encodeURIComponent(boardId)}`),
    env.rest.get(`/rest/agile/1.0/board/${encodeURIComponent(boardId)}/configuration`),
  ]);
  const board = boardRes.status === 200 ? boardSchema.safeParse(boardRes.body) : undefined;
  const config =
    configRes.status === 200 ? boardConfigurationSchema.safeParse(configRes.body) : undefined;
  if (!board?.success || !config?.success) {
    const failed = board?.success ? configRes : boardRes;
    send(
      'Board',
      html`<h1>Board</h1>
        ${sectionMessage('error', 'The board could not be loaded', errorMessagesOf(failed.status, failed.body))}`,
      failed.status >= 400 && failed.status < 500 ? failed.status : 502,
    );
    return;
  }
  const loaded = await boardIssues(env, boardId);
  if ('error' in loaded) {
    send(
      board.data.name,
      html`<h1>${board.data.name}</h1>
        ${sectionMessage('error', 'The board’s issues could not be loaded', loaded.error)}`,
      502,
    );
    return;
  }
  const transitions = await transitionsOf(
    env,
    loaded.issues.map((i) => i.key),
  );
  const columns = config.data.columnConfig.columns;
  const columnOf = (statusId: string): string | undefined =>
    columns.find((c) => c.statuses.some((s) => s.id === statusId))?.name;
  const moveAction = `${boardPath(projectKey, boardId)}/move`;

  const flag = queryString(env.req, 'flag');
  const refusalId = queryString(env.req, 'refusal');
  const refusal = refusalId ? refusals.get(refusalId) : undefined;
  const shown = loaded.issues.length;
  send(
    board.data.name,
    html`<h1>${board.data.name}</h1>
      <p class="muted">
        Project ${projectKey}. Move a card with its “Move to” menu or drag it to a column: the move
        runs the issue’s transition, with its conditions and validators.
      </p>
      ${flag ? sectionMessage('success', flag) : ''}
      ${refusal ? sectionMessage('error', `${refusal.issueKey} was not moved`, refusal.lines) : ''}
      ${
        shown < loaded.total
          ? sectionMessage('information', `Showing the first ${shown} of ${loaded.total} issues`, [
              'Search the project’s issues to see the others.',
            ])
          : ''
      }
      <div class="board" data-testid="board">
        ${columns.map((c, i) => {
          const cards = loaded.issues.filter((issue) =>
            c.statuses.some((s) => s.id === issue.fields.status?.id),
          );
          return html`<section
            class="board-column"
            aria-labelledby="board-column-${i}"
            data-status-ids="${JSON.stringify(c.statuses.map((s) => s.id))}"
            data-column-name="${c.name}"
          >
            <h2 id="board-column-${i}" class="board-column-title">
              ${c.name} <span class="muted">${cards.length}</span>
            </h2>
            <ul class="board-cards">
              ${cards.map((issue) => card(issue, transitions.get(issue.key) ?? [], moveAction, columnOf))}
            </ul>
          </section>`;
        })}
      </div>`,
  );
}

const moveForm = z.object({
  issueKey: z.string().regex(/^[A-Z][A-Z0-9_]*-\d+$/),
  transitionId: z.string().regex(/^\d+$/),
});

/** POST …/boards/:boardId/move — runs the card's transition, then back to the board (303). */
export async function moveCard(env: PageEnv): Promise<void> {
  const back = boardPath(param(env.req, 'key'), param(env.req, 'boardId'));
  const form = moveForm.safeParse(env.req.body ?? {});
  if (!form.success) {
    env.res.redirect(303, `${back}?refusal=${keepRefusal('The card', ['No move was chosen.'])}`);
    return;
  }
  const { issueKey, transitionId } = form.data;
  const res = await env.rest.post(`/rest/api/3/issue/${encodeURIComponent(issueKey)}/transitions`, {
    transition: { id: transitionId },
  });
  if (res.status === 204 || res.status === 200) {
    env.res.redirect(303, `${back}?flag=${encodeURIComponent(`${issueKey} moved`)}`);
    return;
  }
  const id = keepRefusal(issueKey, errorMessagesOf(res.status, res.body));
  env.res.redirect(303, `${back}?refusal=${id}`);
}
