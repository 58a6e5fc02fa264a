import { compileClause } from './compile-clause';
import { compileOrderBy, orderComparator } from './order-by';
import { parseJql } from './parse-jql';
import { TEXT_SYSTEM_FIELD_IDS } from './system-fields';
import type { CompiledJql, JqlEnvironment } from './types';

/**
 * Parses and resolves `jql` against `env` (see ./types.ts for the contract). Throws JqlError
 * (a 400 JiraError with Jira's messages) for any syntax error, unknown field or value,
 * unsupported operator or function.
 */
export function compileJql(jql: string, env: JqlEnvironment): CompiledJql {
  const query = parseJql(jql);
  const textFieldIds = [...TEXT_SYSTEM_FIELD_IDS, ...env.textSearchFieldIds()];
  const fieldsUsed = new Set<string>();
  const where = query?.where
    ? compileClause(query.where, { env, textFieldIds, fieldsUsed })
    : undefined;
  const orderTerms = compileOrderBy(query?.orderBy ?? undefined, env);
  for (const term of orderTerms) if (term.fieldId !== 'issuekey') fieldsUsed.add(term.fieldId);
  return {
    matches: where ?? (() => true),
    compare: orderComparator(orderTerms),
    fieldsUsed: [...fieldsUsed],
    hasWhereClause: where !== undefined,
    orderBy: orderTerms.map(({ fieldId, direction }) => ({ fieldId, direction })),
  };
}
