import type { PageEnv } from '../page-env';
import { html } from '../html';
import { sectionMessage } from '../layout';
import { errorMessagesOf } from '../rest-errors';
import { jiraSidebar } from './jira-sidebar';

/**
 * An issue page whose issue could not be read: the key, what cannot be done ("This issue cannot
 * be shown") and Jira's messages, with `status`.
 */
export function sendIssueLoadError(
  env: PageEnv,
  key: string,
  what: string,
  res: { status: number; body: unknown },
  status: number,
): void {
  env.send(
    {
      title: key,
      product: 'jira',
      sidebar: jiraSidebar(undefined, env),
      body: html`<h1>${key}</h1>
        ${sectionMessage('error', what, errorMessagesOf(res.status, res.body))}`,
    },
    status,
  );
}
