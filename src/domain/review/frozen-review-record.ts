import { z } from 'zod';
import { CONTENT_HASH_PATTERN, canonicalJson, contentHash } from '../integrity/canonical-hash';
import { formatValidationError } from '../records/format-validation-error';
import { reviewDecisionSchema } from '../records/management-review';
import type { ReviewDecision } from '../records/management-review';
import type { ManagementReviewInputs } from './build-management-review-inputs';
import { InvalidReviewInputError } from './build-management-review-inputs';
import type { ReviewContextChanges } from './review-context-changes';

export const FROZEN_REVIEW_FORMAT = 'aims.management-review.frozen.v1';

/** What "Record as held" keeps: the inputs as they were, who attended, the decisions (9.3.3). */
export interface ReviewRecordContent {
  readonly title: string;
  readonly heldAt: string;
  readonly recordedByAccountId: string;
  readonly attendeeAccountIds: readonly string[];
  readonly inputs: ManagementReviewInputs;
  readonly decisions: readonly ReviewDecision[];
  /** The Confluence page version the record was made on, when known. */
  readonly pageVersion?: number;
  /** Inputs b) and c) as the scope and context record gave them (reviews held since it exists). */
  readonly contextChanges?: ReviewContextChanges;
  /**
   * Keys of the issues the record's counts include that carry an issue security level, as the
   * person holding the review could see them (reviews held since this is kept); sealed with the rest.
   */
  readonly restrictedCountedKeys?: readonly string[];
}

export interface FrozenReviewRecord {
  readonly format: typeof FROZEN_REVIEW_FORMAT;
  readonly content: ReviewRecordContent;
  readonly contentHash: string;
}

const contentSchema = z.object(
  {
    title: z.string({ error: 'The review needs a title' }).trim().min(1, {
      error: 'The review needs a title',
    }),
    heldAt: z.iso.datetime({
      offset: true,
      error: 'The time the review was held must be a date and time like 2026-10-05T09:00:00Z',
    }),
    recordedByAccountId: z.string({ error: 'Say who recorded the review' }).min(1, {
      error: 'Say who recorded the review',
    }),
    attendeeAccountIds: z
      .array(z.string().min(1), { error: 'The attendees must be a list of people' })
      .min(1, { error: 'A held review needs at least one attendee' }),
    inputs: z.record(z.string(), z.unknown(), { error: 'The review inputs are missing' }),
    decisions: z.array(reviewDecisionSchema, { error: 'The decisions must be a list' }),
    pageVersion: z.number().int().positive().optional(),
    restrictedCountedKeys: z
      .array(z.string().min(1), { error: 'The restricted counted issues must be a list of keys' })
      .optional(),
  },
  { error: 'The review record must be an object' },
);

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * Freezes a held management review: a plain-data copy (later changes to Jira data or to the
 * objects passed in do not reach it), deeply frozen, with its content hash.
 * @throws InvalidReviewInputError when the content is incomplete.
 */
export function freezeReviewRecord(content: ReviewRecordContent): FrozenReviewRecord {
  const parsed = contentSchema.safeParse(content);
  if (!parsed.success) throw new InvalidReviewInputError(formatValidationError(parsed.error));
  const copy = JSON.parse(canonicalJson(content)) as ReviewRecordContent;
  return deepFreeze({
    format: FROZEN_REVIEW_FORMAT,
    content: copy,
    contentHash: contentHash(copy),
  });
}

export type FrozenRecordVerification =
  | { readonly valid: true; readonly contentHash: string }
  | { readonly valid: false; readonly problems: readonly string[] };

const envelopeSchema = z.object(
  {
    format: z.literal(FROZEN_REVIEW_FORMAT, { error: 'This is not a frozen management review' }),
    content: z.record(z.string(), z.unknown(), { error: 'The frozen review has no content' }),
    contentHash: z
      .string({ error: 'The frozen review has no content hash' })
      .regex(CONTENT_HASH_PATTERN, { error: 'The frozen review’s content hash is malformed' }),
  },
  { error: 'This is not a frozen management review' },
);

/** Checks a stored frozen review (e.g. read back from storage): intact, or how it was altered. */
export function verifyFrozenRecord(record: unknown): FrozenRecordVerification {
  const envelope = envelopeSchema.safeParse(record);
  if (!envelope.success) return { valid: false, problems: formatValidationError(envelope.error) };
  let actual: string;
  try {
    actual = contentHash(envelope.data.content);
  } catch (error) {
    return {
      valid: false,
      problems: [
        `The frozen review holds data that cannot be checked: ${(error as Error).message}`,
      ],
    };
  }
  if (actual !== envelope.data.contentHash) {
    return {
      valid: false,
      problems: [
        'The frozen review was changed after it was recorded (its content hash does not match)',
      ],
    };
  }
  const content = contentSchema.safeParse(envelope.data.content);
  if (!content.success) return { valid: false, problems: formatValidationError(content.error) };
  return { valid: true, contentHash: actual };
}
