/**
 * Changing the scope and context (4.1–4.3): only the document owner changes it, from the revision
 * they looked at; the content is checked entry by entry (an exclusion needs its justification,
 * climate change needs a yes-or-no decision with a note, …) and nothing is kept when it is not
 * valid. A change reopens an approved document as a draft: its approval bound the content it saw.
 */
import { contentHash } from '../integrity/canonical-hash';
import { formatValidationError } from '../records/format-validation-error';
import { Refusal } from '../refusal';
import { currentEntry } from '../document-control/control-record';
import type { ScopeChange, ScopeControlRecord } from './scope-control';
import { scopeControlRules } from './scope-control';
import type { ScopeContext } from './scope-context';
import { scopeContextSchema } from './scope-context';
import type { ScopeContextRecord } from './scope-context-record';
import { MAX_SCOPE_RECORD_BYTES, scopeContextRecordSchema } from './scope-context-record';

/** The hash an approval binds to: of the content alone (not of who changed it when). */
export const scopeContentHash = (content: ScopeContext): string => contentHash(content);

export interface ScopeContentChange {
  /** The content record to keep; undefined when the content did not change. */
  content: ScopeContextRecord | undefined;
  /** The document control to keep; undefined when it did not change. */
  control: ScopeControlRecord | undefined;
}

/**
 * The owner saves the content they edited from `baseRevision` (0 when there was none yet).
 * @throws Refusal in plain words; nothing is kept then.
 */
export function changeScopeContent(
  change: ScopeChange,
  stored: ScopeContextRecord | undefined,
  input: unknown,
  baseRevision: number,
): ScopeContentChange {
  if (change.actor.accountId !== change.config.ownerAccountId) {
    throw new Refusal('Only the document owner can change the scope and context.');
  }
  const document = scopeControlRules.baseDocument(change);
  if (document.status === 'superseded') {
    throw new Refusal('This scope and context is superseded; it can no longer change.');
  }
  const revision = stored?.revision ?? 0;
  if (baseRevision !== revision) {
    throw new Refusal(
      `Someone else changed the scope and context since you opened it (it is now at revision ${revision}, you edited revision ${baseRevision}). Reload the page and make your change again.`,
    );
  }
  const parsed = scopeContextSchema.safeParse(input);
  if (!parsed.success) {
    throw new Refusal('The scope and context was not saved.', formatValidationError(parsed.error));
  }
  const hash = scopeContentHash(parsed.data);
  const contentChanged = stored === undefined || scopeContentHash(stored.content) !== hash;
  const content = contentChanged
    ? scopeContextRecordSchema.parse({
        schemaVersion: 1,
        revision: revision + 1,
        updatedAt: change.now.toISOString(),
        updatedByAccountId: change.actor.accountId,
        content: parsed.data,
      })
    : undefined;
  if (content) {
    const bytes = Buffer.byteLength(JSON.stringify(content));
    if (bytes > MAX_SCOPE_RECORD_BYTES) {
      throw new Refusal('The scope and context was not saved.', [
        `It would take ${(bytes / 1000).toFixed(1)} KB; a Confluence page keeps at most ${MAX_SCOPE_RECORD_BYTES / 1000} KB for it. Shorten some descriptions or notes.`,
      ]);
    }
  }
  const controlled = change.record ? currentEntry(change.record).document.contentHash : undefined;
  if (controlled === hash) return { content, control: undefined };
  document.contentHash = hash;
  if (document.status !== 'draft') document.status = 'draft';
  return { content, control: scopeControlRules.record(change, 'content-changed', document) };
}
