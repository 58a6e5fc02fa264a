import type { PageEnv } from '../page-env';
import { dataTable } from '../data-table';
import { html } from '../html';
import { sectionMessage } from '../layout';
import { errorMessagesOf } from '../rest-errors';
import { projectPageSchema } from '../jira-schemas';
import { jiraSidebar } from './jira-sidebar';

/** GET /jira — the projects the user can browse. */
export async function projectListPage(env: PageEnv): Promise<void> {
  const res = await env.rest.get('/rest/api/3/project/search?maxResults=100&orderBy=key');
  const parsed = res.status === 200 ? projectPageSchema.safeParse(res.body) : undefined;
  const body = !parsed?.success
    ? sectionMessage('error', 'Projects could not be loaded', errorMessagesOf(res.status, res.body))
    : parsed.data.values.length === 0
      ? html`<p>You cannot browse any project.</p>`
      : dataTable(
          'Projects',
          ['Key', 'Name', 'Type', 'Boards', ''],
          parsed.data.values.map((p) => [
            p.key,
            html`<a
              href="/jira/issues?jql=${encodeURIComponent(`project = ${p.key} ORDER BY created DESC`)}"
              >${p.name}</a
            >`,
            p.projectTypeKey ?? '',
            html`<a href="/jira/software/c/projects/${encodeURIComponent(p.key)}/boards"
              >Boards<span class="visually-hidden"> of ${p.name}</span></a
            >`,
            html`<a href="/jira/create?project=${encodeURIComponent(p.key)}"
              >Create issue<span class="visually-hidden"> in ${p.name}</span></a
            >`,
          ]),
        );
  env.send({
    title: 'Projects',
    product: 'jira',
    sidebar: jiraSidebar('projects', env),
    body: html`<h1>Projects</h1>
      ${body}`,
  });
}
