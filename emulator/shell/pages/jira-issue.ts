import { z } from 'zod';
import type { PageEnv } from '../page-env';
import { param, queryString } from '../page-env';
import type { SafeHtml } from '../html';
import { html } from '../html';
import { lozenge, sectionMessage } from '../layout';
import { errorMessagesOf } from '../rest-errors';
import { issueCoreFieldsSchema, issueSchema, transitionsSchema } from '../jira-schemas';
import { fieldValueHtml, formatDateTime } from '../field-value';
import { textToAdf } from '../../adf/adf-text';
import { adfToHtml } from '../adf-html';
import { glancesHtml, issuePanelsHtml } from './issue-apps';
import { jiraSidebar } from './jira-sidebar';
import { statusAppearance } from './jira-issues';
import { linkIssue, linkIssueForm, linkTypesSchema } from './jira-link';
import { sendIssueLoadError } from './issue-load-error';
import { issueVersionOf } from '../issue-version';
import { redirectWithFlash, takeFlash } from '../flash';

const SHOWN_ELSEWHERE = new Set([
  'summary',
  'status',
  'issuetype',
  'project',
  'assignee',
  'reporter',
  'priority',
  'created',
  'updated',
  'labels',
  'description',
  'issuelinks',
  'comment',
  'attachment',
  'worklog',
  'watches',
  'votes',
  'subtasks',
  'lastViewed',
  'statuscategorychangedate',
  'statusCategory',
  'creator',
  'timetracking',
  'aggregateprogress',
  'progress',
  'workratio',
  'thumbnail',
  'issuerestriction',
  'security',
]);

interface IssueNotice {
  appearance: 'error' | 'success';
  title: string;
  lines: string[];
}

const issuePath = (key: string): string => `/jira/browse/${encodeURIComponent(key)}`;

/**
 * GET /jira/browse/:key — fields, links, comments, transitions and the app's issue panels. The
 * parts marked `data-refresh` are swapped in place (frames kept) when an app calls view.refresh()
 * or the issue changes elsewhere (emulator/shell/client/issue-refresh.ts).
 */
