import type { PageEnv } from '../page-env';
import { queryString } from '../page-env';
import type { SafeHtml } from '../html';
import { html } from '../html';
import { sectionMessage } from '../layout';
import { errorMessagesOf } from '../rest-errors';
import type { CreateMetaField } from '../jira-schemas';
import {
  createMetaFieldsSchema,
  createMetaIssueTypesSchema,
  projectPageSchema,
} from '../jira-schemas';
import { textToAdf } from '../../adf/adf-text';
import { jiraSidebar } from './jira-sidebar';

const FIXED_FIELDS = new Set(['project', 'issuetype', 'reporter', 'attachment', 'issuelinks']);
const TEXTAREA_CUSTOM = 'com.atlassian.jira.plugin.system.customfieldtypes:textarea';

type FieldKind = 'text' | 'adf' | 'number' | 'date' | 'option' | 'options' | 'labels' | 'named';

/** How the form edits a createmeta field, or undefined when this simple form cannot. */
function kindOf(field: CreateMetaField): FieldKind | undefined {
  const s = field.schema;
  if (field.fieldId === 'description' || s?.custom === TEXTAREA_CUSTOM) return 'adf';
  if (!s) return undefined;
  if (s.type === 'string') return 'text';
  if (s.type === 'number') return 'number';
  if (s.type === 'date') return 'date';
  if (s.type === 'option') return 'option';
  if (s.type === 'priority') return 'named';
  if (s.type === 'array' && s.items === 'option') return 'options';
  if (s.type === 'array' && s.items === 'string') return 'labels';
  return undefined;
}

interface Allowed {
  id: string;
  label: string;
}

function allowedValues(field: CreateMetaField): Allowed[] {
  return (field.allowedValues ?? []).flatMap((v) => {
    if (typeof v !== 'object' || v === null) return [];
    const o = v as Record<string, unknown>;
    const id = typeof o.id === 'string' ? o.id : undefined;
    const label =
      typeof o.value === 'string' ? o.value : typeof o.name === 'string' ? o.name : undefined;
    return id && label ? [{ id, label }] : [];
  });
}

function fieldInput(
  field: CreateMetaField,
  kind: FieldKind,
  values: Record<string, unknown>,
  error?: string,
): SafeHtml {
  const id = `f_${field.fieldId}`;
  const value = values[id];
  const str = typeof value === 'string' ? value : '';
  const selected = Array.isArray(value) ? value : [value];
  const label = html`<label for="${id}"
    >${field.name}${field.required ? html` <span class="required" aria-hidden="true">*</span>` : ''}</label
  >`;
  const req = field.required ? html` required aria-required="true"` : '';
  const invalid = error ? html` aria-invalid="true" aria-describedby="${id}-error"` : '';
  let input: SafeHtml;
  switch (kind) {
    case 'adf':
      input = html`<textarea id="${id}" name="${id}" ${req}${invalid}>${str}</textarea>`;
      break;
    case 'number':
      input = html`<input
        type="number"
        step="any"
        id="${id}"
        name="${id}"
        value="${str}"
        ${req}${invalid}
      />`;
      break;
    case 'date':
      input = html`<input type="date" id="${id}" name="${id}" value="${str}" ${req}${invalid} />`;
      break;
    case 'option':
    case 'named':
      input = html`<select id="${id}" name="${id}" ${req}${invalid}>
        <option value="">${field.required ? 'Select…' : 'None'}</option>
        ${allowedValues(field).map((a) => html`<option value="${a.id}" ${selected.includes(a.id) ? html` selected` : ''}>${a.label}</option>`)}
      </select>`;
      break;
    case 'options':
      input = html`<select id="${id}" name="${id}" multiple${req}${invalid}>
        ${allowedValues(field).map((a) => html`<option value="${a.id}" ${selected.includes(a.id) ? html` selected` : ''}>${a.label}</option>`)}
      </select>`;
      break;
    case 'labels':
      input = html`<input type="text" id="${id}" name="${id}" value="${str}" ${req}${invalid} />
        <p class="field-help">Separate with spaces.</p>`;
      break;
    default:
      input = html`<input type="text" id="${id}" name="${id}" value="${str}" ${req}${invalid} />`;
  }
  return html`<div class="field">
    ${label}${input}${error ? html`<p class="field-help required" id="${id}-error">${error}</p>` : ''}
  </div>`;
}

