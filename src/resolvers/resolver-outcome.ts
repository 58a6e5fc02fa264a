import type Resolver from '@forge/resolver';
import type { Request } from '@forge/resolver';
import { z } from 'zod';
import { Refusal, zodIssueLines } from '../domain/refusal';
import { ProductApiError } from '../jira/product-client';

/** A failed outcome: an error in words a person can act on, with every reason. */
export interface FailedOutcome {
  ok: false;
  error: string;
  details: string[];
  status?: number;
  /**
   * It failed because Jira or Confluence did (rate limit, 5xx): the same call may succeed later.
   * Set for a product's passing failure, and for a Refusal that says nothing was changed.
   */
  retryable?: true;
}

/** What every resolver function answers: data, or an error in words a person can act on. */
export type ResolverOutcome<T> = { ok: true; data: T } | FailedOutcome;

export type ResolverContext = Request['context'];

/**
 * Defines a resolver function whose payload is validated with zod first: a bad payload gets a
 * clear message and nothing runs. Jira/Confluence refusals come back as messages, not crashes.
 * `authorize`, when given, runs before anything else (before the payload is even read) and
 * refuses by throwing.
 */
export function defineValidated<S extends z.ZodType, R>(
  resolver: Resolver,
  functionKey: string,
  schema: S,
  run: (payload: z.infer<S>, context: ResolverContext) => Promise<R>,
  authorize?: (context: ResolverContext) => Promise<unknown>,
): void {
  resolver.define(functionKey, async (request: Request): Promise<ResolverOutcome<R>> => {
    if (authorize) {
      try {
        await authorize(request.context);
      } catch (err) {
        return failure(err);
      }
    }
    const parsed = schema.safeParse(request.payload ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: 'The request is not valid.',
        details: zodIssueLines(parsed.error),
      };
    }
    try {
      return { ok: true, data: await run(parsed.data, request.context) };
    } catch (err) {
      return failure(err);
    }
  });
}

/** Any error as a failed outcome: a refusal with its reasons, a product's answer, or a crash. */
export function failure(err: unknown): FailedOutcome {
  if (err instanceof Refusal)
    return {
      ok: false,
      error: err.message,
      details: err.details,
      ...(err.retryable ? { retryable: true as const } : {}),
    };
  if (err instanceof ProductApiError) {
    return {
      ok: false,
      error:
        err.status === 403 || err.status === 404
          ? 'You do not have permission to do this, or it no longer exists.'
          : 'Jira or Confluence refused the request.',
      details: err.details,
      status: err.status,
      ...(err.passing ? { retryable: true as const } : {}),
    };
  }
  if (err instanceof z.ZodError) {
    return { ok: false, error: 'The data is not valid.', details: zodIssueLines(err) };
  }
  console.error('[aims] resolver failed', err);
  return {
    ok: false,
    error: err instanceof Error ? err.message : 'Something went wrong.',
    details: [],
  };
}

/** The signed-in user's accountId from a resolver context. */
export function viewerAccountId(context: ResolverContext): string {
  const accountId = (context as { accountId?: unknown }).accountId;
  if (typeof accountId !== 'string' || !accountId)
    throw new Error('No signed-in user in this context.');
  return accountId;
}
