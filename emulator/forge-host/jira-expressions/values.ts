import type { JiraExpressionTypeName } from './type-reference';
import { JIRA_EXPRESSION_TYPES } from './type-reference';

/** A method of an entity, called with already-evaluated arguments. */
export type EntityMethod = (args: unknown[]) => unknown;

/**
 * Values of the Jira expression language: null, booleans, numbers, strings, lists, maps (plain
 * objects, e.g. `config` or custom field JSON) and typed entities (Issue, User, Project,
 * IssueStatus…). An entity's members are those its type documents (type-reference.ts), each a
 * property or a method: reading a method as a property, calling a property, or using an unknown
 * member is an evaluation error, as in Jira.
 */
export class Entity {
  constructor(
    readonly typeName: JiraExpressionTypeName,
    readonly members: Record<string, unknown>,
    private readonly options: {
      /** The documented methods the local site implements. */
      methods?: Record<string, EntityMethod>;
      /** Members computed on access, e.g. `customfield_10010` of an Issue. */
      dynamicMember?: (name: string) => { found: boolean; value?: unknown };
    } = {},
  ) {
    const documented = JIRA_EXPRESSION_TYPES[typeName];
    for (const name of Object.keys(members)) {
      if (!(documented.properties as readonly string[]).includes(name))
        throw new Error(`The emulator gives ${typeName} an undocumented property '${name}'`);
    }
    for (const name of Object.keys(options.methods ?? {})) {
      if (!(documented.methods as readonly string[]).includes(name))
        throw new Error(`The emulator gives ${typeName} an undocumented method '${name}'`);
    }
  }

  get(name: string): unknown {
    if (Object.prototype.hasOwnProperty.call(this.members, name)) return this.members[name];
    const dyn = this.options.dynamicMember?.(name);
    if (dyn?.found) return dyn.value;
    if (this.documents('methods', name)) {
      throw new ExpressionEvaluationError(
        `'${name}' is a method of type ${this.typeName}, not a property: call ${name}()`,
      );
    }
    throw this.missing(name, 'properties');
  }

  call(name: string, args: unknown[]): unknown {
    const method = this.options.methods?.[name];
    if (method && Object.prototype.hasOwnProperty.call(this.options.methods, name))
      return method(args);
    if (this.documents('properties', name) || this.options.dynamicMember?.(name).found) {
      throw new ExpressionEvaluationError(
        `'${name}' is a property of type ${this.typeName}, not a method: read it without ()`,
      );
    }
    throw this.missing(name, 'methods');
  }

  private documents(kind: 'properties' | 'methods', name: string): boolean {
    return (JIRA_EXPRESSION_TYPES[this.typeName][kind] as readonly string[]).includes(name);
  }

  private missing(name: string, kind: 'properties' | 'methods'): ExpressionEvaluationError {
    if (this.documents(kind, name)) {
      return new ExpressionEvaluationError(
        `${this.typeName}.${name} is documented but not modelled by the local site`,
      );
    }
    return new ExpressionEvaluationError(
      kind === 'properties'
        ? `Unknown member '${name}' of type ${this.typeName}`
        : `Unknown method '${name}' of type ${this.typeName}`,
    );
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
