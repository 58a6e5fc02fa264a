import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import { principalOf } from '../../core/auth';
import { JiraError } from '../../core/errors';
import { route } from '../../core/route-table';
import type { CustomFieldDoc, FieldContextDoc, FieldOptionDoc } from '../models/custom-fields';
import {
  CUSTOM_FIELD_KINDS,
  CUSTOM_FIELD_TYPE_PREFIX,
  customFieldKind,
} from '../models/custom-field-types';
import type { FieldInfo } from '../models/field-catalog';
import type { JiraModels } from '../models/jira-models';
import { requireAdmin } from './admin-access';
import { requestedPage } from './page-bean';
import { param, queryList, queryString } from './query-params';
import { parseBody } from './request-body';

const createFieldSchema = z.object({
  name: z.string().min(1, 'The custom field name must not be empty.').max(255),
  type: z.string(),
  description: z.string().optional(),
  searcherKey: z.string().optional(),
});
const createContextSchema = z.object({
  name: z.string().min(1).max(255),
  description: z.string().optional(),
  projectIds: z.array(z.string()).optional(),
  issueTypeIds: z.array(z.string()).optional(),
});
const createOptionsSchema = z.object({
  options: z
    .array(
      z.object({
        value: z.string().min(1).max(255),
        disabled: z.boolean().optional(),
        optionId: z.string().optional(),
      }),
    )
    .min(1),
});
const updateOptionsSchema = z.object({
  options: z
    .array(
      z.object({
        id: z.string(),
        value: z.string().min(1).max(255).optional(),
        disabled: z.boolean().optional(),
      }),
    )
    .min(1),
});

