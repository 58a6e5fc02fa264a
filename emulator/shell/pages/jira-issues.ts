import type { PageEnv } from '../page-env';
import { queryString } from '../page-env';
import { html } from '../html';
import { lozenge, sectionMessage } from '../layout';
import { errorMessagesOf } from '../rest-errors';
import { countSchema, searchPageSchema } from '../jira-schemas';
import { formatDateTime } from '../field-value';
import { jiraSidebar } from './jira-sidebar';
import { dataTable } from '../data-table';

const LIST_FIELDS = 'summary,status,issuetype,assignee,priority,updated';
const PAGE_SIZE = 50;

export function statusAppearance(categoryKey: string | undefined): string {
  if (categoryKey === 'done') return 'success';
  if (categoryKey === 'indeterminate') return 'inprogress';
  return 'default';
}

/** GET /jira/issues?jql=…&page=token — JQL search with nextPageToken paging and an approximate count. */
export async function issueListPage(env: PageEnv): Promise<void> {
  const jql = (queryString(env.req, 'jql') ?? 'ORDER BY created DESC').trim();
  const token = queryString(env.req, 'page');
  const params = new URLSearchParams({ jql, fields: LIST_FIELDS, maxResults: String(PAGE_SIZE) });
  if (token) params.set('nextPageToken', token);
  const [search, count] = await Promise.all([
    env.rest.get(`/rest/api/3/search/jql?${params.toString()}`),
    env.rest.post('/rest/api/3/search/approximate-count', { jql }),
  ]);
  const page = search.status === 200 ? searchPageSchema.safeParse(search.body) : undefined;
  const total = count.status === 200 ? countSchema.safeParse(count.body) : undefined;
  let results;
  if (!page?.success) {
    results = sectionMessage(
      'error',
      'The search could not be run',
      errorMessagesOf(search.status, search.body),
    );
  } else if (page.data.issues.length === 0) {
    results = html`<p role="status">No issues match this search.</p>`;
  } else {
    const next =
      page.data.nextPageToken && page.data.isLast !== true ? page.data.nextPageToken : undefined;
    results = html`<p class="muted" role="status" data-testid="result-count">
        ${
          total?.success
            ? `About ${total.data.count} issue${total.data.count === 1 ? '' : 's'}`
            : `${page.data.issues.length} issues on this page`
        }
      </p>
      ${dataTable(
        'Issues',
        ['Type', 'Key', 'Summary', 'Status', 'Assignee', 'Updated'],
        page.data.issues.map((i) => [
          i.fields.issuetype?.name ?? '',
          html`<a href="/jira/browse/${i.key}">${i.key}</a>`,
          html`<a href="/jira/browse/${i.key}">${i.fields.summary ?? ''}</a>`,
          i.fields.status
            ? lozenge(i.fields.status.name, statusAppearance(i.fields.status.statusCategory?.key))
            : '',
          i.fields.assignee?.displayName ?? html`<span class="muted">Unassigned</span>`,
          i.fields.updated ? formatDateTime(i.fields.updated) : '',
        ]),
      )}
      ${
        next
          ? html`<a
              class="button"
              href="/jira/issues?${new URLSearchParams({ jql, page: next }).toString()}"
              >Next page</a
            >`
          : ''
      }`;
  }
  env.send({
    title: 'Issues',
    product: 'jira',
    sidebar: jiraSidebar('issues', env),
    body: html`<h1>Issues</h1>
      <form class="jql-form" method="get" action="/jira/issues" role="search">
        <div class="jql-field">
          <label for="jql">JQL query</label>
          <input type="search" id="jql" name="jql" value="${jql}" spellcheck="false" />
        </div>
        <button type="submit" class="button button-primary">Search</button>
      </form>
      ${results}`,
  });
}
