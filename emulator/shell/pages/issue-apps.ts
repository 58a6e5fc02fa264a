/**
 * The app's modules on the issue view, as Jira Cloud shows them: each issue panel as a button
 * that adds it to the issue (the panel itself only once added, or shown for all work items by a
 * Jira administrator: issue-panel-placements.ts), and each issue glance as its label and the
 * `status` its dynamic properties answer, beside the issue's details, opening its content in the
 * sidebar when clicked (Forge manifest reference: jira-issue-panel, jira-issue-glance).
 */
import { z } from 'zod';
import type { PageEnv } from '../page-env';
import { param } from '../page-env';
import type { SafeHtml } from '../html';
import { html } from '../html';
import { lozenge } from '../layout';
import type { ShellUiModule } from '../app-modules';
import { moduleTitle, uiModulesOfType } from '../app-modules';
import { forgeFrame } from '../forge-frame';
import { panelPlacementsOf } from '../issue-panel-placements';

const statusSchema = z.object({
  status: z
    .object({
      type: z.enum(['badge', 'lozenge', 'icon']),
      value: z.object({ label: z.string(), type: z.string().optional() }),
    })
    .optional(),
});

const APPEARANCES = new Set(['default', 'inprogress', 'moved', 'new', 'removed', 'success']);

/** The panel's own menu (Jira's •••): remove it from this issue; an admin shows or hides it everywhere. */
function panelMenu(env: PageEnv, issueKey: string, mod: ShellUiModule): SafeHtml {
  const placements = panelPlacementsOf(env.ctx);
  const title = moduleTitle(mod);
  const forAll = placements.isShownForAll(mod.key);
  const action = (name: string, label: string) =>
    html`<form method="post" action="/jira/browse/${issueKey}/panels">
      <input type="hidden" name="moduleKey" value="${mod.key}" />
      <input type="hidden" name="action" value="${name}" />
      <button type="submit" class="button">
        ${label}<span class="visually-hidden"> (${title})</span>
      </button>
    </form>`;
  return html`<div class="button-row">
    ${forAll ? '' : action('remove', 'Remove')}
    ${env.isAdmin ? (forAll ? action('hideAll', 'Hide from all work items') : action('showAll', 'Show for all work items')) : ''}
  </div>`;
}

/** The "add app content" buttons of the panels not on the issue, then the panels that are. */
export function issuePanelsHtml(env: PageEnv, issue: { id: string; key: string }): SafeHtml {
  const placements = panelPlacementsOf(env.ctx);
  const modules = uiModulesOfType(env.app, 'jira:issuePanel');
  const closed = modules.filter((m) => !placements.isShown(issue.id, m.key));
  const open = modules.filter((m) => placements.isShown(issue.id, m.key));
  if (modules.length === 0) return html``;
  return html`${
    closed.length
      ? html`<div
          class="button-row"
          role="group"
          aria-label="Add app content"
          data-testid="panel-buttons"
        >
          ${closed.map(
            (m) =>
              html`<form method="post" action="/jira/browse/${issue.key}/panels">
                <input type="hidden" name="moduleKey" value="${m.key}" />
                <input type="hidden" name="action" value="add" />
                <button type="submit" class="button" data-panel-button="${m.key}">
                  ${moduleTitle(m)}
                </button>
              </form>`,
          )}
        </div>`
      : ''
  }
  ${
    open.length
      ? html`<h2>Apps</h2>
          ${open.map((m) =>
            forgeFrame({
              moduleKey: m.key,
              title: moduleTitle(m),
              showTitle: true,
              location: { issueKey: issue.key },
              actions: panelMenu(env, issue.key, m),
            }),
          )}`
      : ''
  }`;
}

/** The status a glance's dynamic properties answer for this viewer (none when they fail). */
async function glanceStatus(env: PageEnv, mod: ShellUiModule, issueKey: string): Promise<SafeHtml> {
  if (!mod.dynamicProperties) return html``;
  const res = await env.rest.post('/forge/dynamic-properties', { moduleKey: mod.key, issueKey });
  const parsed = res.status === 200 ? statusSchema.safeParse(res.body) : undefined;
  const status = parsed?.success ? parsed.data.status : undefined;
  if (!status) return html``;
  const appearance =
    status.type === 'lozenge' && status.value.type && APPEARANCES.has(status.value.type)
      ? status.value.type
      : 'default';
  return lozenge(status.value.label, appearance);
}

/** Each glance beside the details (label and status); the open one's content in the sidebar. */
export async function glancesHtml(
  env: PageEnv,
  issueKey: string,
  openKey: string | undefined,
): Promise<SafeHtml> {
  const glances = uiModulesOfType(env.app, 'jira:issueGlance');
  if (glances.length === 0) return html``;
  const open = glances.find((g) => g.key === openKey);
  if (open)
    return html`<section class="card" data-testid="glance-open">
      <a href="/jira/browse/${issueKey}" class="button">Close ${moduleTitle(open)}</a>
      ${forgeFrame({
        moduleKey: open.key,
        title: moduleTitle(open),
        showTitle: true,
        location: { issueKey },
      })}
    </section>`;
  const statuses = await Promise.all(glances.map((g) => glanceStatus(env, g, issueKey)));
  return html`<nav aria-label="App glances" data-testid="glances">
    ${glances.map(
      (g, i) =>
        html`<a
          class="glance"
          href="/jira/browse/${issueKey}?glance=${encodeURIComponent(g.key)}"
          data-glance="${g.key}"
        >
          <span>${typeof g.label === 'string' ? g.label : moduleTitle(g)}</span>
          ${statuses[i] ?? ''}
        </a>`,
    )}
  </nav>`;
}

const placementForm = z.object({
  moduleKey: z.string().min(1),
  action: z.enum(['add', 'remove', 'showAll', 'hideAll']),
});

/** POST /jira/browse/:key/panels — adds or removes a panel on the issue; an admin shows or hides it everywhere. */
export async function changePanelPlacement(env: PageEnv): Promise<void> {
  const key = param(env.req, 'key');
  const form = placementForm.safeParse(env.req.body ?? {});
  const mod = form.success
    ? uiModulesOfType(env.app, 'jira:issuePanel').find((m) => m.key === form.data.moduleKey)
    : undefined;
  if (!form.success || !mod) {
    env.res.status(400).type('text').send('No such issue panel');
    return;
  }
  const issue = await env.rest.get(`/rest/api/3/issue/${encodeURIComponent(key)}?fields=summary`);
  const id = z.object({ id: z.string() }).safeParse(issue.body);
  if (issue.status !== 200 || !id.success) {
    env.res.status(404).type('text').send('Issue not found');
    return;
  }
  const placements = panelPlacementsOf(env.ctx);
  const { action } = form.data;
  if ((action === 'showAll' || action === 'hideAll') && !env.isAdmin) {
    env.res
      .status(403)
      .type('text')
      .send('Only Jira administrators show or hide a panel on all work items');
    return;
  }
  if (action === 'add') placements.add(id.data.id, mod.key);
  else if (action === 'remove') placements.remove(id.data.id, mod.key);
  else placements.setForAll(mod.key, action === 'showAll');
  env.res.redirect(303, `/jira/browse/${encodeURIComponent(key)}`);
}
