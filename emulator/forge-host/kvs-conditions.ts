/** A condition of a KVS entity query or transaction (`FilterConditions` / `WhereConditions` of @forge/kvs). */
export interface KvsCondition {
  condition: string;
  property?: string;
  values: unknown[];
}

type Scalar = string | number | boolean;

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Evaluates one condition against a value (undefined when the attribute is absent). */
export function matchesCondition(value: unknown, c: KvsCondition): boolean {
  const [first, second] = c.values as [Scalar, Scalar];
  switch (c.condition) {
    case 'EXISTS':
      return value !== undefined && value !== null;
    case 'NOT_EXISTS':
      return value === undefined || value === null;
    case 'EQUAL_TO':
      return value === first;
    case 'NOT_EQUAL_TO':
      return value !== first;
    case 'BEGINS_WITH':
      return typeof value === 'string' && value.startsWith(String(first));
    case 'CONTAINS':
      return Array.isArray(value)
        ? value.includes(first)
        : typeof value === 'string' && value.includes(String(first));
    case 'NOT_CONTAINS':
      return Array.isArray(value)
        ? !value.includes(first)
        : typeof value === 'string' && !value.includes(String(first));
    case 'GREATER_THAN':
      return value !== undefined && compare(value, first) > 0;
    case 'GREATER_THAN_EQUAL_TO':
      return value !== undefined && compare(value, first) >= 0;
    case 'LESS_THAN':
      return value !== undefined && compare(value, first) < 0;
    case 'LESS_THAN_EQUAL_TO':
      return value !== undefined && compare(value, first) <= 0;
    case 'BETWEEN':
      return value !== undefined && compare(value, first) >= 0 && compare(value, second) <= 0;
    default:
      throw new KvsRequestError(400, 'INVALID_CONDITION', `Unsupported condition '${c.condition}'`);
  }
}

/** `{ and: [...] }` or `{ or: [...] }` over the attributes of an entity value. */
export function matchesFilters(
  value: Record<string, unknown> | undefined,
  filters: { and?: KvsCondition[]; or?: KvsCondition[] } | undefined,
): boolean {
  if (!filters) return true;
  const attr = (c: KvsCondition): unknown => (value ? value[c.property ?? ''] : undefined);
  if (filters.and) return filters.and.every((c) => matchesCondition(attr(c), c));
  if (filters.or) return filters.or.some((c) => matchesCondition(attr(c), c));
  return true;
}

/** An error the KVS endpoint answers with `{ code, message }` (what @forge/kvs turns into ForgeKvsAPIError). */
export class KvsRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
