import type { Request, Response } from 'express';
import { principalOf } from '../../core/auth';
import type { z } from 'zod';
import type { SiteContext } from '../../core/context';
import { JiraError } from '../../core/errors';
import type { SiteUser } from '../../core/users';
import { apiUrl } from '../api-urls';
import type { JiraModels } from '../models/jira-models';

/** A query parameter as one string (first value when repeated). */
export function queryString(req: Request, name: string): string | undefined {
  const v = req.query[name];
  if (Array.isArray(v)) return typeof v[0] === 'string' ? v[0] : undefined;
  return typeof v === 'string' ? v : undefined;
}

/** A repeated and/or comma-separated query parameter as a list. */
export function queryList(req: Request, name: string): string[] {
  const v = req.query[name];
  const raw = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return raw
    .filter((x): x is string => typeof x === 'string')
    .flatMap((x) => x.split(','))
    .map((x) => x.trim())
    .filter(Boolean);
}

/** A repeated query parameter, each value kept whole. */
export function queryValues(req: Request, name: string): string[] {
  const v = req.query[name];
  const raw = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return raw.filter((x): x is string => typeof x === 'string');
}

export function queryInt(req: Request, name: string, fallback: number, max?: number): number {
  const raw = queryString(req, name);
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw new JiraError(400, [`The '${name}' parameter must be a non-negative integer.`]);
  return max === undefined ? n : Math.min(n, max);
}

export function queryBool(req: Request, name: string, fallback: boolean): boolean {
  const raw = queryString(req, name);
  if (raw === undefined) return fallback;
  return raw === 'true';
}

/** Path parameter (express 5 gives string). */
export function param(req: Request, name: string): string {
  const v = (req.params as Record<string, string | undefined>)[name];
  return v ?? '';
}

/** Validates a JSON body with zod; a bad body is Jira's 400 with the first problem named. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : undefined;
  if (where) throw new JiraError(400, [], { [where]: issue?.message ?? 'Invalid value' });
  throw new JiraError(400, [issue?.message ?? 'The request body is invalid.']);
}

export function requireAdmin(m: JiraModels, user: SiteUser): void {
  if (!m.permissions.isAdmin(user)) {
    throw new JiraError(403, [
      'You are not authorized to perform this action. Administrator privileges are required.',
    ]);
  }
}

/**
 * The caller, who must hold Administer Jira (site and Jira admins, and the app user, whose scopes
 * the Forge host checks). The bulk status and workflow operations answer a non-admin with 401 (the
 * only refusal their spec lists), workflow schemes with 403.
 */
export function requireJiraAdmin(m: JiraModels, res: Response, refusal: 401 | 403): SiteUser {
  const user = principalOf(res);
  if (!m.permissions.isAdmin(user)) {
    throw new JiraError(refusal, [
      'You are not authorized to perform this operation. Administer Jira global permission is required.',
    ]);
  }
  return user;
}

/** Jira's PageBean: `{ self, nextPage?, maxResults, startAt, total, isLast, values }`. */
export function pageBean<T>(
  ctx: SiteContext,
  req: Request,
  all: T[],
  startAt: number,
  maxResults: number,
): Record<string, unknown> {
  const values = all.slice(startAt, startAt + maxResults);
  const isLast = startAt + values.length >= all.length;
  const path = req.baseUrl.replace(/^\/rest\/api\/3/, '') + req.path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(req.query)) {
    if (k === 'startAt' || k === 'maxResults') continue;
    for (const x of Array.isArray(v) ? v : [v]) if (typeof x === 'string') params.append(k, x);
  }
  const link = (start: number): string => {
    const p = new URLSearchParams(params);
    p.set('maxResults', String(maxResults));
    p.set('startAt', String(start));
    return apiUrl(ctx, `${path}?${p.toString()}`);
  };
  return {
    self: link(startAt),
    ...(isLast ? {} : { nextPage: link(startAt + maxResults) }),
    maxResults,
    startAt,
    total: all.length,
    isLast,
    values,
  };
}
