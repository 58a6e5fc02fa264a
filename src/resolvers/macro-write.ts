import type Resolver from '@forge/resolver';
import type { z } from 'zod';
import { requireMacroWrite } from '../authorization/macro-write-guard';
import type { MacroWriteKey } from '../domain/authorization';
import { confluenceAsUser, jiraAsUser } from '../jira/forge-clients';
import { parseMacroContext } from '../macros/macro-context';
import type { ResolverContext } from './resolver-outcome';
import { defineValidated } from './resolver-outcome';

const definedWrites = new WeakMap<Resolver, Map<string, MacroWriteKey>>();

/** The write functions defined on a macro's resolver, with the write each one is checked as. */
export const macroWriteFunctions = (resolver: Resolver): ReadonlyMap<string, MacroWriteKey> =>
  definedWrites.get(resolver) ?? new Map();

/**
 * Defines a function of a macro that changes a record: before anything else, the caller's AIMS
 * role must allow `write` and Confluence must let them edit the page the macro is on (both read
 * as them; src/authorization/macro-write-guard.ts). The page is the one in the Forge extension
 * context, never one named in the payload.
 */
export function defineMacroWrite<S extends z.ZodType, R>(
  resolver: Resolver,
  functionKey: string,
  macroName: string,
  write: MacroWriteKey,
  schema: S,
  run: (payload: z.infer<S>, context: ResolverContext) => Promise<R>,
): void {
  defineValidated(resolver, functionKey, schema, run, (context) =>
    requireMacroWrite(
      {
        pageId: parseMacroContext(context, macroName).pageId,
        jira: jiraAsUser(),
        confluence: confluenceAsUser(),
      },
      write,
    ),
  );
  const writes = definedWrites.get(resolver) ?? new Map<string, MacroWriteKey>();
  writes.set(functionKey, write);
  definedWrites.set(resolver, writes);
}
