import fs from 'node:fs';
import path from 'node:path';
import type express from 'express';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { authenticate, principalOf } from '../../core/auth';
import type { SiteContext } from '../../core/context';
import type { AppRuntime } from '../app-runtime';
import { NotInstalledError } from '../installations';
import { productFetch } from '../product-fetch';
import { localeBundleFile } from '../i18n/locale-bundle';
import { injectBridge } from './bridge-script';
import { frameContext } from './frame-context';
import { FrameRefusal, frameExtension, frameLocationSchema } from './frame-extension';
import type { Frame } from './frames';
import { FrameRegistry } from './frames';

/** Forge's limit on the payload of `invoke` (500 KB). */
export const MAX_INVOKE_PAYLOAD_BYTES = 500 * 1024;

/**
 * A frame request names the module and where the browser shows it; the extension context is the
 * product's (frame-extension.ts), so there is no field for it.
 */
const registerBody = frameLocationSchema.extend({
  moduleKey: z.string().min(1),
  /**
   * Which resource of the module to serve: its `resource` (default), a macro's custom `config`
   * page, or a workflow rule's `create` / `edit` / `view` configuration page.
   */
  entryPoint: z.enum(['config', 'create', 'edit', 'view']).optional(),
});
const bridgeBody = z.looseObject({ payload: z.unknown() });
const invokePayload = z.looseObject({
  functionKey: z.string().min(1),
  payload: z.unknown().optional(),
});
const fetchPayload = z.looseObject({
  product: z.enum(['jira', 'confluence']),
  restPath: z.string().min(1),
  fetchRequestInit: z
    .looseObject({
      method: z.string().optional(),
      body: z.string().nullable().optional(),
      headers: z.array(z.tuple([z.string(), z.string()])).optional(),
    })
    .optional(),
});

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

class BridgeError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function fail(res: Response, status: number, message: string): void {
  res.status(status).json({ ok: false, error: { message } });
}

/**
 * Custom UI hosting and the bridge:
 * - `POST /forge/frames` `{moduleKey, entryPoint?, issueKey? | pageId + localId (+ editorConfig)}`
 *   → `{frameId, url}` for the signed-in user, with the extension context the product sets
 *   (frame-extension.ts: refused when the user cannot see the issue or page, or the page has no
 *   such macro);
 * - `GET /forge/frames/{frameId}/…` serves the module's resource folder, with the bridge script
 *   injected into `index.html`, and the manifest's translations in `__LOCALES__/` as Forge bundles
 *   them with every resource (i18n/locale-bundle.ts);
 * - `POST /forge/bridge/{frameId}/{callName}` `{payload}` performs a bridge call as the frame's user
 *   (`invoke`, `getContext`, `fetchProduct` = requestJira/requestConfluence).
 */
export function mountCustomUi(
  app: express.Express,
  ctx: SiteContext,
  runtime: AppRuntime,
): FrameRegistry {
  const frames = new FrameRegistry();
  const auth = authenticate(ctx.users, ctx.sessions);

  app.post('/forge/frames', auth, async (req: Request, res: Response) => {
    const parsed = registerBody.safeParse(req.body);
    if (!parsed.success)
      return fail(res, 400, `Invalid frame request: ${z.prettifyError(parsed.error)}`);
    const mod = runtime.manifest.uiModules.get(parsed.data.moduleKey);
    const entry = parsed.data.entryPoint;
    const entryResource = entry
      ? (mod?.[entry] as { resource?: unknown } | undefined)?.resource
      : undefined;
    const resourceKey = entry
      ? typeof entryResource === 'string'
        ? entryResource
        : undefined
      : mod?.resource;
    if (!mod || !resourceKey)
      return fail(res, 404, `The app has no Custom UI module '${parsed.data.moduleKey}'`);
    // A module of an Atlassian app the app is not installed in (or not connected to) is not offered.
    try {
      runtime.installationOf(mod.key);
    } catch (err) {
      if (err instanceof NotInstalledError) return fail(res, 404, err.message);
      throw err;
    }
    const user = principalOf(res);
    const { moduleKey: _moduleKey, entryPoint: _entryPoint, ...location } = parsed.data;
    let placed;
    try {
      placed = await frameExtension(runtime, user, mod, location, entry);
    } catch (err) {
      if (err instanceof FrameRefusal) return fail(res, err.status, err.message);
      throw err;
    }
    const frame = frames.register({
      moduleKey: mod.key,
      resourceKey,
      extension: placed.extension,
      localId: placed.localId ?? `${mod.key}-${Date.now().toString(36)}`,
      accountId: user.accountId,
    });
    res
      .status(201)
      .json({ frameId: frame.frameId, url: `/forge/frames/${frame.frameId}/index.html` });
  });

  const ownFrame = (req: Request, res: Response): Frame | undefined => {
    const frame = frames.get(String(req.params.frameId));
    if (!frame || frame.accountId !== principalOf(res).accountId) {
      fail(res, 404, 'Unknown frame');
      return undefined;
    }
    return frame;
  };

  app.get('/forge/frames/:frameId/{*asset}', auth, (req: Request, res: Response) => {
    const frame = ownFrame(req, res);
    if (!frame) return;
    const resourceDir = path.resolve(
      runtime.manifest.appRoot,
      runtime.manifest.resources.get(frame.resourceKey) ?? '',
    );
    const segments = (req.params as { asset?: string[] }).asset ?? [];
    const localeFile = localeBundleFile(runtime.manifest.translations, segments);
    if (localeFile !== undefined) {
      res.setHeader('cache-control', 'no-store');
      res.json(localeFile);
      return;
    }
    const rel = segments.length ? segments.join('/') : 'index.html';
    const file = path.resolve(resourceDir, rel);
    if (
      !file.startsWith(resourceDir + path.sep) ||
      !fs.existsSync(file) ||
      !fs.statSync(file).isFile()
    ) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    res.setHeader('content-type', type);
    res.setHeader('cache-control', 'no-store');
    if (rel === 'index.html') {
      res.send(injectBridge(fs.readFileSync(file, 'utf8'), frame.frameId));
      return;
    }
    res.send(fs.readFileSync(file));
  });

  app.post('/forge/bridge/:frameId/:callName', auth, async (req: Request, res: Response) => {
    const frame = ownFrame(req, res);
    if (!frame) return;
    const body = bridgeBody.safeParse(req.body);
    if (!body.success) return fail(res, 400, 'The bridge request body must be {payload}');
    try {
      const result = await bridgeCall(
        runtime,
        frame,
        String(req.params.callName),
        body.data.payload,
      );
      res.json({ ok: true, result: result === undefined ? null : result });
    } catch (err) {
      if (err instanceof BridgeError) return fail(res, err.status, err.message);
      const message = err instanceof Error ? err.message : String(err);
      fail(res, 500, `There was an error invoking the function - ${message}`);
    }
  });

  return frames;
}

