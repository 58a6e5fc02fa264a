import type { APIResponse, RequestInit, Route } from '@forge/api';
import type { z } from 'zod';
import { zodIssueLines } from '../domain/refusal';
import type { RetryPolicy } from './retry-policy';
import { backoffMs, defaultRetryPolicy, isPassingStatus, retryAfterMs } from './retry-policy';

/** A product request function: `asUser().requestJira`, `asApp().requestConfluence`, … */
export type ProductRequester = (path: Route, init?: RequestInit) => Promise<APIResponse>;

/** A product REST call that failed: status, and the product's messages in plain words. */
export class ProductApiError extends Error {
  constructor(
    readonly status: number,
    readonly messages: string[],
    readonly fieldErrors: Record<string, string> = {},
    /** The product's `Retry-After`, in seconds, when it sent one. */
    readonly retryAfterSeconds?: number,
  ) {
    super(
      `HTTP ${status}: ${[...messages, ...Object.values(fieldErrors)].join('; ') || 'request failed'}`,
    );
  }

  /** Rate limited or failed in passing (429, 5xx): the same request may succeed later. */
  get passing(): boolean {
    return isPassingStatus(this.status);
  }

  /** The product's messages, then each field error as `field: message`. */
  get details(): string[] {
    return [
      ...this.messages,
      ...Object.entries(this.fieldErrors).map(([field, message]) => `${field}: ${message}`),
    ];
  }
}

/** Rate limited, failed for a moment or not answered: the same request may succeed later. */
export function failedInPassing(err: unknown): boolean {
  return (err instanceof ProductApiError && err.passing) || err instanceof ProductUnreachableError;
}

/** A create that failed this way may or may not have happened (5xx, no answer); a 429 did not. */
function mayHaveHappened(err: unknown): boolean {
  return (
    (err instanceof ProductApiError && err.passing && err.status !== 429) ||
    err instanceof ProductUnreachableError
  );
}

/** A request that never answered (network failure, timeout): it may or may not have been processed. */
export class ProductUnreachableError extends Error {
  readonly passing = true;
  constructor(override readonly cause: unknown) {
    super(`The product did not answer: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/** Whether repeating a request is safe when the product may have processed it (RFC 9110 §9.2.2). */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

export interface PostOptions<T> {
  /** A POST that only reads (JQL search, permission checks): safe to repeat after a 5xx. */
  readOnly?: boolean;
  /**
   * A create made idempotent: after a 5xx or no answer (the create may or may not have happened)
   * this looks for what the create would have made — its marker, by a read that does not lag —
   * and answers it if found; only when it is not found is the create sent again.
   */
  findCreated?: () => Promise<T | undefined>;
}

/**
 * JSON over a product requester. Every answer is validated with the given zod schema, so a
 * surprising response fails loudly here instead of deep in the caller. Every call is retried
 * the one way the platform allows (retry-policy.ts): a 429 after its `Retry-After`; a 5xx or a
 * timeout only when the call is idempotent — a create (POST) is never repeated blindly, its
 * caller makes it idempotent (e.g. the finding's marker before raising a Nonconformity).
 */
export class ProductClient {
  constructor(
    private readonly requester: ProductRequester,
    private readonly retry: RetryPolicy = defaultRetryPolicy,
  ) {}

  async get<T>(path: Route, schema: z.ZodType<T>): Promise<T> {
    return this.send(path, { method: 'GET' }, schema);
  }

  async post<T>(
    path: Route,
    body: unknown,
    schema: z.ZodType<T>,
    options: PostOptions<T> = {},
  ): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const res = await this.request(path, 'POST', body, options.readOnly ?? false);
        if (!res.ok) throw await toError(res);
        return await this.parse(res, schema);
      } catch (err) {
        const { findCreated } = options;
        if (!findCreated || !mayHaveHappened(err) || attempt >= this.retry.maxAttempts) throw err;
        const created = await findCreated();
        if (created !== undefined) return created;
        await this.retry.sleep(backoffMs(this.retry, attempt));
      }
    }
  }

  async put<T>(path: Route, body: unknown, schema: z.ZodType<T>): Promise<T> {
    return this.send(path, { method: 'PUT', body: JSON.stringify(body) }, schema);
  }

  /**
   * A Jira asynchronous operation: it answers 303 See Other to its task, with the task in the body
   * (a runtime that follows the redirect answers the task's own GET, 200). Either way, the task.
   */
  async startTask<T>(path: Route, body: unknown, schema: z.ZodType<T>): Promise<T> {
    const res = await this.request(path, 'POST', body, false);
    if (!res.ok && res.status !== 303) throw await toError(res);
    return this.parse(res, schema);
  }

  /**
   * For calls answering 204 No Content (edit issue, transition, delete). `repeatable`: a POST the
   * product itself treats as idempotent (its spec says a repeat changes nothing), so it is retried
   * after a 5xx or no answer like a PUT.
   */
  async sendNoContent(
    path: Route,
    method: string,
    body?: unknown,
    options: { repeatable?: boolean } = {},
  ): Promise<void> {
    const idempotent = IDEMPOTENT_METHODS.has(method) || (options.repeatable ?? false);
    const res = await this.request(path, method, body, idempotent);
    if (!res.ok) throw await toError(res);
  }

  private async send<T>(path: Route, init: RequestInit, schema: z.ZodType<T>): Promise<T> {
    const method = init.method ?? 'GET';
    const res = await this.request(path, method, init.body, IDEMPOTENT_METHODS.has(method));
    if (!res.ok) throw await toError(res);
    return this.parse(res, schema);
  }

  /**
   * Sends the request, repeating it while it fails in passing and the policy allows: the last
   * answer (success or not) is returned; a request that never answered throws
   * ProductUnreachableError when it may not be repeated or the attempts are spent.
   */
  private async request(
    path: Route,
    method: string,
    body: unknown,
    idempotent: boolean,
  ): Promise<APIResponse> {
    for (let attempt = 1; ; attempt += 1) {
      const last = attempt >= this.retry.maxAttempts;
      let res: APIResponse;
      try {
        res = await this.requester(path, this.init(method, body));
      } catch (err) {
        if (!idempotent || last) throw new ProductUnreachableError(err);
        await this.retry.sleep(backoffMs(this.retry, attempt));
        continue;
      }
      if (last || !isPassingStatus(res.status)) return res;
      if (res.status === 429) {
        const wait = retryAfterMs(res.headers.get('retry-after'), Date.now());
        if (wait !== undefined && wait > this.retry.maxRetryAfterMs) return res;
        await this.retry.sleep(wait ?? backoffMs(this.retry, attempt));
        continue;
      }
      if (!idempotent) return res;
      await this.retry.sleep(backoffMs(this.retry, attempt));
    }
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
  const wait = retryAfterMs(res.headers.get('retry-after'), Date.now());
  const retryAfterSeconds = wait === undefined ? undefined : Math.ceil(wait / 1000);
  try {
    const body = JSON.parse(text) as {
      errorMessages?: string[];
      errors?: Record<string, string> | ListedError[];
      message?: string;
    };
    if (Array.isArray(body.errors))
      return new ProductApiError(res.status, body.errors.map(listed), {}, retryAfterSeconds);
    return new ProductApiError(
      res.status,
      [...(body.errorMessages ?? []), ...(body.message ? [body.message] : [])],
      body.errors ?? {},
      retryAfterSeconds,
    );
  } catch {
    return new ProductApiError(res.status, [text || res.statusText], {}, retryAfterSeconds);
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
