import type { SafeHtml } from '../html';
import { html } from '../html';

export type JiraSection = 'projects' | 'issues' | 'create' | 'apps' | 'scheduled';

function link(href: string, label: string, current: boolean): SafeHtml {
  return html`<li><a href="${href}" ${current ? html` aria-current="page"` : ''}>${label}</a></li>`;
}

export function jiraSidebar(section: JiraSection | undefined, isAdmin: boolean): SafeHtml {
  return html`<h2>Jira</h2>
    <ul>
      ${link('/jira', 'Projects', section === 'projects')}
      ${link('/jira/issues', 'Issues', section === 'issues')}
      ${link('/jira/create', 'Create issue', section === 'create')}
    </ul>
    ${
      isAdmin
        ? html`<h2>Administration</h2>
            <ul>
              ${link('/jira/admin/apps', 'Apps', section === 'apps')}
              ${link('/scheduled', 'Scheduled triggers', section === 'scheduled')}
            </ul>`
        : ''
    }`;
}
