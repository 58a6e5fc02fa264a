/**
 * The copy of the scope and context a management review keeps when it is recorded as held: the
 * content as it was then, where it came from, and its hash. The next review compares the scope
 * and context with this copy (its inputs 9.3.2 b and c); a copy that no longer matches its hash,
 * or the hash the held review recorded, is never used.
 */
import { z } from 'zod';
import { CONTENT_HASH_PATTERN } from '../integrity/content-hash-pattern';
import { formatValidationError } from '../records/format-validation-error';
import { scopeContextSchema } from './scope-context';
import type { ScopeContext } from './scope-context';
import { scopeContentHash } from './scope-context-rules';

export const SCOPE_SNAPSHOT_FORMAT = 'aims.scope-context.snapshot.v1';

/** Where the copied scope and context came from. */
export const scopeSourceSchema = z.object({
  pageId: z.string().regex(/^\d+$/),
  title: z.string(),
  revision: z.number().int().min(1),
  contentHash: z.string().regex(CONTENT_HASH_PATTERN),
});
export type ScopeSource = z.infer<typeof scopeSourceSchema>;

export const scopeContextSnapshotSchema = z.object({
  format: z.literal(SCOPE_SNAPSHOT_FORMAT),
  source: scopeSourceSchema,
  content: scopeContextSchema,
});
export type ScopeContextSnapshot = z.infer<typeof scopeContextSnapshotSchema>;

export function scopeContextSnapshot(
  source: Omit<ScopeSource, 'contentHash'>,
  content: ScopeContext,
): ScopeContextSnapshot {
  return scopeContextSnapshotSchema.parse({
    format: SCOPE_SNAPSHOT_FORMAT,
    source: { ...source, contentHash: scopeContentHash(content) },
    content,
  });
}

export type SnapshotCheck =
  | { readonly valid: true; readonly snapshot: ScopeContextSnapshot }
  | { readonly valid: false; readonly problems: readonly string[] };

/**
 * Checks a stored copy: its shape, its content against its hash, and that hash against the one
 * the held review recorded (`expectedHash`).
 */
export function checkScopeContextSnapshot(raw: unknown, expectedHash: string): SnapshotCheck {
  const parsed = scopeContextSnapshotSchema.safeParse(raw);
  if (!parsed.success) return { valid: false, problems: formatValidationError(parsed.error) };
  const snapshot = parsed.data;
  if (
    scopeContentHash(snapshot.content) !== snapshot.source.contentHash ||
    snapshot.source.contentHash !== expectedHash
  ) {
    return {
      valid: false,
      problems: [
        'The copy of the scope and context kept with the previous review was changed after it was recorded (its hash does not match)',
      ],
    };
  }
  return { valid: true, snapshot };
}
