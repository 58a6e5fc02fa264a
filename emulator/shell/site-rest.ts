import type { Request } from 'express';
import { SESSION_COOKIE } from '../core/auth';
import type { SiteContext } from '../core/context';
import { sessionIdOf } from './session';

export interface RestResult {
  status: number;
  body: unknown;
}

/**
 * The site's own REST, called over HTTP as the signed-in user (the browser session cookie is
 * forwarded), so the shell sees exactly what Jira and Confluence let that user see.
 */
export class SiteRest {
  constructor(
    private readonly baseUrl: string,
    private readonly sessionId: string | undefined,
  ) {}

  static forRequest(ctx: SiteContext, req: Request): SiteRest {
    return new SiteRest(ctx.baseUrl, sessionIdOf(req));
  }

  get(path: string): Promise<RestResult> {
    return this.call('GET', path);
  }

  post(path: string, body?: unknown): Promise<RestResult> {
    return this.call('POST', path, body);
  }

  put(path: string, body?: unknown): Promise<RestResult> {
    return this.call('PUT', path, body);
  }

  async call(method: string, path: string, body?: unknown): Promise<RestResult> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (this.sessionId) headers.Cookie = `${SESSION_COOKIE}=${encodeURIComponent(this.sessionId)}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(this.baseUrl + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    if (text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        // not JSON: keep the text
      }
    } else {
      parsed = undefined;
    }
    return { status: res.status, body: parsed };
  }
}
