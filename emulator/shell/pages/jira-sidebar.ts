import type { SafeHtml } from '../html';
import { html } from '../html';
import type { ShellAppModules } from '../app-modules';
import { globalPageLinks } from './global-pages';

export type JiraSection = 'projects' | 'issues' | 'create' | 'apps' | 'scheduled' | 'global-page';

function link(href: string, label: string, current: boolean): SafeHtml {
  return html`<li><a href="${href}" ${current ? html` aria-current="page"` : ''}>${label}</a></li>`;
}

/**
 * Jira's navigation: its pages, the Apps menu (every installed app's `jira:globalPage`, shown to
 * everyone signed in, as Jira's main navigation does) and, for site admins, Administration.
 */
export function jiraSidebar(
  section: JiraSection | undefined,
  env: { isAdmin: boolean; app: ShellAppModules; req?: { path?: string } },
): SafeHtml {
  const apps = globalPageLinks(env.app);
  const here = env.req?.path;
  return html`<h2>Jira</h2>
    <ul>
      ${link('/jira', 'Projects', section === 'projects')}
      ${link('/jira/issues', 'Issues', section === 'issues')}
      ${link('/jira/create', 'Create issue', section === 'create')}
    </ul>
    ${
      apps.length > 0
        ? html`<h2>Apps</h2>
            <ul>
              ${apps.map((a) => link(a.href, a.title, section === 'global-page' && here === a.href))}
            </ul>`
        : ''
    }
    ${
      env.isAdmin
        ? html`<h2>Administration</h2>
            <ul>
              ${link('/jira/admin/apps', 'Apps', section === 'apps')}
              ${link('/scheduled', 'Scheduled triggers', section === 'scheduled')}
            </ul>`
        : ''
    }`;
}
