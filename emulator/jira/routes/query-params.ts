import type { Request } from 'express';
import { JiraError } from '../../core/errors';

/** Query and path parameters of Jira REST requests. */

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
