import { parseExpression } from './parse';
import { builtinProperty, callMethod, valuesEqual } from './methods';
import { Entity, ExpressionEvaluationError, Lambda, typeOf } from './values';

export type Scope = Record<string, unknown>;

interface Node {
  type: string;
  [k: string]: unknown;
}

/**
 * Evaluates a Jira expression over a context (`issue`, `user`, `project`, `transition`, `config`…)
 * by walking jsep's syntax tree — never `eval` or `new Function`. Anything the local site does not
 * implement (unknown syntax, members or methods) throws an ExpressionEvaluationError.
 */
export function evaluateExpression(expression: string, scope: Scope): unknown {
  const result = evalNode(parseExpression(expression) as Node, scope);
  return result === undefined ? null : result;
}

function num(v: unknown, op: string): number {
  if (typeof v !== 'number')
    throw new ExpressionEvaluationError(`Operator '${op}' needs numbers, got ${typeOf(v)}`);
  return v;
}

function bool(v: unknown, op: string): boolean {
  if (typeof v !== 'boolean')
    throw new ExpressionEvaluationError(`Operator '${op}' needs Booleans, got ${typeOf(v)}`);
  return v;
}

function member(object: unknown, name: string | number, optional: boolean): unknown {
  if (object === null || object === undefined) {
    if (optional) return null;
    throw new ExpressionEvaluationError(`Cannot read '${String(name)}' of null`);
  }
  if (object instanceof Entity) return object.get(String(name));
  const builtin = builtinProperty(object, String(name));
  if (builtin.found) return builtin.value;
  if (Array.isArray(object)) {
    if (typeof name !== 'number')
      throw new ExpressionEvaluationError(`Unknown member '${name}' of List`);
    return object[name] ?? null;
  }
  if (typeof object === 'object' && !(object instanceof Lambda)) {
    // Own keys only: a Map never exposes JavaScript's prototype members (constructor, __proto__…).
    const map = object as Record<string, unknown>;
    return Object.prototype.hasOwnProperty.call(map, String(name))
      ? (map[String(name)] ?? null)
      : null;
  }
  throw new ExpressionEvaluationError(`Unknown member '${String(name)}' of ${typeOf(object)}`);
}

