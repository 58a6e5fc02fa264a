import { Entity, ExpressionEvaluationError, Lambda, typeOf } from './values';

type Method = (self: never, args: unknown[]) => unknown;

function fn(v: unknown, method: string): Lambda {
  if (!(v instanceof Lambda))
    throw new ExpressionEvaluationError(`${method} expects a function argument, got ${typeOf(v)}`);
  return v;
}

function truthy(v: unknown, method: string): boolean {
  if (typeof v !== 'boolean')
    throw new ExpressionEvaluationError(
      `The function given to ${method} must return a Boolean, got ${typeOf(v)}`,
    );
  return v;
}

export function valuesEqual(a: unknown, b: unknown): boolean {
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  if (a instanceof Entity && b instanceof Entity) {
    const idA = a.members.id ?? a.members.key ?? a.members.accountId;
    const idB = b.members.id ?? b.members.key ?? b.members.accountId;
    return a.typeName === b.typeName && idA !== undefined && idA === idB;
  }
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => valuesEqual(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object')
    return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

const LIST_METHODS: Record<string, Method> = {
  includes: (self: unknown[], [x]) => self.some((v) => valuesEqual(v, x)),
  indexOf: (self: unknown[], [x]) => self.findIndex((v) => valuesEqual(v, x)),
  some: (self: unknown[], [f]) => self.some((v) => truthy(fn(f, 'some').call([v]), 'some')),
  every: (self: unknown[], [f]) => self.every((v) => truthy(fn(f, 'every').call([v]), 'every')),
  filter: (self: unknown[], [f]) => self.filter((v) => truthy(fn(f, 'filter').call([v]), 'filter')),
  map: (self: unknown[], [f]) => self.map((v) => fn(f, 'map').call([v])),
  flatMap: (self: unknown[], [f]) => self.flatMap((v) => fn(f, 'flatMap').call([v]) as unknown[]),
  flatten: (self: unknown[]) => self.flat(),
  reduce: (self: unknown[], [f, init]) =>
    self.reduce((acc, v) => fn(f, 'reduce').call([acc, v]), init),
  slice: (self: unknown[], [a, b]) => self.slice(a as number, b as number | undefined),
  concat: (self: unknown[], [other]) => self.concat(other as unknown[]),
  join: (self: unknown[], [sep]) => self.join(sep as string),
  reverse: (self: unknown[]) => [...self].reverse(),
  first: (self: unknown[]) => self[0] ?? null,
  last: (self: unknown[]) => self[self.length - 1] ?? null,
};

const STRING_METHODS: Record<string, Method> = {
  includes: (self: string, [x]) => self.includes(String(x)),
  startsWith: (self: string, [x]) => self.startsWith(String(x)),
  endsWith: (self: string, [x]) => self.endsWith(String(x)),
  indexOf: (self: string, [x]) => self.indexOf(String(x)),
  toLowerCase: (self: string) => self.toLowerCase(),
  toUpperCase: (self: string) => self.toUpperCase(),
  trim: (self: string) => self.trim(),
  split: (self: string, [sep]) => self.split(String(sep)),
  substring: (self: string, [a, b]) => self.substring(a as number, b as number | undefined),
  slice: (self: string, [a, b]) => self.slice(a as number, b as number | undefined),
  replace: (self: string, [a, b]) => self.split(String(a)).join(String(b)),
  match: () => {
    throw new ExpressionEvaluationError(
      'String.match (regular expressions) is not supported by the local site',
    );
  },
};

const NUMBER_METHODS: Record<string, Method> = {
  toString: (self: number) => String(self),
};

/** Calls `method` on `self` with already-evaluated arguments. Unsupported methods fail loudly. */
export function callMethod(self: unknown, method: string, args: unknown[]): unknown {
  const table = Array.isArray(self)
    ? LIST_METHODS
    : typeof self === 'string'
      ? STRING_METHODS
      : typeof self === 'number'
        ? NUMBER_METHODS
        : undefined;
  const impl =
    table && Object.prototype.hasOwnProperty.call(table, method) ? table[method] : undefined;
  if (impl) return impl(self as never, args);
  if (self instanceof Entity) return self.call(method, args);
  if (
    self !== null &&
    typeof self === 'object' &&
    !Array.isArray(self) &&
    !(self instanceof Entity)
  ) {
    const map = self as Record<string, unknown>;
    if (method === 'get')
      return Object.prototype.hasOwnProperty.call(map, String(args[0]))
        ? (map[String(args[0])] ?? null)
        : null;
    if (method === 'keys') return Object.keys(map);
    if (method === 'values') return Object.values(map);
    if (method === 'entries') return Object.entries(map);
  }
  throw new ExpressionEvaluationError(`Unsupported method '${method}' on ${typeOf(self)}`);
}

/** Properties of built-in types (`list.length`, `string.length`). */
export function builtinProperty(self: unknown, name: string): { found: boolean; value?: unknown } {
  if ((Array.isArray(self) || typeof self === 'string') && name === 'length')
    return { found: true, value: self.length };
  return { found: false };
}
