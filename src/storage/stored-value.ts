import { kvs } from '@forge/kvs';
import type { z } from 'zod';
import { zodIssueLines } from '../domain/refusal';

/** A KVS value that did not match its schema when read back: never used, always reported. */
export class InvalidStoredValueError extends Error {
  constructor(
    readonly key: string,
    details: string,
  ) {
    super(`The stored value '${key}' is not valid: ${details}`);
  }
}

/** A value read back from storage, checked against its schema (absent stays undefined). */
export function checkStored<T>(
  key: string,
  schema: z.ZodType<T>,
  raw: unknown,
  root = 'value',
): T | undefined {
  if (raw === undefined || raw === null) return undefined;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new InvalidStoredValueError(key, zodIssueLines(parsed.error, { root }).join('; '));
  }
  return parsed.data;
}

/** Reads a KVS value and validates it; undefined when absent. */
export async function readStored<T>(key: string, schema: z.ZodType<T>): Promise<T | undefined> {
  return checkStored(key, schema, await kvs.get<unknown>(key));
}

/** Validates before writing: nothing invalid ever reaches storage. */
export async function writeStored<T>(key: string, schema: z.ZodType<T>, value: T): Promise<T> {
  const parsed = schema.parse(value);
  await kvs.set(key, parsed);
  return parsed;
}

export async function deleteStored(key: string): Promise<void> {
  await kvs.delete(key);
}