function evalNode(node: Node, scope: Scope): unknown {
  switch (node.type) {
    case 'Literal':
      return node.value as unknown;
    case 'Identifier': {
      const name = node.name as string;
      if (!Object.prototype.hasOwnProperty.call(scope, name)) {
        throw new ExpressionEvaluationError(`Unknown variable '${name}'`);
      }
      return scope[name];
    }
    case 'MemberExpression': {
      const object = evalNode(node.object as Node, scope);
      const prop = node.property as Node;
      const name = node.computed ? evalNode(prop, scope) : (prop.name as string);
      if (typeof name !== 'string' && typeof name !== 'number') {
        throw new ExpressionEvaluationError(
          `A member name must be a String or Number, got ${typeOf(name)}`,
        );
      }
      return member(object, name, node.optional === true);
    }
    case 'CallExpression': {
      const callee = node.callee as Node;
      const args = (node.arguments as Node[]).map((a) => evalNode(a, scope));
      if (callee.type === 'MemberExpression' && !callee.computed) {
        const self = evalNode(callee.object as Node, scope);
        if ((self === null || self === undefined) && callee.optional === true) return null;
        if (self === null || self === undefined) {
          throw new ExpressionEvaluationError(
            `Cannot call '${String((callee.property as Node).name)}' on null`,
          );
        }
        return callMethod(self, (callee.property as Node).name as string, args);
      }
      const target = evalNode(callee, scope);
      if (target instanceof Lambda) return target.call(args);
      throw new ExpressionEvaluationError(`${typeOf(target)} is not a function`);
    }
    case 'ArrowFunctionExpression': {
      const params = ((node.params as Node[] | null) ?? []).map((p) => {
        if (p.type !== 'Identifier')
          throw new ExpressionEvaluationError('Arrow function parameters must be names');
        return p.name as string;
      });
      const body = node.body as Node;
      return new Lambda((args) => {
        const inner: Scope = { ...scope };
        params.forEach((p, i) => {
          inner[p] = args[i] ?? null;
        });
        return evalNode(body, inner);
      });
    }
    case 'UnaryExpression': {
      const v = evalNode(node.argument as Node, scope);
      if (node.operator === '!') return !bool(v, '!');
      if (node.operator === '-') return -num(v, '-');
      if (node.operator === '+') return num(v, '+');
      throw new ExpressionEvaluationError(`Unsupported operator '${String(node.operator)}'`);
    }
    case 'BinaryExpression':
      return binary(node, scope);
    case 'ConditionalExpression':
      return bool(evalNode(node.test as Node, scope), '?:')
        ? evalNode(node.consequent as Node, scope)
        : evalNode(node.alternate as Node, scope);
    case 'ArrayExpression':
      return (node.elements as (Node | null)[]).map((e) => (e ? evalNode(e, scope) : null));
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {};
      for (const p of node.properties as Node[]) {
        if (p.type !== 'Property')
          throw new ExpressionEvaluationError(`Unsupported object member ${p.type}`);
        const key = p.key as Node;
        const name = p.computed
          ? String(evalNode(key, scope))
          : ((key.name as string | undefined) ?? String(key.value));
        out[name] = p.shorthand ? evalNode(key, scope) : evalNode(p.value as Node, scope);
      }
      return out;
    }
    case 'TemplateLiteral': {
      const quasis = node.quasis as Node[];
      const exprs = node.expressions as Node[];
      let s = '';
      quasis.forEach((q, i) => {
        s += (q.value as { cooked: string }).cooked;
        if (i < exprs.length) s += stringify(evalNode(exprs[i] as Node, scope));
      });
      return s;
    }
    default:
      throw new ExpressionEvaluationError(
        node.type === 'Compound'
          ? 'Unsupported syntax: more than one expression (statements, `new`, `;`) is not supported by the local site'
          : `Unsupported expression syntax: ${node.type}`,
      );
  }
}

function stringify(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'object') return JSON.stringify(v instanceof Entity ? v.members : v);
  return String(v);
}

function binary(node: Node, scope: Scope): unknown {
  const op = node.operator as string;
  const left = (): unknown => evalNode(node.left as Node, scope);
  const right = (): unknown => evalNode(node.right as Node, scope);
  switch (op) {
    case '&&':
      return bool(left(), op) ? bool(right(), op) : false;
    case '||':
      return bool(left(), op) ? true : bool(right(), op);
    case '??': {
      const l = left();
      return l === null || l === undefined ? right() : l;
    }
    case '==':
    case '===':
      return valuesEqual(left(), right());
    case '!=':
    case '!==':
      return !valuesEqual(left(), right());
    case '+': {
      const l = left();
      const r = right();
      if (typeof l === 'string' || typeof r === 'string') return stringify(l) + stringify(r);
      return num(l, op) + num(r, op);
    }
    case '-':
      return num(left(), op) - num(right(), op);
    case '*':
      return num(left(), op) * num(right(), op);
    case '/':
      return num(left(), op) / num(right(), op);
    case '%':
      return num(left(), op) % num(right(), op);
    case '<':
    case '>':
    case '<=':
    case '>=': {
      const l = left();
      const r = right();
      if (!(
        (typeof l === 'number' && typeof r === 'number') ||
        (typeof l === 'string' && typeof r === 'string')
      )) {
        throw new ExpressionEvaluationError(
          `Operator '${op}' needs two Numbers or two Strings, got ${typeOf(l)} and ${typeOf(r)}`,
        );
      }
      return op === '<' ? l < r : op === '>' ? l > r : op === '<=' ? l <= r : l >= r;
    }
    default:
      throw new ExpressionEvaluationError(`Unsupported operator '${op}'`);
  }
}