/** Fields (system + custom), custom field contexts and options. */
export function registerFieldRoutes(router: Router, m: JiraModels): void {
  const ctx = m.ctx;

  const details = (f: FieldInfo): Record<string, unknown> => ({
    id: f.id,
    key: f.id,
    name: f.name,
    custom: f.custom,
    orderable: f.orderable,
    navigable: f.navigable,
    searchable: f.searchable,
    clauseNames: f.clauseNames,
    ...(f.schema ? { schema: f.schema } : {}),
  });
  const fieldOr404 = (id: string): CustomFieldDoc => {
    const f = m.customFields.byId(id);
    if (!f) throw new JiraError(404, ['The custom field was not found.']);
    return f;
  };
  const contextOr404 = (fieldId: string, contextId: string): FieldContextDoc => {
    const c = m.customFields.context(fieldId, contextId);
    if (!c) throw new JiraError(404, [`The context was not found.`]);
    return c;
  };
  const optionView = (o: FieldOptionDoc): Record<string, unknown> => ({
    id: o.id,
    value: o.value,
    ...(o.optionId ? { optionId: o.optionId } : {}),
    disabled: o.disabled,
  });
  const requireOptions = (f: CustomFieldDoc): void => {
    if (f.kind !== 'select' && f.kind !== 'multiselect') {
      throw new JiraError(400, ["The custom field doesn't support options."]);
    }
  };

  route(router, 'jira', 'get', '/rest/api/3/field', (_req, res) => {
    res.json(m.catalog.all().map(details));
  });

  route(router, 'jira', 'post', '/rest/api/3/field', (req, res) => {
    requireAdmin(m, principalOf(res));
    const body = parseBody(createFieldSchema, req.body);
    const kind = customFieldKind(body.type);
    if (!kind) {
      const supported = Object.keys(CUSTOM_FIELD_KINDS)
        .map((k) => CUSTOM_FIELD_TYPE_PREFIX + k)
        .join(', ');
      throw new JiraError(400, [], {
        type: `Custom field type '${body.type}' is not supported. Supported types: ${supported}`,
      });
    }
    const f = m.customFields.create({ name: body.name, description: body.description ?? '', kind });
    res.status(201).json(details(m.catalog.customInfo(f)));
  });

  route(router, 'jira', 'get', '/rest/api/3/field/search', (req, res) => {
    const types = queryList(req, 'type');
    const ids = queryList(req, 'id');
    const query = (queryString(req, 'query') ?? '').toLowerCase();
    let list = m.catalog.all().filter((f) => f.schema !== undefined);
    if (types.length)
      list = list.filter((f) => (f.custom ? types.includes('custom') : types.includes('system')));
    if (ids.length) list = list.filter((f) => ids.includes(f.id));
    if (query)
      list = list.filter(
        (f) => f.name.toLowerCase().includes(query) || f.id.toLowerCase().includes(query),
      );
    const orderBy = queryString(req, 'orderBy');
    if (orderBy?.replace(/^[-+]/, '') === 'name') {
      list.sort((a, b) => a.name.localeCompare(b.name) * (orderBy.startsWith('-') ? -1 : 1));
    }
    const values = list.map((f) => ({
      id: f.id,
      key: f.id,
      name: f.name,
      schema: f.schema,
      description: f.customField?.description ?? '',
      isLocked: false,
      ...(f.customField
        ? {
            searcherKey: `${CUSTOM_FIELD_TYPE_PREFIX}${CUSTOM_FIELD_KINDS[f.customField.kind].searcher}`,
            typeDisplayName: CUSTOM_FIELD_KINDS[f.customField.kind].displayName,
          }
        : {}),
    }));
    res.json(requestedPage(ctx, req, values, 50, 100));
  });

  route(router, 'jira', 'get', '/rest/api/3/field/{fieldId}/context', (req, res) => {
    requireAdmin(m, principalOf(res));
    const f = fieldOr404(param(req, 'fieldId'));
    const ids = queryList(req, 'contextId');
    const contexts = m.customFields
      .contextsOf(f.id)
      .filter((c) => (ids.length ? ids.includes(c.id) : true))
      .map((c) => ({
        id: c.id,
        name: c.name,
        description: c.description,
        isGlobalContext: c.projectIds.length === 0,
        isAnyIssueType: c.issueTypeIds.length === 0,
      }));
    res.json(requestedPage(ctx, req, contexts, 50, 100));
  });

  route(router, 'jira', 'post', '/rest/api/3/field/{fieldId}/context', (req, res) => {
    requireAdmin(m, principalOf(res));
    const f = fieldOr404(param(req, 'fieldId'));
    const body = parseBody(createContextSchema, req.body);
    const projectIds = [...new Set(body.projectIds ?? [])];
    const issueTypeIds = [...new Set(body.issueTypeIds ?? [])];
    for (const id of projectIds)
      if (!m.projects.byId(id))
        throw new JiraError(404, [`The project with ID '${id}' was not found.`]);
    for (const id of issueTypeIds)
      if (!m.issueTypes.byId(id))
        throw new JiraError(404, [`The issue type with ID '${id}' was not found.`]);
    const existing = m.customFields.contextsOf(f.id);
    if (projectIds.length === 0 && existing.some((c) => c.projectIds.length === 0)) {
      throw new JiraError(400, ['The custom field already has a global context.']);
    }
    for (const pid of projectIds) {
      if (existing.some((c) => c.projectIds.includes(pid))) {
        throw new JiraError(400, [
          `Project with ID '${pid}' is already associated with a context of this custom field.`,
        ]);
      }
    }
    const c = m.customFields.createContext(f.id, {
      name: body.name,
      description: body.description ?? '',
      projectIds,
      issueTypeIds,
    });
    res
      .status(201)
      .json({ id: c.id, name: c.name, description: c.description, projectIds, issueTypeIds });
  });

  const OPTIONS = '/rest/api/3/field/{fieldId}/context/{contextId}/option';
  /** An option route: admins only, on a select field's existing context. */
  const optionRoute = (
    method: 'get' | 'post' | 'put',
    handle: (f: CustomFieldDoc, c: FieldContextDoc, req: Request, res: Response) => void,
  ): void =>
    route(router, 'jira', method, OPTIONS, (req, res) => {
      requireAdmin(m, principalOf(res));
      const f = fieldOr404(param(req, 'fieldId'));
      requireOptions(f);
      handle(f, contextOr404(f.id, param(req, 'contextId')), req, res);
    });

  optionRoute('get', (_f, c, req, res) => {
    const optionId = queryString(req, 'optionId');
    const options = m.customFields
      .optionsOf(c.id)
      .filter((o) => (optionId ? o.id === optionId : true));
    res.json(requestedPage(ctx, req, options.map(optionView), 100, 1000));
  });

  optionRoute('post', (f, c, req, res) => {
    const body = parseBody(createOptionsSchema, req.body);
    const taken = new Set(m.customFields.optionsOf(c.id).map((o) => o.value));
    for (const o of body.options) {
      if (taken.has(o.value))
        throw new JiraError(400, [`The option '${o.value}' already exists in the context.`]);
      taken.add(o.value);
    }
    const created = ctx.db.transaction(() =>
      body.options.map((o) =>
        m.customFields.addOption(f.id, c.id, {
          value: o.value,
          disabled: o.disabled ?? false,
          ...(o.optionId ? { optionId: o.optionId } : {}),
        }),
      ),
    )();
    res.json({ options: created.map(optionView) });
  });

  optionRoute('put', (_f, c, req, res) => {
    const body = parseBody(updateOptionsSchema, req.body);
    const current = m.customFields.optionsOf(c.id);
    const updated = body.options.map((u) => {
      const o = current.find((x) => x.id === u.id);
      if (!o)
        throw new JiraError(400, [`The option with ID '${u.id}' was not found in the context.`]);
      if (u.value !== undefined && current.some((x) => x.id !== u.id && x.value === u.value)) {
        throw new JiraError(400, [`The option '${u.value}' already exists in the context.`]);
      }
      return { ...o, value: u.value ?? o.value, disabled: u.disabled ?? o.disabled };
    });
    ctx.db.transaction(() => updated.forEach((o) => m.customFields.saveOption(o)))();
    res.json({
      options: updated.map((o) => ({ id: o.id, value: o.value, disabled: o.disabled })),
    });
  });
}
