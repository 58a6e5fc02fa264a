import type Resolver from '@forge/resolver';
import type { Request } from '@forge/resolver';
import { z } from 'zod';
import { ProductApiError } from '../jira/product-client';

/** What every resolver function answers: data, or an error in words a person can act on. */
export type ResolverOutcome<T> =
  { ok: true; data: T } | { ok: false; error: string; details: string[]; status?: number };

export type ResolverContext = Request['context'];

/**
 * Defines a resolver function whose payload is validated with zod first: a bad payload gets a
 * clear message and nothing runs. Jira/Confluence refusals come back as messages, not crashes.
 */
export function defineValidated<S extends z.ZodType, R>(
  resolver: Resolver,
  functionKey: string,
  schema: S,
  run: (payload: z.infer<S>, context: ResolverContext) => Promise<R>,
): void {
  resolver.define(functionKey, async (request: Request): Promise<ResolverOutcome<R>> => {
    const parsed = schema.safeParse(request.payload ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: 'The request is not valid.',
        details: parsed.error.issues.map((i) =>
          i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message,
        ),
      };
    }
    try {
      return { ok: true, data: await run(parsed.data, request.context) };
    } catch (err) {
      return failure(err);
    }
  });
}

export function failure(err: unknown): {
  ok: false;
  error: string;
  details: string[];
  status?: number;
} {
  if (err instanceof ProductApiError) {
    return {
      ok: false,
      error:
        err.status === 403 || err.status === 404
          ? 'You do not have permission to do this, or it no longer exists.'
          : 'Jira or Confluence refused the request.',
      details: [...err.messages, ...Object.entries(err.fieldErrors).map(([k, v]) => `${k}: ${v}`)],
      status: err.status,
    };
  }
  if (err instanceof z.ZodError) {
    return {
      ok: false,
      error: 'The data is not valid.',
      details: err.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    };
  }
  const reasons: unknown =
    err instanceof Error ? (err as Error & { details?: unknown }).details : undefined;
  if (err instanceof Error && Array.isArray(reasons)) {
    // A refusal in plain words (e.g. a document-control rule): message + its reasons.
    return {
      ok: false,
      error: err.message,
      details: reasons.filter((d): d is string => typeof d === 'string'),
    };
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
