import type { Operand } from '@atlaskit/jql-ast';
import { evaluateDateFunction, isDateFunction } from './jql-dates';
import { JqlError, unsupportedFeature } from './jql-error';
import type { JqlEnvironment, JqlFieldRef } from './types';

/**
 * One value on the right of an operator, after functions are evaluated:
 * - `value`: a literal as typed (quotes removed);
 * - `empty`: the EMPTY / NULL keyword;
 * - `instant`: a date function's result (ms);
 * - `user`: currentUser() (accountId undefined when anonymous);
 * - `issues`: the ids an issue function returned (linkedIssues).
 */
export type Term =
  | { type: 'value'; text: string }
  | { type: 'empty' }
  | { type: 'instant'; ms: number; fn: string }
  | { type: 'user'; accountId: string | undefined; fn: string }
  | { type: 'issues'; ids: ReadonlySet<string>; fn: string };

const argumentCount = (fn: string, min: number, max: number, got: number): JqlError =>
  new JqlError(
    `Function '${fn}' expected between '${min}' and '${max}' arguments but received '${got}'.`,
  );

export function operandTerms(operand: Operand, field: JqlFieldRef, env: JqlEnvironment): Term[] {
  switch (operand.operandType) {
    case 'list':
      return operand.values.flatMap((value) => operandTerms(value, field, env));
    case 'keyword':
      return [{ type: 'empty' }];
    case 'value':
      return [{ type: 'value', text: operand.value }];
    case 'function':
      return [
        functionTerm(
          operand.function.value,
          operand.arguments.map((a) => a.value),
          field,
          env,
        ),
      ];
  }
}

function functionTerm(fn: string, args: string[], field: JqlFieldRef, env: JqlEnvironment): Term {
  const name = fn.toLowerCase();
  if (name === 'currentuser') {
    if (args.length > 0) throw argumentCount(fn, 0, 0, args.length);
    requireKinds(fn, field, ['user']);
    return { type: 'user', accountId: env.currentAccountId, fn };
  }
  if (isDateFunction(name)) {
    if (args.length > 1) throw argumentCount(fn, 0, 1, args.length);
    requireKinds(fn, field, ['date', 'datetime']);
    const ms = evaluateDateFunction(name, args[0], env.now(), env.timeZoneOffsetMinutes ?? 0);
    if (ms === undefined) {
      throw new JqlError(`Function '${fn}' has an invalid increment '${args[0] ?? ''}'.`);
    }
    return { type: 'instant', ms, fn };
  }
  if (name === 'linkedissues') {
    if (args.length < 1 || args.length > 2) throw argumentCount(fn, 1, 2, args.length);
    requireKinds(fn, field, ['issuekey', 'issue']);
    const [issue = '', linkType] = args;
    const ids = env.linkedIssueIds(issue, linkType);
    if (!ids) {
      throw new JqlError(
        `Issue '${issue}' could not be found in function '${fn}'. The issue does not exist or you do not have permission to view it.`,
      );
    }
    return { type: 'issues', ids, fn };
  }
  // Any other Jira function (membersOf, issueHistory, openSprints, …) is not emulated.
  throw unsupportedFeature(`function '${fn}'`);
}

function requireKinds(fn: string, field: JqlFieldRef, kinds: JqlFieldRef['kind'][]): void {
  if (!kinds.includes(field.kind)) {
    throw new JqlError(
      `A value provided by the function '${fn}' is invalid for the field '${field.name}'.`,
    );
  }
}

export const describeTerm = (term: Term): string => {
  switch (term.type) {
    case 'value':
      return term.text;
    case 'empty':
      return 'EMPTY';
    default:
      return `${term.fn}()`;
  }
};
