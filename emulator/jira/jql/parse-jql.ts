import { JastBuilder, JQLSyntaxError, RESERVED_WORDS } from '@atlaskit/jql-ast';
import type { Query } from '@atlaskit/jql-ast';
import { JqlError } from './jql-error';

/**
 * Parses JQL with Atlassian's own grammar (@atlaskit/jql-ast over @atlaskit/jql-parser's ANTLR
 * parser). Returns undefined for an empty query. Syntax errors become Jira's 400 message
 * `Error in the JQL Query: <detail> (line L, character C)` (character 1-based, as Jira counts);
 * an unquoted reserved word gets Jira's own explanation.
 */
export function parseJql(jql: string): Query | undefined {
  if (jql.trim() === '') return undefined;
  const parsed = cached(jql);
  if (typeof parsed === 'string') throw new JqlError(parsed);
  return parsed;
}

/**
 * ANTLR parsing costs several milliseconds per query, and clients repeat the same JQL (paging
 * with nextPageToken, polling), so the last results are kept; the engine never mutates an AST.
 */
const CACHE_SIZE = 200;
const cache = new Map<string, Query | string>();

function cached(jql: string): Query | string {
  const hit = cache.get(jql);
  if (hit !== undefined) {
    cache.delete(jql);
    cache.set(jql, hit);
    return hit;
  }
  const jast = new JastBuilder().build(jql);
  const [first] = jast.errors;
  const result = first ? syntaxMessage(first, jql) : jast.query;
  if (result === undefined) return `Error in the JQL Query: the query could not be parsed.`;
  cache.set(jql, result);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
  return result;
}

function syntaxMessage(error: Error, jql: string): string {
  if (!(error instanceof JQLSyntaxError)) return `Error in the JQL Query: ${error.message}`;
  const where = `(line ${error.line}, character ${error.charPositionInLine + 1})`;
  const token = jql.slice(error.start, error.stop + 1);
  if (RESERVED_WORDS.has(token.toLowerCase())) {
    return `Error in the JQL Query: '${token}' is a reserved JQL word. You must surround it in quotation marks to use it in a query. ${where}`;
  }
  const detail = error.message
    .replace(/'<EOF>'/g, 'the end of the query')
    .replace(/<EOF>/g, 'end of query');
  return `Error in the JQL Query: ${detail} ${where}`;
}
