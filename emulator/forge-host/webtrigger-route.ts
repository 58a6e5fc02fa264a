import type { Request, Response } from 'express';
import { z } from 'zod';
import type { AppRuntime } from './app-runtime';

/** Forge's invocation payload limit, "Payload size 5MB" (Forge docs `limits-invocation`). */
export const MAX_PAYLOAD_BYTES = 5 * 1024 * 1024;

const responseSchema = z.looseObject({
  statusCode: z.number().int().min(100).max(599),
  statusText: z.string().optional(),
  headers: z.record(z.string(), z.union([z.array(z.string()), z.string()])).optional(),
  body: z.string().optional(),
});
const staticResponseSchema = z.looseObject({ outputKey: z.string() });

/**
 * The request body exactly as sent (so HMAC signatures over it can be verified, and a body that
 * is not valid JSON still reaches the app, as on Forge): the route is mounted before the site's
 * JSON parser, so it reads the stream itself. Undefined when it is over the limit: the request is
 * refused whole, never cut short.
 */
async function bodyText(req: Request): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += b.length;
    // Read on to the end (the sender gets its answer), keeping nothing past the limit.
    if (size <= MAX_PAYLOAD_BYTES) chunks.push(b);
  }
  return size > MAX_PAYLOAD_BYTES ? undefined : Buffer.concat(chunks).toString('utf8');
}

/**
 * `ALL /x1/{id}[/{userPath}]`: invokes the module's function with Forge's web trigger request
 * `{method, headers (lower-case name → string[]), body, path, userPath, queryParameters}` and turns its
 * `{statusCode, headers, body}` (or a static `outputKey`) into the HTTP answer; anything else is a 500.
 */
export function webtriggerHandler(runtime: AppRuntime) {
  return async (req: Request, res: Response): Promise<void> => {
    const id = String(req.params.id);
    const mod = runtime.webtriggerUrls.moduleFor(id);
    if (!mod) {
      res.status(404).json({ message: 'Web trigger not found' });
      return;
    }
    const url = new URL(req.originalUrl, 'http://local');
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue;
      headers[name.toLowerCase()] = Array.isArray(value) ? value : [value];
    }
    const queryParameters: Record<string, string[]> = {};
    for (const [k, v] of url.searchParams) (queryParameters[k] ??= []).push(...v.split(','));
    const body = await bodyText(req);
    if (body === undefined || Buffer.byteLength(body) > MAX_PAYLOAD_BYTES) {
      res.status(413).json({ message: 'Web trigger payload too large' });
      return;
    }
    const prefix = `/x1/${id}`;
    const request = {
      method: req.method,
      headers,
      body,
      path: url.pathname,
      userPath: url.pathname.slice(prefix.length),
      queryParameters,
      context: { cloudId: runtime.identity.cloudId, moduleKey: mod.key },
    };
    let result: unknown;
    try {
      result = await runtime.invoke(
        mod.function,
        [request, { principal: undefined, installContext: runtime.installContext }],
        { moduleKey: mod.key, kind: 'webtrigger' },
      );
    } catch (err) {
      console.error(
        `[forge-host] web trigger ${mod.key} failed: ${err instanceof Error ? err.message : String(err)}`,
      );
      res.status(500).json({ message: 'Web trigger function failed' });
      return;
    }
    if (mod.response?.type === 'static') {
      const chosen = staticResponseSchema.safeParse(result);
      const output = chosen.success
        ? mod.response.outputs?.find((o) => o.key === chosen.data.outputKey)
        : undefined;
      if (!output) {
        res.status(500).json({ message: 'Web trigger response does not name a configured output' });
        return;
      }
      if (output.contentType) res.setHeader('content-type', output.contentType);
      res.status(output.statusCode).send(output.body ?? '');
      return;
    }
    const parsed = responseSchema.safeParse(result);
    if (!parsed.success) {
      res.status(500).json({
        message: 'Web trigger function returned an invalid response (statusCode is required)',
      });
      return;
    }
    for (const [name, value] of Object.entries(parsed.data.headers ?? {})) {
      res.setHeader(name, Array.isArray(value) ? value : [value]);
    }
    if (parsed.data.statusText) res.statusMessage = parsed.data.statusText;
    res.status(parsed.data.statusCode).send(parsed.data.body ?? '');
  };
}
