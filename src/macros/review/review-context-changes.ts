/**
 * Inputs 9.3.2 b) and c) from the AIMS scope and context: what changed in it since the previous
 * held review, read AS THE VIEWER — the project's scope page (found through the app's index), its
 * content, and the copy the previous review kept when it was held (checked against the hash that
 * review recorded). When this review is held, its own copy is kept beside its record.
 */
import { readPage } from '../../confluence/pages';
import { pageRecordStore } from '../../confluence/page-record-store';
import type { ReviewContextChanges } from '../../domain/review';
import { verifyFrozenRecord } from '../../domain/review';
import type { ScopeContext, ScopeContextSnapshot, ScopeSource } from '../../domain/scope';
import {
  checkScopeContextSnapshot,
  scopeContentHash,
  scopeContextChanges,
  scopeContextSnapshot,
  scopeContextSnapshotSchema,
} from '../../domain/scope';
import { ProductApiError } from '../../jira/product-client';
import { readScopePage } from '../../storage/scope-page-index';
import { scopeContextStore } from '../scope/scope-page-records';
import { reviewRecordStore } from './review-draft';
import type { ReviewMacroConfig } from './review-macro-config';
import type { ReviewRequest } from './review-setup';

/** The copy of the scope and context a held review keeps beside its record. */
export const REVIEW_CONTEXT_PROPERTY_KEY = 'aims-management-review-context';

export const reviewContextStore = pageRecordStore(
  REVIEW_CONTEXT_PROPERTY_KEY,
  scopeContextSnapshotSchema,
  'copy of the scope and context',
);

type Found<T> = { found: T } | { note: string };

const hidden = (err: unknown): boolean =>
  err instanceof ProductApiError && (err.status === 404 || err.status === 403);

/** The project's scope and context now, as the viewer sees it. */
async function readCurrentScope(
  request: ReviewRequest,
  projectKey: string,
): Promise<Found<{ source: ScopeSource; content: ScopeContext }>> {
  const entry = await readScopePage(projectKey);
  if (!entry) {
    return {
      note: `Project ${projectKey} has no "AIMS scope and context" page yet; enter the changes below.`,
    };
  }
  try {
    const [page, stored] = await Promise.all([
      readPage(request.confluence, entry.pageId),
      scopeContextStore.read(request.confluence, entry.pageId),
    ]);
    if (!stored) {
      return { note: `The scope and context page "${page.title}" has no entries yet.` };
    }
    const { content, revision } = stored.record;
    return {
      found: {
        source: {
          pageId: page.id,
          title: page.title,
          revision,
          contentHash: scopeContentHash(content),
        },
        content,
      },
    };
  } catch (err) {
    if (hidden(err)) return { note: 'The AIMS scope and context page is not visible to you.' };
    throw err;
  }
}

/** The copy the previous held review kept, checked against the hash it recorded. */
async function readBaseline(
  request: ReviewRequest,
  previousReviewPageId: string | undefined,
): Promise<
  Found<{ baseline: NonNullable<ReviewContextChanges['baseline']>; content: ScopeContext } | null>
> {
  if (!previousReviewPageId) return { found: null };
  try {
    const previous = await reviewRecordStore.read(request.confluence, previousReviewPageId);
    if (previous?.record.frozen === undefined) {
      return { note: 'The previous review is not held yet, so there is nothing to compare with.' };
    }
    const verified = verifyFrozenRecord(previous.record.frozen);
    if (!verified.valid) {
      return { note: 'The record of the previous review was altered; it cannot be compared with.' };
    }
    const held = (
      previous.record.frozen as {
        content: { heldAt: string; contextChanges?: ReviewContextChanges };
      }
    ).content;
    const kept = held.contextChanges?.current;
    if (!kept) return { found: null };
    const copy = await reviewContextStore.read(request.confluence, previousReviewPageId);
    const check = checkScopeContextSnapshot(copy?.record, kept.contentHash);
    if (!check.valid) {
      return {
        note: `The copy of the scope and context kept with the previous review cannot be used: ${check.problems.join('; ')}.`,
      };
    }
    return {
      found: {
        baseline: {
          ...check.snapshot.source,
          reviewPageId: previousReviewPageId,
          heldAt: held.heldAt,
        },
        content: check.snapshot.content,
      },
    };
  } catch (err) {
    if (hidden(err)) return { note: 'The previous review page is not visible to you.' };
    throw err;
  }
}

export interface ContextChangesRead {
  changes: ReviewContextChanges;
  /** The scope and context read now, to keep beside the record when the review is held. */
  snapshot: ScopeContextSnapshot | undefined;
}

/** Inputs b) and c) from the scope and context, for the review configured by `config`. */
export async function readReviewContextChanges(
  request: ReviewRequest,
  config: ReviewMacroConfig,
): Promise<ContextChangesRead> {
  const [current, previous] = await Promise.all([
    readCurrentScope(request, config.projectKey),
    readBaseline(request, config.previousReviewPageId),
  ]);
  const none = { issues: [], parties: [] };
  if ('note' in current) {
    return {
      changes: { basis: 'none', current: null, baseline: null, note: current.note, ...none },
      snapshot: undefined,
    };
  }
  const { source, content } = current.found;
  const snapshot = scopeContextSnapshot(source, content);
  if ('note' in previous) {
    return {
      changes: { basis: 'none', current: source, baseline: null, note: previous.note, ...none },
      snapshot,
    };
  }
  const baseline = previous.found;
  return {
    changes: {
      basis: baseline ? 'previous-review' : 'first',
      current: source,
      baseline: baseline?.baseline ?? null,
      note: baseline
        ? null
        : 'No earlier held review kept the scope and context, so every entry counts as new.',
      ...scopeContextChanges(baseline?.content, content),
    },
    snapshot,
  };
}

/**
 * Keeps the scope and context this review was held against beside its record (written before the
 * record, so a held review never names a copy that is not there).
 */
export async function keepContextCopy(
  request: ReviewRequest,
  snapshot: ScopeContextSnapshot | undefined,
): Promise<void> {
  if (!snapshot) return;
  const existing = await reviewContextStore.read(request.confluence, request.pageId);
  await reviewContextStore.write(request.confluence, request.pageId, existing, snapshot);
}
