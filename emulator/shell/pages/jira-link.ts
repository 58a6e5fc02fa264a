import { z } from 'zod';
import type { PageEnv } from '../page-env';
import { param } from '../page-env';
import type { SafeHtml } from '../html';
import { html } from '../html';
import { errorMessagesOf } from '../rest-errors';

export const linkTypesSchema = z.looseObject({
  issueLinkTypes: z
    .array(
      z.looseObject({ id: z.string(), name: z.string(), inward: z.string(), outward: z.string() }),
    )
    .default([]),
});
export type LinkTypes = z.infer<typeof linkTypesSchema>['issueLinkTypes'];

/**
 * "Link issue" on the issue view: a link description as Jira's dialog offers it ("corrects",
 * "is corrected by", …; value `<typeId>:out` when this issue is the link's source) and the key
 * of the other issue.
 */
export function linkIssueForm(key: string, types: LinkTypes): SafeHtml {
  if (types.length === 0) return html``;
  return html`<form
    method="post"
    action="/jira/browse/${key}/link"
    class="card link-form"
    aria-label="Link issue"
  >
    <h3>Link issue</h3>
    <label for="link-type">This issue</label>
    <select id="link-type" name="link">
      ${types.map(
        (t) =>
          html`<option value="${t.id}:out">${t.outward}</option>
            ${t.inward !== t.outward ? html`<option value="${t.id}:in">${t.inward}</option>` : ''}`,
      )}
    </select>
    <label for="link-issue">Issue key</label>
    <input
      type="text"
      id="link-issue"
      name="issue"
      required
      aria-required="true"
      placeholder="e.g. AIMS-12"
      autocomplete="off"
    />
    <div class="button-row"><button type="submit" class="button">Link</button></div>
  </form>`;
}

const linkForm = z.object({
  link: z.string().regex(/^[^:]+:(in|out)$/, 'Choose how the issues are linked.'),
  issue: z.string().trim().min(1, 'Enter the key of the issue to link.'),
});

export type LinkOutcome =
  { ok: true; flag: string } | { ok: false; status: number; lines: string[] };

/** POST /jira/browse/:key/link — POST /rest/api/3/issueLink as the signed-in user. */
export async function linkIssue(env: PageEnv): Promise<LinkOutcome> {
  const key = param(env.req, 'key');
  const form = linkForm.safeParse(env.req.body ?? {});
  if (!form.success)
    return { ok: false, status: 400, lines: form.error.issues.map((i) => i.message) };
  const [typeId, direction] = form.data.link.split(':');
  const other = form.data.issue.toUpperCase();
  const [source, target] = direction === 'out' ? [key, other] : [other, key];
  const res = await env.rest.post('/rest/api/3/issueLink', {
    type: { id: typeId },
    inwardIssue: { key: source },
    outwardIssue: { key: target },
  });
  if (res.status === 201 || res.status === 200) return { ok: true, flag: `Linked ${other}` };
  return {
    ok: false,
    status: res.status >= 400 && res.status < 500 ? res.status : 502,
    lines: errorMessagesOf(res.status, res.body),
  };
}
