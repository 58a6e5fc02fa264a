import jsep from 'jsep';
import type { Expression } from 'jsep';
import arrow from '@jsep-plugin/arrow';
import template from '@jsep-plugin/template';
import object from '@jsep-plugin/object';

jsep.plugins.register(arrow, template, object);

const cache = new Map<string, Expression>();

/** Jira expression syntax error, with the parser's position. */
export class ExpressionSyntaxError extends Error {
  constructor(expression: string, cause: string) {
    super(`Jira expression could not be parsed: ${cause} (in: ${expression})`);
    this.name = 'ExpressionSyntaxError';
  }
}

/** Parses a Jira expression with jsep (plus arrow functions, template literals and object literals). */
export function parseExpression(expression: string): Expression {
  const cached = cache.get(expression);
  if (cached) return cached;
  let ast: Expression;
  try {
    ast = jsep(expression);
  } catch (err) {
    throw new ExpressionSyntaxError(expression, err instanceof Error ? err.message : String(err));
  }
  cache.set(expression, ast);
  return ast;
}
