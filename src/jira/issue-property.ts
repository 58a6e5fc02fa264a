import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductClient } from './product-client';
import { ProductApiError } from './product-client';

/** An issue property's value, validated; undefined when the issue has no such property. */
export async function readIssueProperty<T>(
  client: ProductClient,
  issueKey: string,
  propertyKey: string,
  schema: z.ZodType<T>,
): Promise<T | undefined> {
  try {
    const res = await client.get(
      route`/rest/api/3/issue/${issueKey}/properties/${propertyKey}`,
      z.object({ key: z.string(), value: z.unknown() }),
    );
    const parsed = schema.safeParse(res.value);
    return parsed.success ? parsed.data : undefined;
  } catch (err) {
    if (err instanceof ProductApiError && err.status === 404) return undefined;
    throw err;
  }
}

export async function writeIssueProperty<T>(
  client: ProductClient,
  issueKey: string,
  propertyKey: string,
  value: T,
): Promise<void> {
  await client.sendNoContent(
    route`/rest/api/3/issue/${issueKey}/properties/${propertyKey}`,
    'PUT',
    value,
  );
}
