/**
 * Applies changes to a select field's options in its context (Jira's custom field option API:
 * `PUT` renames or disables, `POST` adds; options are never deleted, so issues keep their value).
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductClient } from './product-client';

export interface FieldOptionChanges {
  readonly create: readonly string[];
  readonly update: readonly { id: string; value?: string; disabled?: boolean }[];
}

export async function applyOptionChanges(
  client: ProductClient,
  field: { fieldId: string; contextId: string },
  changes: FieldOptionChanges,
): Promise<void> {
  const path = route`/rest/api/3/field/${field.fieldId}/context/${field.contextId}/option`;
  // Renames first: a rename may free a label that a later option takes.
  if (changes.update.length > 0) await client.put(path, { options: changes.update }, z.unknown());
  if (changes.create.length > 0)
    await client.post(path, { options: changes.create.map((value) => ({ value })) }, z.unknown());
}
