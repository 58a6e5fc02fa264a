import type { APIResponse, RequestInit, Route } from '@forge/api';
import type { z } from 'zod';
import { zodIssueLines } from '../domain/refusal';

/** A product request function: `asUser().requestJira`, `asApp().requestConfluence`, … */
export type ProductRequester = (path: Route, init?: RequestInit) => Promise<APIResponse>;

/** A product REST call that failed: status, and the product's messages in plain words. */
export class ProductApiError extends Error {
  constructor(
    readonly status: number,
    readonly messages: string[],
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(
      `HTTP ${status}: ${[...messages, ...Object.values(fieldErrors)].join('; ') || 'request failed'}`,
    );
  }

  /** The product's messages, then each field error as `field: message`. */
  get details(): string[] {
    return [
      ...this.messages,
      ...Object.entries(this.fieldErrors).map(([field, message]) => `${field}: ${message}`),
    ];
  }
}

/**
 * JSON over a product requester. Every answer is validated with the given zod schema, so a
 * surprising response fails loudly here instead of deep in the caller.
 */
export class ProductClient {
  constructor(private readonly requester: ProductRequester) {}

  async get<T>(path: Route, schema: z.ZodType<T>): Promise<T> {
    return this.send(path, { method: 'GET' }, schema);
  }

  async post<T>(path: Route, body: unknown, schema: z.ZodType<T>): Promise<T> {
    return this.send(path, { method: 'POST', body: JSON.stringify(body) }, schema);
  }

  async put<T>(path: Route, body: unknown, schema: z.ZodType<T>): Promise<T> {
    return this.send(path, { method: 'PUT', body: JSON.stringify(body) }, schema);
  }

  /**
   * A Jira asynchronous operation: it answers 303 See Other to its task, with the task in the body
   * (a runtime that follows the redirect answers the task's own GET, 200). Either way, the task.
   */
  async startTask<T>(path: Route, body: unknown, schema: z.ZodType<T>): Promise<T> {
    const res = await this.requester(path, this.init('POST', JSON.stringify(body)));
    if (!res.ok && res.status !== 303) throw await toError(res);
    return this.parse(res, schema);
  }

  /** For calls answering 204 No Content (edit issue, transition, delete). */
  async sendNoContent(path: Route, method: string, body?: unknown): Promise<void> {
    const res = await this.requester(path, this.init(method, body));
    if (!res.ok) throw await toError(res);
  }

  private async send<T>(path: Route, init: RequestInit, schema: z.ZodType<T>): Promise<T> {
    const res = await this.requester(path, this.init(init.method ?? 'GET', init.body));
    if (!res.ok) throw await toError(res);
    return this.parse(res, schema);
  }

  private async parse<T>(res: APIResponse, schema: z.ZodType<T>): Promise<T> {
    const text = await res.text();
    const parsed = schema.safeParse(text ? JSON.parse(text) : undefined);
    if (!parsed.success) {
      throw new ProductApiError(res.status, [
        `Unexpected response shape: ${zodIssueLines(parsed.error).join('; ')}`,
      ]);
    }
    return parsed.data;
  }

  private init(method: string, body?: unknown): RequestInit {
    return {
      method,
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    };
  }
}

async function toError(res: APIResponse): Promise<ProductApiError> {
  const text = await res.text().catch(() => '');
  try {
    const body = JSON.parse(text) as {
      errorMessages?: string[];
      errors?: Record<string, string> | ListedError[];
      message?: string;
    };
    if (Array.isArray(body.errors)) return new ProductApiError(res.status, body.errors.map(listed));
    return new ProductApiError(
      res.status,
      [...(body.errorMessages ?? []), ...(body.message ? [body.message] : [])],
      body.errors ?? {},
    );
  } catch {
    return new ProductApiError(res.status, [text || res.statusText]);
  }
}

/** One error of a list: Confluence's `{title, detail}`, or a Jira bulk operation's failed element. */
interface ListedError {
  title?: string;
  detail?: string;
  failedElementNumber?: number;
  elementErrors?: { errorMessages?: string[]; errors?: Record<string, string> };
}

function listed(e: ListedError): string {
  if (e.elementErrors) {
    const reasons = [
      ...(e.elementErrors.errorMessages ?? []),
      ...Object.entries(e.elementErrors.errors ?? {}).map(([field, m]) => `${field}: ${m}`),
    ].join('; ');
    return e.failedElementNumber === undefined
      ? reasons
      : `item ${e.failedElementNumber + 1}: ${reasons}`;
  }
  return [e.title, e.detail].filter(Boolean).join(': ');
}
