import type { PageEnv } from '../page-env';
import { param, queryString } from '../page-env';
import { html } from '../html';
import { sectionMessage } from '../layout';
import { errorMessagesOf } from '../rest-errors';
import { moduleTitle, uiModule, uiModulesOfType } from '../app-modules';
import { forgeFrame } from '../forge-frame';
import { jiraSidebar } from './jira-sidebar';
import { dataTable } from '../data-table';

function forbidden(env: PageEnv, title: string): void {
  env.send(
    {
      title,
      product: 'admin',
      sidebar: jiraSidebar(undefined, env),
      body: html`<h1>${title}</h1>
        ${sectionMessage('warning', 'You need to be a site administrator to see this page')}`,
    },
    403,
  );
}

/** GET /jira/admin/apps — the app's `jira:adminPage` modules. */
export function adminAppsPage(env: PageEnv): void {
  if (!env.isAdmin) return forbidden(env, 'Apps');
  const pages = uiModulesOfType(env.app, 'jira:adminPage');
  env.send({
    title: 'Apps',
    product: 'admin',
    sidebar: jiraSidebar('apps', env),
    body: html`<h1>Apps</h1>
      ${
        pages.length === 0
          ? html`<p>No installed app adds an administration page.</p>`
          : html`<ul>
              ${pages.map((p) => html`<li><a href="/jira/admin/apps/${p.key}">${moduleTitle(p)}</a></li>`)}
            </ul>`
      }`,
  });
}

/** GET /jira/admin/apps/:moduleKey — hosts a `jira:adminPage` Custom UI. */
export function adminPageHost(env: PageEnv): void {
  const key = param(env.req, 'moduleKey');
  const module = uiModule(env.app, key);
  if (!env.isAdmin) return forbidden(env, 'Apps');
  if (!module || module.type !== 'jira:adminPage') {
    env.send(
      {
        title: 'Not found',
        product: 'admin',
        sidebar: jiraSidebar('apps', env),
        body: html`<h1>Not found</h1>
          <p>No admin page ${key}.</p>`,
      },
      404,
    );
    return;
  }
  const title = moduleTitle(module);
  env.send({
    title,
    product: 'admin',
    sidebar: jiraSidebar('apps', env),
    body: html`<h1>${title}</h1>
      ${forgeFrame({ moduleKey: module.key, title, location: {} })}`,
  });
}

/** GET /scheduled — the app's scheduled triggers with "Run now" (site admins only). */
export function scheduledPage(
  env: PageEnv,
  notice?: { ok: boolean; lines: string[] },
  status = 200,
): void {
  if (!env.isAdmin) return forbidden(env, 'Scheduled triggers');
  const flag = queryString(env.req, 'flag');
  env.send(
    {
      title: 'Scheduled triggers',
      product: 'admin',
      sidebar: jiraSidebar('scheduled', env),
      body: html`<h1>Scheduled triggers</h1>
        ${flag ? sectionMessage('success', flag) : ''}
        ${notice ? sectionMessage(notice.ok ? 'success' : 'error', notice.ok ? 'Trigger ran' : 'The trigger failed', notice.lines) : ''}
        ${
          env.app.scheduledTriggers.length === 0
            ? html`<p>The installed app has no scheduled triggers.</p>`
            : dataTable(
                'Scheduled triggers',
                ['Module', 'Function', 'Interval', ''],
                env.app.scheduledTriggers.map((t) => [
                  t.key,
                  t.function,
                  t.interval,
                  html`<form method="post" action="/scheduled/${t.key}/run">
                    <button type="submit" class="button">
                      Run now<span class="visually-hidden"> ${t.key}</span>
                    </button>
                  </form>`,
                ]),
              )
        }`,
    },
    status,
  );
}

/** POST /scheduled/:moduleKey/run — asks the Forge host to run the trigger now. */
export async function runScheduled(env: PageEnv): Promise<void> {
  if (!env.isAdmin) return forbidden(env, 'Scheduled triggers');
  const key = param(env.req, 'moduleKey');
  const res = await env.rest.post(`/forge/scheduled/${encodeURIComponent(key)}/run`, {});
  if (res.status >= 200 && res.status < 300) {
    env.res.redirect(303, `/scheduled?flag=${encodeURIComponent(`${key} ran`)}`);
    return;
  }
  scheduledPage(
    env,
    { ok: false, lines: errorMessagesOf(res.status, res.body) },
    res.status === 404 ? 404 : 502,
  );
}
