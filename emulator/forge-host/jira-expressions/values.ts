/**
 * Values of the Jira expression language: null, booleans, numbers, strings, lists, maps (plain
 * objects, e.g. `config` or custom field JSON) and typed entities (Issue, User, Project, Status…),
 * whose members are fixed: reading an unknown member of an entity is an error, as in Jira.
 */
export class Entity {
  constructor(
    readonly typeName: string,
    readonly members: Record<string, unknown>,
    /** Members computed on access, e.g. `customfield_10010` of an Issue. */
    readonly dynamicMember?: (name: string) => { found: boolean; value?: unknown },
  ) {}

  get(name: string): unknown {
    if (Object.prototype.hasOwnProperty.call(this.members, name)) return this.members[name];
    const dyn = this.dynamicMember?.(name);
    if (dyn?.found) return dyn.value;
    throw new ExpressionEvaluationError(`Unknown member '${name}' of type ${this.typeName}`);
  }
}

export class Lambda {
  constructor(readonly call: (args: unknown[]) => unknown) {}
}

export class ExpressionEvaluationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExpressionEvaluationError';
  }
}

export function typeOf(v: unknown): string {
  if (v === null || v === undefined) return 'Null';
  if (v instanceof Entity) return v.typeName;
  if (v instanceof Lambda) return 'Function';
  if (Array.isArray(v)) return 'List';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'Number';
  if (typeof v === 'boolean') return 'Boolean';
  return 'Map';
}