export async function issuePage(env: PageEnv, given?: IssueNotice, status = 200): Promise<void> {
  const key = param(env.req, 'key');
  const flash = given ? undefined : takeFlash(env.req, env.res, issuePath(key));
  const notice: IssueNotice | undefined =
    given ?? (flash ? { appearance: 'error', title: flash.title, lines: flash.lines } : undefined);
  const [issueRes, transitionsRes, linkTypesRes] = await Promise.all([
    env.rest.get(`/rest/api/3/issue/${encodeURIComponent(key)}?expand=names`),
    env.rest.get(`/rest/api/3/issue/${encodeURIComponent(key)}/transitions`),
    env.rest.get('/rest/api/3/issueLinkType'),
  ]);
  const parsed = issueRes.status === 200 ? issueSchema.safeParse(issueRes.body) : undefined;
  if (!parsed?.success) {
    const status = issueRes.status === 200 ? 502 : issueRes.status;
    return sendIssueLoadError(env, key, 'This issue cannot be shown', issueRes, status);
  }
  const issue = parsed.data;
  const core = issueCoreFieldsSchema.parse(issue.fields);
  const transitions = transitionsSchema.safeParse(transitionsRes.body);
  const linkTypes = linkTypesSchema.safeParse(linkTypesRes.body);
  const names = issue.names ?? {};
  const flag = queryString(env.req, 'flag');

  const otherFields = Object.entries(issue.fields)
    .filter(
      ([id, v]) =>
        !SHOWN_ELSEWHERE.has(id) &&
        v !== null &&
        v !== undefined &&
        !(Array.isArray(v) && v.length === 0),
    )
    .sort(([a], [b]) => (names[a] ?? a).localeCompare(names[b] ?? b));

  const panels = issuePanelsHtml(env, issue);
  const glances = await glancesHtml(env, issue.key, queryString(env.req, 'glance'));

  const links = core.issuelinks ?? [];
  const comments = core.comment?.comments ?? [];
  const transitionButtons: SafeHtml = transitions.success
    ? html`${transitions.data.transitions
        .filter((t) => t.isAvailable !== false)
        .map(
          (t) =>
            html`<form method="post" action="/jira/browse/${issue.key}/transition">
              <input type="hidden" name="transitionId" value="${t.id}" />
              <button type="submit" class="button" data-transition="${t.name}">${t.name}</button>
            </form>`,
        )}`
    : html``;

  const body = html`<div
    class="issue-view"
    data-issue-view
    data-issue-key="${issue.key}"
    data-issue-id="${issue.id}"
    data-project-id="${core.project?.id ?? ''}"
    data-issue-version="${issueVersionOf(issue.fields)}"
  >
    <nav class="breadcrumbs" aria-label="Breadcrumbs">
      <a href="/jira">Projects</a> /
      ${core.project ? html`<a href="/jira/issues?jql=${encodeURIComponent(`project = ${core.project.key} ORDER BY created DESC`)}">${core.project.name ?? core.project.key}</a> /` : ''}
      <span>${issue.key}</span>
    </nav>
    <h1 data-testid="issue-summary" data-refresh="summary">${core.summary}</h1>
    ${notice ? sectionMessage(notice.appearance, notice.title, notice.lines) : ''}
    ${flag ? sectionMessage('success', flag) : ''}
    <div class="button-row">
      <a class="button" href="/jira/browse/${issue.key}/edit" data-testid="edit-issue">Edit</a>
    </div>
    <div
      class="button-row"
      role="group"
      aria-label="Workflow transitions"
      data-refresh="transitions"
    >
      ${core.status ? html`<span>Status: ${lozenge(core.status.name, statusAppearance(core.status.statusCategory?.key))}</span>` : ''}
      ${transitionButtons}
    </div>
    <div class="issue-layout">
      <div>
        <h2>Description</h2>
        <div data-refresh="description">
          ${core.description ? adfToHtml(core.description) : html`<p class="muted">No description.</p>`}
        </div>
        ${panels}
        <h2>Linked issues</h2>
        <div data-refresh="links">
          ${
            links.length === 0
              ? html`<p class="muted">No linked issues.</p>`
              : html`<ul data-testid="issue-links">
                  ${links.map((l) => {
                    const other = l.outwardIssue ?? l.inwardIssue;
                    const verb = l.outwardIssue ? l.type.outward : l.type.inward;
                    return other
                      ? html`<li>
                          ${verb ?? l.type.name ?? 'relates to'}
                          <a href="/jira/browse/${other.key}">${other.key}</a>
                          ${other.fields?.summary ?? ''}
                          ${other.fields?.status ? lozenge(other.fields.status.name, statusAppearance(other.fields.status.statusCategory?.key)) : ''}
                        </li>`
                      : html``;
                  })}
                </ul>`
          }
        </div>
        ${linkTypes.success ? linkIssueForm(issue.key, linkTypes.data.issueLinkTypes) : ''}
        <h2>Comments</h2>
        <div data-refresh="comments">
          ${
            comments.length === 0
              ? html`<p class="muted">No comments yet.</p>`
              : comments.map(
                  (c) =>
                    html`<article class="comment">
                      <p class="comment-meta">
                        ${c.author?.displayName ?? 'Someone'}${c.created ? html` · <time datetime="${c.created}">${formatDateTime(c.created)}</time>` : ''}
                      </p>
                      ${adfToHtml(c.body)}
                    </article>`,
                )
          }
        </div>
        <form method="post" action="/jira/browse/${issue.key}/comment">
          <label for="comment-body">Add a comment</label>
          <textarea id="comment-body" name="body" required></textarea>
          <div class="button-row"><button type="submit" class="button">Save comment</button></div>
        </form>
      </div>
      <aside class="details card" aria-label="Details">
        ${glances}
        <h2>Details</h2>
        <dl data-testid="issue-details" data-refresh="details">
          <dt>Type</dt>
          <dd>${core.issuetype?.name ?? ''}</dd>
          <dt>Status</dt>
          <dd>${core.status?.name ?? ''}</dd>
          <dt>Priority</dt>
          <dd>${core.priority?.name ?? html`<span class="muted">None</span>`}</dd>
          <dt>Assignee</dt>
          <dd>${core.assignee?.displayName ?? html`<span class="muted">Unassigned</span>`}</dd>
          <dt>Reporter</dt>
          <dd>${core.reporter?.displayName ?? html`<span class="muted">None</span>`}</dd>
          <dt>Labels</dt>
          <dd>
            ${core.labels?.length ? core.labels.join(', ') : html`<span class="muted">None</span>`}
          </dd>
          ${otherFields.map(
            ([id, v]) =>
              html`<dt>${names[id] ?? id}</dt>
                <dd>${fieldValueHtml(v)}</dd>`,
          )}
          <dt>Created</dt>
          <dd>${core.created ? formatDateTime(core.created) : ''}</dd>
          <dt>Updated</dt>
          <dd>${core.updated ? formatDateTime(core.updated) : ''}</dd>
        </dl>
      </aside>
    </div>
  </div>`;
  env.send(
    {
      title: `[${issue.key}] ${core.summary}`,
      product: 'jira',
      sidebar: jiraSidebar(undefined, env),
      body,
    },
    status,
  );
}

