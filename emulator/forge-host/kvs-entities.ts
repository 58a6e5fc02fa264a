import type { KvsCondition } from './kvs-conditions';
import { KvsRequestError, matchesCondition, matchesFilters } from './kvs-conditions';
import type { EntityDefinition } from './manifest';

/** An index of a custom entity: partition attributes and one range attribute. */
export interface EntityIndex {
  name: string;
  range: string[];
  partition: string[];
}

export interface EntityQuery {
  entityName: string;
  indexName: string;
  partition?: unknown[];
  range?: KvsCondition;
  filters?: { and?: KvsCondition[]; or?: KvsCondition[] };
  sort?: 'ASC' | 'DESC';
  limit?: number;
  cursor?: string;
}

function attributeAccepts(type: string, v: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof v === 'string';
    case 'boolean':
      return typeof v === 'boolean';
    case 'integer':
      return Number.isInteger(v);
    case 'float':
      return typeof v === 'number';
    default:
      return true;
  }
}

/** The custom entities of manifest.yml (`app.storage.entities`): their values and indexes. */
export class EntitySchemas {
  private readonly entities: Map<string, EntityDefinition>;

  constructor(entities: EntityDefinition[]) {
    this.entities = new Map(entities.map((e) => [e.name, e]));
  }

  definition(name: string): EntityDefinition {
    const e = this.entities.get(name);
    if (!e)
      throw new KvsRequestError(
        400,
        'ENTITY_NOT_FOUND',
        `No entity '${name}' is defined in manifest.yml (app.storage.entities)`,
      );
    return e;
  }

  index(entity: EntityDefinition, name: string): EntityIndex {
    for (const idx of entity.indexes ?? []) {
      if (typeof idx === 'string' && idx === name) return { name, range: [idx], partition: [] };
      if (typeof idx !== 'string' && idx.name === name)
        return { name, range: idx.range, partition: idx.partition ?? [] };
    }
    throw new KvsRequestError(
      400,
      'INDEX_NOT_FOUND',
      `Entity '${entity.name}' has no index '${name}'`,
    );
  }

  /** An entity value is an object of the entity's attributes, each of its declared type. */
  checkValue(name: string, value: unknown): void {
    const entity = this.definition(name);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new KvsRequestError(
        400,
        'INVALID_VALUE',
        `A value of entity '${entity.name}' must be an object`,
      );
    }
    for (const [attr, v] of Object.entries(value)) {
      const def = entity.attributes[attr];
      if (!def)
        throw new KvsRequestError(
          400,
          'INVALID_VALUE',
          `Entity '${entity.name}' has no attribute '${attr}'`,
        );
      if (!attributeAccepts(def.type, v)) {
        throw new KvsRequestError(
          400,
          'INVALID_VALUE',
          `Attribute '${attr}' of entity '${entity.name}' must be of type ${def.type}`,
        );
      }
    }
  }
}

/**
 * The items of an index query in index order: those in the partition with a range value, within
 * the range condition and the filters, sorted by the range attribute (then key), DESC reversed.
 */
export function indexOrder<T extends { key: string; value: unknown }>(
  items: T[],
  index: EntityIndex,
  q: Pick<EntityQuery, 'partition' | 'range' | 'filters' | 'sort'>,
): T[] {
  const partition = q.partition ?? [];
  const rangeAttr = index.range[0] ?? '';
  const ordered = items
    .filter((item) => {
      const v = item.value as Record<string, unknown>;
      if (!index.partition.every((attr, i) => v[attr] === partition[i])) return false;
      if (v[rangeAttr] === undefined) return false;
      if (q.range && !matchesCondition(v[rangeAttr], q.range)) return false;
      return matchesFilters(v, q.filters);
    })
    .sort((a, b) => {
      const x = (a.value as Record<string, unknown>)[rangeAttr];
      const y = (b.value as Record<string, unknown>)[rangeAttr];
      const c =
        typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return c !== 0 ? c : a.key.localeCompare(b.key);
    });
  if (q.sort === 'DESC') ordered.reverse();
  return ordered;
}
