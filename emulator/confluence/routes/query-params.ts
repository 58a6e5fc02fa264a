import { z } from 'zod';
import { confluenceBadRequest } from '../../core/errors';

type QueryValue = unknown;

/** A multi-valued query parameter: `?id=1&id=2` and `?id=1,2` both give ['1','2']. */
export function listParam(value: QueryValue): string[] | undefined {
  if (value === undefined) return undefined;
  const raw = Array.isArray(value) ? value : [value];
  return raw
    .flatMap((v) => (typeof v === 'string' ? v.split(',') : []))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** A single-valued string parameter (the first, if repeated). */
export function stringParam(value: QueryValue): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' ? v : undefined;
}

export function enumParam<T extends string>(
  name: string,
  value: QueryValue,
  allowed: readonly T[],
): T | undefined {
  const v = stringParam(value);
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v)) {
    throw confluenceBadRequest(
      `Invalid value '${v}' for parameter ${name}. Allowed: ${allowed.join(', ')}.`,
    );
  }
  return v as T;
}

export function enumListParam<T extends string>(
  name: string,
  value: QueryValue,
  allowed: readonly T[],
): T[] | undefined {
  const list = listParam(value);
  for (const v of list ?? []) enumParam(name, v, allowed);
  return list as T[] | undefined;
}

export function boolParam(name: string, value: QueryValue, fallback: boolean): boolean {
  const v = stringParam(value);
  if (v === undefined) return fallback;
  if (v !== 'true' && v !== 'false')
    throw confluenceBadRequest(`Parameter ${name} must be true or false.`);
  return v === 'true';
}

export function intParam(name: string, value: QueryValue): number | undefined {
  const v = stringParam(value);
  if (v === undefined) return undefined;
  const parsed = z.coerce.number().int().safeParse(v);
  if (!parsed.success) throw confluenceBadRequest(`Parameter ${name} must be an integer.`);
  return parsed.data;
}

/** `limit`: 1..250, default 25 (Confluence's bounds). */
export function limitParam(value: QueryValue): number {
  const limit = intParam('limit', value) ?? 25;
  if (limit < 1 || limit > 250)
    throw confluenceBadRequest('Parameter limit must be between 1 and 250.');
  return limit;
}

/** Ids in paths are int64 numbers in the spec; anything else is a bad request. */
export function idParam(name: string, value: QueryValue): string {
  const v = stringParam(value);
  if (v === undefined || !/^\d{1,18}$/.test(v))
    throw confluenceBadRequest(`Parameter ${name} must be a numeric id.`);
  return String(Number(v));
}
