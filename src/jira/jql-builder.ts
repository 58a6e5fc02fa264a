/**
 * Builds JQL with every value quoted and escaped, so user or issue data can never change the
 * query's meaning. (Tests check the output with Atlassian's own parser, @atlaskit/jql-ast.)
 */
export type JqlClause = string & { readonly __jql: unique symbol };

/** A field reference: a system field name, or a custom field by numeric id (`cf[10010]`). */
export function customField(fieldId: string): string {
  const match = /^customfield_(\d+)$/.exec(fieldId) ?? /^(\d+)$/.exec(fieldId);
  if (!match) throw new Error(`Not a custom field id: ${fieldId}`);
  return `cf[${match[1]}]`;
}

export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

const clause = (text: string): JqlClause => text as JqlClause;

export const jql = {
  eq: (field: string, value: string): JqlClause => clause(`${field} = ${quote(value)}`),
  notEq: (field: string, value: string): JqlClause => clause(`${field} != ${quote(value)}`),
  in: (field: string, values: readonly string[]): JqlClause => {
    if (values.length === 0) throw new Error(`An IN list for ${field} needs at least one value`);
    return clause(`${field} in (${values.map(quote).join(', ')})`);
  },
  notIn: (field: string, values: readonly string[]): JqlClause => {
    if (values.length === 0) throw new Error(`A NOT IN list for ${field} needs at least one value`);
    return clause(`${field} not in (${values.map(quote).join(', ')})`);
  },
  gte: (field: string, value: string): JqlClause => clause(`${field} >= ${quote(value)}`),
  lte: (field: string, value: string): JqlClause => clause(`${field} <= ${quote(value)}`),
  lt: (field: string, value: string): JqlClause => clause(`${field} < ${quote(value)}`),
  gt: (field: string, value: string): JqlClause => clause(`${field} > ${quote(value)}`),
  /** Text search (`~`): Jira matches words, so callers keep the exact matches themselves. */
  contains: (field: string, value: string): JqlClause => clause(`${field} ~ ${quote(value)}`),
  isEmpty: (field: string): JqlClause => clause(`${field} is EMPTY`),
  isNotEmpty: (field: string): JqlClause => clause(`${field} is not EMPTY`),
  /** Issues linked to `issueKey`; with `linkDescription` ("mitigates") only by that link. */
  linkedIssues: (issueKey: string, linkDescription?: string): JqlClause =>
    clause(
      `issue in linkedIssues(${quote(issueKey)}${linkDescription === undefined ? '' : `, ${quote(linkDescription)}`})`,
    ),
  statusCategoryNot: (category: 'new' | 'indeterminate' | 'done'): JqlClause =>
    clause(
      `statusCategory != ${quote(category === 'done' ? 'Done' : category === 'new' ? 'To Do' : 'In Progress')}`,
    ),
  and: (...clauses: (JqlClause | undefined | false)[]): JqlClause =>
    clause(
      clauses
        .filter((c): c is JqlClause => Boolean(c))
        .map((c) => `(${c})`)
        .join(' AND '),
    ),
  or: (...clauses: JqlClause[]): JqlClause => clause(clauses.map((c) => `(${c})`).join(' OR ')),
  orderBy: (where: JqlClause, field: string, direction: 'ASC' | 'DESC' = 'ASC'): string =>
    `${where} ORDER BY ${field} ${direction}`,
};