/** Converts the submitted form values to Jira's create-issue `fields`. */
function fieldValue(field: CreateMetaField, kind: FieldKind, raw: unknown): unknown {
  const list = (Array.isArray(raw) ? raw : [raw]).filter(
    (v): v is string => typeof v === 'string' && v.trim() !== '',
  );
  const first = list[0]?.trim();
  if (kind === 'options') return list.length ? list.map((id) => ({ id })) : undefined;
  if (first === undefined) return undefined;
  switch (kind) {
    case 'adf':
      return textToAdf(first);
    case 'number':
      return Number(first);
    case 'option':
    case 'named':
      return { id: first };
    case 'labels':
      return first.split(/\s+/).filter(Boolean);
    default:
      return first;
  }
}

interface CreateState {
  projectKey?: string;
  issueTypeId?: string;
  values: Record<string, unknown>;
  errors?: string[];
  fieldErrors?: Record<string, string>;
}

async function renderCreate(env: PageEnv, state: CreateState, status = 200): Promise<void> {
  const projectsRes = await env.rest.get('/rest/api/3/project/search?maxResults=100&orderBy=key');
  const projects = projectPageSchema.safeParse(projectsRes.body);
  const projectList = projects.success ? projects.data.values : [];
  const projectKey = state.projectKey ?? projectList[0]?.key;
  let typesHtml: SafeHtml = html``;
  let fieldsHtml: SafeHtml = html``;
  let issueTypeId = state.issueTypeId;
  if (projectKey) {
    const typesRes = await env.rest.get(
      `/rest/api/3/issue/createmeta/${encodeURIComponent(projectKey)}/issuetypes?maxResults=100`,
    );
    const typesParsed = createMetaIssueTypesSchema.safeParse(typesRes.body);
    const types = typesParsed.success
      ? (typesParsed.data.issueTypes ?? typesParsed.data.createMetaIssueType ?? [])
      : [];
    issueTypeId =
      issueTypeId && types.some((t) => t.id === issueTypeId)
        ? issueTypeId
        : types.find((t) => !t.subtask)?.id;
    typesHtml = html`<label for="issuetype">Issue type</label>
      <select id="issuetype" name="issuetype" data-follow-choice>
        ${types.map((t) => html`<option value="${t.id}" ${t.id === issueTypeId ? html` selected` : ''}>${t.name}</option>`)}
      </select>`;
    if (issueTypeId) {
      const fieldsRes = await env.rest.get(
        `/rest/api/3/issue/createmeta/${encodeURIComponent(projectKey)}/issuetypes/${encodeURIComponent(issueTypeId)}?maxResults=200`,
      );
      const parsed = createMetaFieldsSchema.safeParse(fieldsRes.body);
      if (!parsed.success || fieldsRes.status !== 200) {
        fieldsHtml = sectionMessage(
          'error',
          'The fields of this issue type could not be loaded',
          errorMessagesOf(fieldsRes.status, fieldsRes.body),
        );
      } else {
        const fields = (parsed.data.fields ?? parsed.data.results ?? []).filter(
          (f) => !FIXED_FIELDS.has(f.fieldId),
        );
        const ordered = [
          ...fields.filter((f) => f.fieldId === 'summary'),
          ...fields.filter((f) => f.fieldId === 'description'),
          ...fields.filter((f) => f.fieldId !== 'summary' && f.fieldId !== 'description'),
        ];
        const unsupported = ordered.filter((f) => f.required && !kindOf(f));
        fieldsHtml = html`<fieldset class="create-fields" aria-label="Issue fields">
          <input type="hidden" name="fieldsFor" value="${projectKey} ${issueTypeId}" />
          ${ordered.map((f) => {
            const kind = kindOf(f);
            return kind
              ? fieldInput(f, kind, state.values, state.fieldErrors?.[f.fieldId])
              : html``;
          })}
          ${
            unsupported.length
              ? sectionMessage(
                  'warning',
                  'Some required fields cannot be edited here',
                  unsupported.map((f) => f.name),
                )
              : ''
          }
          <div class="button-row">
            <button type="submit" class="button button-primary">Create</button>
          </div>
        </fieldset>`;
      }
    }
  }
  env.send(
    {
      title: 'Create issue',
      product: 'jira',
      sidebar: jiraSidebar('create', env),
      body: html`<h1>Create issue</h1>
        ${state.errors?.length ? sectionMessage('error', 'The issue was not created', state.errors) : ''}
        <form method="post" action="/jira/create" aria-label="Create issue">
          <div class="card">
            <label for="project">Project</label>
            <select id="project" name="project" data-follow-choice>
              ${projectList.map((p) => html`<option value="${p.key}" ${p.key === projectKey ? html` selected` : ''}>${p.name} (${p.key})</option>`)}
            </select>
            ${typesHtml}
            <noscript>
              <div class="button-row">
                <button
                  type="submit"
                  class="button"
                  formmethod="get"
                  formaction="/jira/create"
                  formnovalidate
                >
                  Choose
                </button>
              </div>
            </noscript>
          </div>
          ${fieldsHtml}
        </form>`,
    },
    status,
  );
}

