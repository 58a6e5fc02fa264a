/**
 * The scope and context as the macro keeps it beside its page (a Confluence content property):
 * the content, a revision number that counts every change (so a change made from an outdated
 * screen is refused), and who made the last change when.
 */
import { z } from 'zod';
import { accountId, isoDateTime, wholeNumber } from '../records/record-fields';
import { scopeContextSchema } from './scope-context';

export const scopeContextRecordSchema = z.object({
  schemaVersion: z.literal(1),
  revision: wholeNumber('Revision', 1, Number.MAX_SAFE_INTEGER),
  updatedAt: isoDateTime('Changed at'),
  updatedByAccountId: accountId('Changed by'),
  content: scopeContextSchema,
});
export type ScopeContextRecord = z.infer<typeof scopeContextRecordSchema>;

/**
 * The most the record may take as JSON: a content property holds 32 KB, and the management
 * review keeps a copy of it beside its own record.
 */
export const MAX_SCOPE_RECORD_BYTES = 28_000;
