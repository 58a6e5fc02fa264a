/**
 * What the macro keeps on its page while a review is being prepared (the draft) and, once held,
 * the frozen record. Stored as one Confluence content property of the page (read and written as
 * the viewer), validated with zod on read and write.
 */
import { z } from 'zod';
import { pageRecordStore } from '../../confluence/page-record-store';
import type { StoredPageRecord } from '../../confluence/page-record-store';
import { REVIEW_DECISION_KINDS } from '../../domain/records/management-review';

export const REVIEW_PROPERTY_KEY = 'aims-management-review';
export const REVIEW_DRAFT_FORMAT = 'aims.management-review.page.v1';

const ACCOUNT_ID = /^[A-Za-z0-9:_-]{1,128}$/;

export const decisionIdSchema = z
  .string({ error: 'A decision needs its id' })
  .regex(/^[A-Za-z0-9-]{8,64}$/, { error: 'A decision id is 8–64 letters, digits or dashes' });

export const storedDecisionSchema = z.object({
  id: decisionIdSchema,
  kind: z.enum(REVIEW_DECISION_KINDS),
  description: z.string().trim().min(1).max(2000),
  ownerAccountId: z.string().regex(ACCOUNT_ID).optional(),
  dueDate: z.iso.date().optional(),
  actionKey: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]*-\d+$/)
    .optional(),
  decidedAt: z.iso.datetime({ offset: true }),
  decidedByAccountId: z.string().regex(ACCOUNT_ID),
});
export type StoredDecision = z.infer<typeof storedDecisionSchema>;

export const reviewPageRecordSchema = z.object({
  format: z.literal(REVIEW_DRAFT_FORMAT),
  externalInternalIssues: z.string().max(20_000).default(''),
  interestedParties: z.string().max(20_000).default(''),
  attendeeAccountIds: z.array(z.string().regex(ACCOUNT_ID)).max(100).default([]),
  decisions: z.array(storedDecisionSchema).max(200).default([]),
  /** The frozen record once held; checked with verifyFrozenRecord (hash + schema) on every read. */
  frozen: z.unknown().optional(),
});
export type ReviewPageRecord = z.infer<typeof reviewPageRecordSchema>;

export const emptyReviewPageRecord = (): ReviewPageRecord => ({
  format: REVIEW_DRAFT_FORMAT,
  externalInternalIssues: '',
  interestedParties: '',
  attendeeAccountIds: [],
  decisions: [],
});

export type StoredReviewRecord = StoredPageRecord<ReviewPageRecord>;

/** The record on the review page; a concurrent change or an invalid stored record is refused. */
export const reviewRecordStore = pageRecordStore(
  REVIEW_PROPERTY_KEY,
  reviewPageRecordSchema,
  'management review',
);