/** The submitted field values (`f_<fieldId>`) a re-shown form keeps. */
function typedValues(source: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(source).filter(([k]) => k.startsWith('f_')));
}

/**
 * GET /jira/create?project=KEY&issuetype=ID — the fields of the chosen type. Choosing another
 * project or type shows its fields at once, as Jira's create dialog does (the page's script,
 * client/create-form.ts; without scripts a "Choose" button), keeping what was typed.
 */
export async function createIssuePage(env: PageEnv): Promise<void> {
  await renderCreate(env, {
    projectKey: queryString(env.req, 'project'),
    issueTypeId: queryString(env.req, 'issuetype'),
    values: typedValues(env.req.query as Record<string, unknown>),
  });
}

/**
 * POST /jira/create — builds `fields` from the type's createmeta and calls POST /rest/api/3/issue.
 * A form whose fields were shown for another project or type than the one submitted creates
 * nothing.
 */
export async function createIssue(env: PageEnv): Promise<void> {
  const form = (env.req.body ?? {}) as Record<string, unknown>;
  const projectKey = typeof form.project === 'string' ? form.project : '';
  const issueTypeId = typeof form.issuetype === 'string' ? form.issuetype : '';
  if (form.fieldsFor !== `${projectKey} ${issueTypeId}`) {
    // The fields shown were those of another project or type: show the chosen type's fields.
    await renderCreate(
      env,
      {
        projectKey,
        issueTypeId,
        values: typedValues(form),
        errors: [
          'The project or issue type changed after its fields were shown. Check the fields of the chosen type, then create.',
        ],
      },
      409,
    );
    return;
  }
  const metaRes = await env.rest.get(
    `/rest/api/3/issue/createmeta/${encodeURIComponent(projectKey)}/issuetypes/${encodeURIComponent(issueTypeId)}?maxResults=200`,
  );
  const meta = createMetaFieldsSchema.safeParse(metaRes.body);
  if (metaRes.status !== 200 || !meta.success) {
    await renderCreate(
      env,
      {
        projectKey,
        issueTypeId,
        values: form,
        errors: errorMessagesOf(metaRes.status, metaRes.body),
      },
      400,
    );
    return;
  }
  const fields: Record<string, unknown> = {
    project: { key: projectKey },
    issuetype: { id: issueTypeId },
  };
  for (const field of meta.data.fields ?? meta.data.results ?? []) {
    const kind = kindOf(field);
    if (!kind || FIXED_FIELDS.has(field.fieldId)) continue;
    const value = fieldValue(field, kind, form[`f_${field.fieldId}`]);
    if (value !== undefined) fields[field.fieldId] = value;
  }
  const res = await env.rest.post('/rest/api/3/issue', { fields });
  const created = res.body as { key?: unknown } | undefined;
  if (res.status === 201 && typeof created?.key === 'string') {
    env.res.redirect(
      303,
      `/jira/browse/${encodeURIComponent(created.key)}?flag=${encodeURIComponent(`${created.key} created`)}`,
    );
    return;
  }
  const body = res.body as { errors?: Record<string, string> } | undefined;
  await renderCreate(
    env,
    {
      projectKey,
      issueTypeId,
      values: form,
      errors: errorMessagesOf(res.status, res.body),
      fieldErrors: body?.errors,
    },
    res.status >= 400 && res.status < 500 ? res.status : 502,
  );
}
