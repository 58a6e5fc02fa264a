import { ISSUE_VERSION_FIELDS, issueVersionOf } from '../issue-version';
import { forEachFrame } from './frame-registry';

/** How often the issue view looks for changes made elsewhere (Jira: "up to a few seconds"). */
const POLL_MS = 2000;

const issueView = (): HTMLElement | null =>
  document.querySelector<HTMLElement>('[data-issue-view]');

/**
 * Fetches the issue page again and swaps the parts marked `data-refresh` (status, transitions,
 * details, description, links, comments); the app frames stay as they are. Jira's view.refresh():
 * "fetch the data for the parent page again, without performing a full-page reload".
 */
export async function refreshIssueView(): Promise<boolean> {
  const view = issueView();
  if (!view) return false;
  const res = await fetch(window.location.pathname, {
    credentials: 'same-origin',
    headers: { Accept: 'text/html' },
  });
  if (!res.ok) return false;
  const next = new DOMParser().parseFromString(await res.text(), 'text/html');
  const nextView = next.querySelector<HTMLElement>('[data-issue-view]');
  if (!nextView) return false;
  for (const part of nextView.querySelectorAll<HTMLElement>('[data-refresh]')) {
    const current = view.querySelector(`[data-refresh="${part.dataset.refresh ?? ''}"]`);
    current?.replaceWith(document.importNode(part, true));
  }
  view.dataset.issueVersion = nextView.dataset.issueVersion ?? '';
  return true;
}

/** The account that made the issue's latest change (its changelog's last entry). */
async function lastChangeAuthor(key: string): Promise<string> {
  const url = `/rest/api/3/issue/${encodeURIComponent(key)}/changelog`;
  const get = async (query: string): Promise<unknown> => {
    const res = await fetch(`${url}?${query}`, { credentials: 'same-origin' });
    return res.ok ? res.json() : undefined;
  };
  const first = (await get('maxResults=1')) as { total?: unknown } | undefined;
  const total = typeof first?.total === 'number' ? first.total : 0;
  if (total === 0) return '';
  const last = (await get(`startAt=${total - 1}&maxResults=1`)) as
    { values?: { author?: { accountId?: unknown } }[] } | undefined;
  const id = last?.values?.[0]?.author?.accountId;
  return typeof id === 'string' ? id : '';
}

/** Tells the issue view's app frames that the issue changed (@forge/bridge events). */
function emitIssueChanged(view: HTMLElement, atlassianId: string): void {
  const payload = {
    issueId: view.dataset.issueId ?? '',
    projectId: view.dataset.projectId ?? '',
    changes: [{ changeType: 'updated', atlassianId }],
  };
  forEachFrame((iframe) =>
    iframe.contentWindow?.postMessage(
      { type: 'aims-bridge-event', event: 'JIRA_ISSUE_CHANGED', payload },
      window.location.origin,
    ),
  );
}

async function checkForChanges(view: HTMLElement): Promise<void> {
  const key = view.dataset.issueKey ?? '';
  const res = await fetch(
    `/rest/api/3/issue/${encodeURIComponent(key)}?fields=${ISSUE_VERSION_FIELDS}`,
    { credentials: 'same-origin' },
  );
  if (!res.ok) return;
  const body = (await res.json()) as { fields?: Record<string, unknown> };
  if (issueVersionOf(body.fields ?? {}) === view.dataset.issueVersion) return;
  if (await refreshIssueView()) emitIssueChanged(view, await lastChangeAuthor(key));
}

/**
 * On an issue page: looks for changes made elsewhere (the app's automations, other people) while
 * the page is visible, and shows them in place, as Jira's issue view does.
 */
export function initIssueRefresh(): void {
  const view = issueView();
  if (!view) return;
  let busy = false;
  window.setInterval(() => {
    if (busy || document.visibilityState !== 'visible') return;
    busy = true;
    checkForChanges(view)
      .catch(() => undefined)
      .finally(() => {
        busy = false;
      });
  }, POLL_MS);
}