async function bridgeCall(
  runtime: AppRuntime,
  frame: Frame,
  name: string,
  payload: unknown,
): Promise<unknown> {
  switch (name) {
    case 'getContext':
      return frameContext(runtime, frame);
    case 'invoke':
      return invokeResolver(runtime, frame, payload);
    case 'fetchProduct':
      return fetchProductAsViewer(runtime, frame, payload);
    default:
      throw new BridgeError(400, `The bridge call '${name}' is not supported by the local site`);
  }
}

async function invokeResolver(
  runtime: AppRuntime,
  frame: Frame,
  payload: unknown,
): Promise<unknown> {
  const size = Buffer.byteLength(JSON.stringify(payload ?? null));
  if (size > MAX_INVOKE_PAYLOAD_BYTES) {
    throw new BridgeError(
      413,
      `The invoke payload is ${size} bytes; Forge allows at most ${MAX_INVOKE_PAYLOAD_BYTES} bytes (500 KB)`,
    );
  }
  const call = invokePayload.safeParse(payload);
  if (!call.success) throw new BridgeError(400, 'invoke needs {functionKey, payload}');
  const mod = runtime.manifest.uiModules.get(frame.moduleKey);
  const resolverFunction = mod?.resolver?.function;
  if (!resolverFunction) throw new BridgeError(400, `Module '${frame.moduleKey}' has no resolver`);
  const context = frameContext(runtime, frame);
  // Resolvers run under the standard 25 s limit (invocation-limits.ts).
  return runtime.invoke(
    resolverFunction,
    [
      { call: { functionKey: call.data.functionKey, payload: call.data.payload ?? {} }, context },
      { principal: { accountId: frame.accountId }, installContext: runtime.installContext },
    ],
    { moduleKey: frame.moduleKey, principalAccountId: frame.accountId },
  );
}

async function fetchProductAsViewer(
  runtime: AppRuntime,
  frame: Frame,
  payload: unknown,
): Promise<unknown> {
  const p = fetchPayload.safeParse(payload);
  if (!p.success)
    throw new BridgeError(
      400,
      `fetchProduct needs {product, restPath, fetchRequestInit}: ${z.prettifyError(p.error)}`,
    );
  const init = p.data.fetchRequestInit ?? {};
  const method = (init.method ?? 'GET').toUpperCase();
  const response = await productFetch(
    runtime.productFetchDeps(),
    {
      invocationId: '',
      moduleKey: frame.moduleKey,
      principalAccountId: frame.accountId,
      installation: runtime.installationOf(frame.moduleKey),
      deadline: 0,
      faultGeneration: runtime.faults.generation,
      runtime: {},
      fetch: () => Promise.reject(new Error('unused')),
      requestViolations: [],
    },
    { type: 'fpp', provider: 'user', remote: p.data.product },
    p.data.restPath,
    {
      method,
      headers: init.headers ?? [],
      ...(method === 'GET' || method === 'HEAD' || init.body == null ? {} : { body: init.body }),
    },
  );
  return {
    body: await response.text(),
    headers: Object.fromEntries(response.headers.entries()),
    status: response.status,
    statusText: response.statusText,
    isAttachment: false,
  };
}
