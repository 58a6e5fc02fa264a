import type Resolver from '@forge/resolver';
import type { z } from 'zod';
import { requirePageWrite } from '../authorization/role-guard';
import type { PageWriteKey } from '../domain/authorization';
import { jiraAsUser } from '../jira/forge-clients';
import type { ResolverContext } from './resolver-outcome';
import { defineValidated } from './resolver-outcome';

const definedWrites = new WeakMap<Resolver, Map<string, PageWriteKey>>();

/** The write functions defined on a Jira page's resolver, with the write each one is checked as. */
export const pageWriteFunctions = (resolver: Resolver): ReadonlyMap<string, PageWriteKey> =>
  definedWrites.get(resolver) ?? new Map();

/**
 * Defines a function of a Jira page (not a macro) that changes a record: before anything else,
 * the caller's AIMS role, read as them, must allow `write` (src/authorization/role-guard.ts).
 */
export function definePageWrite<S extends z.ZodType, R>(
  resolver: Resolver,
  functionKey: string,
  write: PageWriteKey,
  schema: S,
  run: (payload: z.infer<S>, context: ResolverContext) => Promise<R>,
): void {
  defineValidated(resolver, functionKey, schema, run, () => requirePageWrite(jiraAsUser(), write));
  const writes = definedWrites.get(resolver) ?? new Map<string, PageWriteKey>();
  writes.set(functionKey, write);
  definedWrites.set(resolver, writes);
}