const transitionForm = z.object({ transitionId: z.string().min(1) });

/**
 * POST /jira/browse/:key/transition — runs the transition through Jira's REST. A refusal
 * (validator, condition, missing fields) is shown as Jira shows it: an error message with the
 * 400's errorMessages, on the issue page — reached by a redirect, so refreshing the page shows
 * the issue again and never re-runs the transition.
 */
export async function transitionIssue(env: PageEnv): Promise<void> {
  const key = param(env.req, 'key');
  const form = transitionForm.safeParse(env.req.body ?? {});
  if (!form.success) {
    redirectWithFlash(env.res, { path: issuePath(key), title: 'No transition chosen', lines: [] });
    return;
  }
  const res = await env.rest.post(`/rest/api/3/issue/${encodeURIComponent(key)}/transitions`, {
    transition: { id: form.data.transitionId },
  });
  if (res.status === 204 || res.status === 200) {
    env.res.redirect(
      303,
      `/jira/browse/${encodeURIComponent(key)}?flag=${encodeURIComponent('Status updated')}`,
    );
    return;
  }
  redirectWithFlash(env.res, {
    path: issuePath(key),
    title: 'We couldn’t transition this issue',
    lines: errorMessagesOf(res.status, res.body),
  });
}

const commentForm = z.object({ body: z.string().trim().min(1, 'A comment needs some text.') });

/** POST /jira/browse/:key/comment */
export async function commentOnIssue(env: PageEnv): Promise<void> {
  const key = param(env.req, 'key');
  const form = commentForm.safeParse(env.req.body ?? {});
  if (!form.success) {
    await issuePage(
      env,
      {
        appearance: 'error',
        title: 'The comment was not saved',
        lines: ['A comment needs some text.'],
      },
      400,
    );
    return;
  }
  const res = await env.rest.post(`/rest/api/3/issue/${encodeURIComponent(key)}/comment`, {
    body: textToAdf(form.data.body),
  });
  if (res.status === 201 || res.status === 200) {
    env.res.redirect(
      303,
      `/jira/browse/${encodeURIComponent(key)}?flag=${encodeURIComponent('Comment added')}`,
    );
    return;
  }
  await issuePage(
    env,
    {
      appearance: 'error',
      title: 'The comment was not saved',
      lines: errorMessagesOf(res.status, res.body),
    },
    res.status,
  );
}

/** POST /jira/browse/:key/link — links another issue; a refusal shows Jira's messages on the issue. */
export async function linkIssueFromView(env: PageEnv): Promise<void> {
  const key = param(env.req, 'key');
  const outcome = await linkIssue(env);
  if (outcome.ok) {
    env.res.redirect(
      303,
      `/jira/browse/${encodeURIComponent(key)}?flag=${encodeURIComponent(outcome.flag)}`,
    );
    return;
  }
  await issuePage(
    env,
    { appearance: 'error', title: 'We couldn’t link the issues', lines: outcome.lines },
    outcome.status,
  );
}
