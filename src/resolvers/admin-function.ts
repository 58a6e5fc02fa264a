import type Resolver from '@forge/resolver';
import type { z } from 'zod';
import { requireJiraAdmin } from '../authorization/jira-admin';
import { jiraAsUser } from '../jira/forge-clients';
import type { ResolverContext } from './resolver-outcome';
import { defineValidated } from './resolver-outcome';

const definedKeys = new WeakMap<Resolver, string[]>();

/** The keys of the admin functions defined on `resolver`, in order. */
export const adminFunctionKeys = (resolver: Resolver): readonly string[] =>
  definedKeys.get(resolver) ?? [];

/**
 * Defines a function of the admin page: Jira administrators only, checked as the caller before the
 * function runs (fails closed), then the payload is validated as for every resolver function.
 * `what` finishes "Only Jira administrators can …".
 */
export function defineAdminFunction<S extends z.ZodType, R>(
  resolver: Resolver,
  functionKey: string,
  what: string,
  schema: S,
  run: (payload: z.infer<S>, context: ResolverContext) => Promise<R>,
): void {
  defineValidated(resolver, functionKey, schema, run, () => requireJiraAdmin(jiraAsUser(), what));
  definedKeys.set(resolver, [...adminFunctionKeys(resolver), functionKey]);
}
