import type { Route } from '@forge/api';
import { z } from 'zod';
import type { ProductClient } from './product-client';

/**
 * Every item of a Jira PageBean list (`{values, isLast, startAt, …}`), page after page: `pageAt`
 * builds the request for a start index (with its other parameters, e.g. a name filter).
 */
export async function allPages<T>(
  jira: ProductClient,
  pageAt: (startAt: string) => Route,
  item: z.ZodType<T>,
): Promise<T[]> {
  const schema = z.object({ values: z.array(item).default([]), isLast: z.boolean().optional() });
  const out: T[] = [];
  for (;;) {
    const page = await jira.get(pageAt(String(out.length)), schema);
    out.push(...page.values);
    if (page.isLast !== false || page.values.length === 0) return out;
  }
}
