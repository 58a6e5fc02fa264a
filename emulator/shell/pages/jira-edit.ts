import { z } from 'zod';
import type { PageEnv } from '../page-env';
import { param } from '../page-env';
import { html } from '../html';
import { sectionMessage } from '../layout';
import { errorMessagesOf } from '../rest-errors';
import { issueCoreFieldsSchema, issueSchema } from '../jira-schemas';
import type { EditField, PersonChoice } from '../edit-field-form';
import {
  changedFields,
  editFields,
  editMetaSchema,
  fieldInput,
  formValueOf,
  submittedValue,
} from '../edit-field-form';
import { jiraSidebar } from './jira-sidebar';
import { sendIssueLoadError } from './issue-load-error';

const peopleSchema = z.array(
  z.looseObject({
    accountId: z.string(),
    displayName: z.string().optional(),
    accountType: z.string().optional(),
    active: z.boolean().optional(),
  }),
);

interface Loaded {
  key: string;
  summary: string;
  fields: EditField[];
  current: Record<string, unknown>;
  people: PersonChoice[];
}

/** The issue, its editmeta and the people a user picker offers, as the signed-in user. */
async function load(
  env: PageEnv,
  key: string,
): Promise<Loaded | { status: number; body: unknown }> {
  const path = `/rest/api/3/issue/${encodeURIComponent(key)}`;
  const [issueRes, metaRes, usersRes] = await Promise.all([
    env.rest.get(path),
    env.rest.get(`${path}/editmeta`),
    env.rest.get('/rest/api/3/users/search?maxResults=200'),
  ]);
  const issue = issueRes.status === 200 ? issueSchema.safeParse(issueRes.body) : undefined;
  const meta = metaRes.status === 200 ? editMetaSchema.safeParse(metaRes.body) : undefined;
  if (!issue?.success) return issueRes;
  if (!meta?.success) return metaRes;
  const users = peopleSchema.safeParse(usersRes.body);
  const people = (users.success ? users.data : [])
    .filter((u) => u.accountType !== 'app' && u.active !== false)
    .map((u) => ({ accountId: u.accountId, displayName: u.displayName ?? u.accountId }));
  return {
    key: issue.data.key,
    summary: issueCoreFieldsSchema.parse(issue.data.fields).summary,
    fields: editFields(meta.data),
    current: issue.data.fields,
    people,
  };
}

function render(
  env: PageEnv,
  loaded: Loaded,
  values: (f: EditField) => string | string[],
  problem?: { lines: string[]; fieldErrors: Record<string, string> },
  status = 200,
): void {
  const { key } = loaded;
  env.send(
    {
      title: `Edit ${key}`,
      product: 'jira',
      sidebar: jiraSidebar(undefined, env),
      body: html`<nav class="breadcrumbs" aria-label="Breadcrumbs">
          <a href="/jira">Projects</a> / <a href="/jira/browse/${key}">${key}</a> /
          <span>Edit</span>
        </nav>
        <h1>Edit ${key}: ${loaded.summary}</h1>
        ${problem ? sectionMessage('error', 'We couldn’t save your changes', problem.lines) : ''}
        <form
          method="post"
          action="/jira/browse/${key}/edit"
          aria-label="Edit issue fields"
          class="edit-form"
        >
          ${loaded.fields.map((f) => fieldInput(f, values(f), loaded.people, problem?.fieldErrors[f.id]))}
          <div class="button-row">
            <button type="submit" class="button button-primary">Save</button>
            <a class="button" href="/jira/browse/${key}">Cancel</a>
          </div>
        </form>`,
    },
    status,
  );
}

function sendLoadError(env: PageEnv, key: string, res: { status: number; body: unknown }): void {
  const status = res.status >= 400 && res.status < 500 ? res.status : 502;
  sendIssueLoadError(env, key, 'This issue cannot be edited', res, status);
}

/** GET /jira/browse/:key/edit — a form of the fields editmeta offers, with their values. */
export async function editIssuePage(env: PageEnv): Promise<void> {
  const key = param(env.req, 'key');
  const loaded = await load(env, key);
  if (!('fields' in loaded)) return sendLoadError(env, key, loaded);
  render(env, loaded, (f) => formValueOf(f, loaded.current[f.id]));
}

/**
 * POST /jira/browse/:key/edit — PUTs only the changed fields as the signed-in user. Jira's
 * refusal is shown as Jira shows it: the messages on top, each field's error under the field,
 * and the form keeps what was typed.
 */
export async function editIssue(env: PageEnv): Promise<void> {
  const key = param(env.req, 'key');
  const form = (env.req.body ?? {}) as Record<string, unknown>;
  const loaded = await load(env, key);
  if (!('fields' in loaded)) return sendLoadError(env, key, loaded);
  const fields = changedFields(loaded.fields, loaded.current, form);
  if (Object.keys(fields).length === 0) {
    env.res.redirect(
      303,
      `/jira/browse/${encodeURIComponent(key)}?flag=${encodeURIComponent('Nothing changed')}`,
    );
    return;
  }
  const res = await env.rest.put(`/rest/api/3/issue/${encodeURIComponent(key)}`, { fields });
  if (res.status === 204 || res.status === 200) {
    env.res.redirect(
      303,
      `/jira/browse/${encodeURIComponent(key)}?flag=${encodeURIComponent(`${key} updated`)}`,
    );
    return;
  }
  const errors = z
    .looseObject({ errors: z.record(z.string(), z.string()).optional() })
    .safeParse(res.body);
  const fieldErrors = errors.success ? (errors.data.errors ?? {}) : {};
  const names = new Map(loaded.fields.map((f) => [f.id, f.name]));
  const lines = errorMessagesOf(res.status, res.body).map((line) => {
    const [id, ...rest] = line.split(': ');
    const name = id ? names.get(id) : undefined;
    return name ? `${name}: ${rest.join(': ')}` : line;
  });
  render(
    env,
    loaded,
    (f) => submittedValue(f, form[`f_${f.id}`]),
    { lines, fieldErrors },
    res.status >= 400 && res.status < 500 ? res.status : 502,
  );
}
