import { z } from 'zod';
import type { KvsStore, Namespace, StoredItem } from './kvs-store';
import { MAX_BATCH_ITEMS } from './kvs-limits';
import { KvsRequestError } from './kvs-conditions';

const condition = z.looseObject({
  condition: z.string(),
  property: z.string().optional(),
  values: z.array(z.unknown()),
});
const filters = z.looseObject({
  and: z.array(condition).optional(),
  or: z.array(condition).optional(),
});
const metadataFields = z.array(z.enum(['CREATED_AT', 'UPDATED_AT', 'EXPIRE_TIME'])).optional();
const getOptions = z.looseObject({ metadataFields }).optional();
const setOptions = z
  .looseObject({
    ttl: z
      .object({
        value: z.number().positive(),
        unit: z.enum(['SECONDS', 'MINUTES', 'HOURS', 'DAYS']),
      })
      .optional(),
    keyPolicy: z.enum(['OVERRIDE', 'FAIL_IF_EXISTS']).optional(),
    returnValue: z.enum(['PREVIOUS', 'LATEST']).optional(),
    returnMetadataFields: metadataFields,
  })
  .optional();
const keyBody = z.looseObject({
  key: z.string(),
  entityName: z.string().optional(),
  options: getOptions,
});
const setBody = z.looseObject({
  key: z.string(),
  value: z.unknown(),
  entityName: z.string().optional(),
  options: setOptions,
});
const queryBody = z.looseObject({
  limit: z.number().optional(),
  after: z.string().optional(),
  where: z.array(condition).optional(),
  options: z.looseObject({ metadataFields }).optional(),
});
const entityQueryBody = z.looseObject({
  entityName: z.string(),
  indexName: z.string(),
  partition: z.array(z.unknown()).optional(),
  range: condition.optional(),
  filters: filters.optional(),
  sort: z.enum(['ASC', 'DESC']).optional(),
  limit: z.number().optional(),
  cursor: z.string().optional(),
  options: z.looseObject({ metadataFields }).optional(),
});
const transactionBody = z.looseObject({
  set: z
    .array(
      z.looseObject({
        key: z.string(),
        value: z.unknown(),
        entityName: z.string().optional(),
        conditions: filters.optional(),
        options: setOptions,
      }),
    )
    .optional(),
  delete: z
    .array(
      z.looseObject({
        key: z.string(),
        entityName: z.string().optional(),
        conditions: filters.optional(),
      }),
    )
    .optional(),
  check: z
    .array(
      z.looseObject({ key: z.string(), entityName: z.string().optional(), conditions: filters }),
    )
    .optional(),
});

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

const noContent = (): Response => new Response(null, { status: 204 });

function parse<T>(schema: z.ZodType<T>, body: unknown, path: string): T {
  const r = schema.safeParse(body);
  if (!r.success)
    throw new KvsRequestError(
      400,
      'INVALID_REQUEST',
      `Invalid request to ${path}: ${z.prettifyError(r.error)}`,
    );
  return r.data;
}

type Fields = z.infer<typeof metadataFields>;
const ALL_FIELDS: Fields = ['CREATED_AT', 'UPDATED_AT', 'EXPIRE_TIME'];

function present(
  item: StoredItem,
  fields: Fields,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    key: item.key,
    value: item.value,
    ...extra,
    ...(fields?.includes('CREATED_AT') ? { createdAt: item.createdAt } : {}),
    ...(fields?.includes('UPDATED_AT') ? { updatedAt: item.updatedAt } : {}),
    ...(item.expireTime && (!fields || fields.includes('EXPIRE_TIME'))
      ? { expireTime: item.expireTime }
      : {}),
  };
}

/** Serves the Forge KVS REST paths @forge/kvs calls (`/api/v1/get`, `/api/v1/query`, `/api/v1/transaction`, …). */
export function handleKvsRequest(store: KvsStore, path: string, rawBody: unknown): Response {
  try {
    const body: unknown = typeof rawBody === 'string' && rawBody ? JSON.parse(rawBody) : rawBody;
    return route(store, path.replace(/\?.*$/, ''), body);
  } catch (err) {
    if (err instanceof KvsRequestError)
      return json(err.status, { code: err.code, message: err.message });
    if (err instanceof SyntaxError)
      return json(400, { code: 'INVALID_REQUEST', message: 'The request body is not valid JSON' });
    throw err;
  }
}

function route(store: KvsStore, path: string, body: unknown): Response {
  const single = (
    ns: (b: { entityName?: string }) => Namespace,
  ): { ns: Namespace } & z.infer<typeof keyBody> => {
    const b = parse(keyBody, body, path);
    return { ...b, ns: ns(b) };
  };
  const plain = (): Namespace => ({ kind: 'kv' });
  const secret = (): Namespace => ({ kind: 'secret' });
  const entity = (b: { entityName?: string }): Namespace => {
    if (!b.entityName) throw new KvsRequestError(400, 'INVALID_REQUEST', 'entityName is required');
    return { kind: 'entity', name: b.entityName };
  };
  const nsFor: Record<string, (b: { entityName?: string }) => Namespace> = {
    '': plain,
    secret: secret,
    entity,
  };
  const m = /^\/api\/v1\/(?:(secret|entity)\/)?(get|set|delete|query)$/.exec(path);
  if (m) {
    const group = m[1] ?? '';
    const op = m[2];
    const toNs = nsFor[group] ?? plain;
    if (op === 'get') {
      const { ns, key } = single(toNs);
      const item = store.get(ns, key);
      if (!item)
        return json(404, { code: 'KEY_NOT_FOUND', message: `The key '${key}' was not found` });
      return json(200, present(item, ALL_FIELDS));
    }
    if (op === 'set') {
      const b = parse(setBody, body, path);
      const { previous, latest } = store.set(toNs(b), b.key, b.value, b.options ?? {});
      if (!b.options?.returnValue) return noContent();
      const chosen = b.options.returnValue === 'PREVIOUS' ? previous : latest;
      return chosen ? json(200, present(chosen, ALL_FIELDS)) : json(200, {});
    }
    if (op === 'delete') {
      const { ns, key } = single(toNs);
      store.delete(ns, key);
      return noContent();
    }
    if (op === 'query' && group === '') {
      const b = parse(queryBody, body, path);
      const page = store.query(b.where, b.limit, b.after);
      return json(200, {
        data: page.data.map((i) => present(i, b.options?.metadataFields)),
        ...(page.cursor ? { cursor: page.cursor } : {}),
      });
    }
    if (op === 'query' && group === 'entity') {
      const b = parse(entityQueryBody, body, path);
      const page = store.queryEntity(b);
      return json(200, {
        data: page.data.map((i) => present(i, b.options?.metadataFields)),
        ...(page.cursor ? { cursor: page.cursor } : {}),
      });
    }
  }
  if (path === '/api/v1/transaction') {
    store.transact(parse(transactionBody, body, path));
    return noContent();
  }
  const batch = /^\/api\/v1\/batch\/(set|get|delete)$/.exec(path);
  if (batch) return handleBatch(store, batch[1] as 'set' | 'get' | 'delete', body, path);
  return json(404, { code: 'NOT_FOUND', message: `Unknown KVS operation ${path}` });
}

function handleBatch(
  store: KvsStore,
  op: 'set' | 'get' | 'delete',
  body: unknown,
  path: string,
): Response {
  const items = parse(z.array(setBody.partial({ value: true })), body, path);
  if (items.length > MAX_BATCH_ITEMS) {
    throw new KvsRequestError(
      400,
      'TOO_MANY_ITEMS',
      `A batch can contain at most ${MAX_BATCH_ITEMS} items (got ${items.length})`,
    );
  }
  const successfulKeys: Record<string, unknown>[] = [];
  const failedKeys: Record<string, unknown>[] = [];
  for (const item of items) {
    const ns: Namespace = item.entityName
      ? { kind: 'entity', name: item.entityName }
      : { kind: 'kv' };
    const id = { key: item.key, ...(item.entityName ? { entityName: item.entityName } : {}) };
    try {
      if (op === 'set') {
        store.set(ns, item.key, item.value, item.options ?? {});
        successfulKeys.push(id);
      } else if (op === 'delete') {
        store.delete(ns, item.key);
        successfulKeys.push(id);
      } else {
        const found = store.get(ns, item.key);
        if (found)
          successfulKeys.push(
            present(found, undefined, item.entityName ? { entityName: item.entityName } : {}),
          );
        else
          failedKeys.push({
            ...id,
            error: { code: 'KEY_NOT_FOUND', message: `The key '${item.key}' was not found` },
          });
      }
    } catch (err) {
      if (!(err instanceof KvsRequestError)) throw err;
      failedKeys.push({ ...id, error: { code: err.code, message: err.message } });
    }
  }
  return json(200, { successfulKeys, failedKeys });
}
